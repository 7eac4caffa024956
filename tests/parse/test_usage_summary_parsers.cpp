// show license summary and show license usage: the guide's blocks (a summary with the usage output
// right after it in the same capture), IOS XE tables with truncated names and repeated names,
// tables without parentheses, nested HA info, wrapped descriptions, truncated output.
#include "ParseTestHelpers.h"

#include "parse/SummaryParser.h"
#include "parse/TranscriptSplitter.h"
#include "parse/UsageParser.h"

#include <QtTest>

using namespace slp;
using slp::test::issuesText;
using slp::test::showFixture;
using slp::test::utc;

namespace {

const QList<LicenseSummaryRow> guideRows {
    {QStringLiteral("ESS_100G_RTU_1"), QStringLiteral("ESS-SE-100G-RTU-1"), 2, QStringLiteral("AUTHORIZED"), false,
     false},
    {QStringLiteral("ESS_ED_100G_SIA_3"), QStringLiteral("ESS-ED-100G-SIA3"), 2, QStringLiteral("AUTHORIZED"), false,
     false},
    {QStringLiteral("A9K_400GE_TRK"), QStringLiteral("A9K-400GE-LAN-TRK"), 1, QStringLiteral("AUTHORIZED"), false,
     false},
    {QStringLiteral("A9K_MOD400_TRK"), QStringLiteral("A9K-MOD400-TRK"), 1, QStringLiteral("AUTHORIZED"), false, false},
};

// The part of a guide capture that follows `Router# show license usage`.
QString usagePart(const QString &fixture)
{
    const QList<TranscriptPart> parts = TranscriptSplitter::split(showFixture(fixture));
    for (const TranscriptPart &part : parts) {
        if (part.command == QLatin1String("show license usage"))
            return part.text;
    }
    return {};
}

} // namespace

class TestUsageSummaryParsers : public QObject
{
    Q_OBJECT
private slots:
    void guideSummaryFollowedByUsage()
    {
        const ParseResult<LicenseSummary> result
            = SummaryParser::parse(showFixture(QStringLiteral("guide_summary_then_usage_ssm_onprem.txt")));
        QVERIFY(result.recognised);
        QCOMPARE(result.command, ShowCommand::Summary);
        QCOMPARE(result.data.account.smartAccount, QStringLiteral("BU A9000"));
        QCOMPARE(result.data.account.asOf, utc(2024, 3, 19, 9, 53, 21));
        QCOMPARE(result.data.account.virtualAccount, QStringLiteral("A9000"));
        QCOMPARE(result.data.rows, guideRows);
        // The usage output after the second prompt is set aside, said once, and kept.
        QCOMPARE(result.issues.size(), 1);
        QCOMPARE(result.issues[0].line, 17);
        QVERIFY(result.issues[0].message.contains(QLatin1String("`show license usage` follows (15 lines)")));
        QCOMPARE(result.unparsed.size(), 15);
        QCOMPARE(result.unparsed.first(),
                 (UnparsedLine {18, QStringLiteral("ESS_100G_CA_RTU_2 (ESS-CA-100G-RTU-2):")}));
    }
    void guideSummaryWithoutTimestampOrAsOf()
    {
        const ParseResult<LicenseSummary> result
            = SummaryParser::parse(showFixture(QStringLiteral("guide_summary_then_usage_direct.txt")));
        QVERIFY(result.recognised);
        QCOMPARE(result.data.account.smartAccount, QStringLiteral("BU A9000 UTC"));
        QVERIFY(!result.data.account.asOf);
        QCOMPARE(result.data.rows, guideRows);
        QCOMPARE(result.issues.size(), 1);
        QCOMPARE(result.issues[0].line, 15);
    }
    void guideUsageWithWrappedDescription()
    {
        const QString text = usagePart(QStringLiteral("guide_summary_then_usage_ssm_onprem.txt"));
        const ParseResult<LicenseUsageList> result = UsageParser::parse(text);
        QVERIFY(result.recognised);
        QVERIFY2(result.issues.isEmpty(), issuesText(result).constData());
        QVERIFY(result.unparsed.isEmpty());
        QCOMPARE(result.data.authorizationStatus, QString());
        QCOMPARE(result.data.licenses.size(), 1);
        const LicenseUsage &license = result.data.licenses[0];
        QCOMPARE(license.name, QStringLiteral("ESS_100G_CA_RTU_2"));
        QCOMPARE(license.entitlementTag, QStringLiteral("ESS-CA-100G-RTU-2"));
        QCOMPARE(license.description,
                 QStringLiteral("Core and Aggr Essentials SW Right-to-Use per 100G for Cisco 8000 series"));
        QCOMPARE(license.count, 14);
        QCOMPARE(license.version, QStringLiteral("1.0"));
        QCOMPARE(license.status, QStringLiteral("PENDING"));
        QCOMPARE(license.exportStatus, QStringLiteral("NOT RESTRICTED"));
        QCOMPARE(license.featureName, QStringLiteral("ESS_100G_CA_RTU_2"));
        QCOMPARE(license.featureDescription,
                 QStringLiteral("Core and Aggr Essentials SW Right-to-Use per 100G for Cisco 8000 series"));
        QCOMPARE(license.enforcementType, QStringLiteral("NOT ENFORCED"));
        QCOMPARE(license.licenseType, QStringLiteral("Perpetual"));
    }
    void guideUsageUnindented()
    {
        const ParseResult<LicenseUsageList> result
            = UsageParser::parse(usagePart(QStringLiteral("guide_summary_then_usage_direct.txt")));
        QVERIFY(result.recognised);
        QVERIFY2(result.issues.isEmpty(), issuesText(result).constData());
        QCOMPARE(result.data.licenses.size(), 2);
        QCOMPARE(result.data.licenses[0].name, QStringLiteral("A9K_400GE_TRK"));
        QCOMPARE(result.data.licenses[0].count, 1);
        QCOMPARE(result.data.licenses[1].entitlementTag, QStringLiteral("A9K-MOD400-TRK"));
        QCOMPARE(result.data.licenses[1].description, QStringLiteral("Total A9K-MOD400 in the system"));
        QCOMPARE(result.data.licenses[1].licenseType, QStringLiteral("Perpetual"));
    }
    void transcriptKeepsLineNumbers()
    {
        const QList<TranscriptPart> parts
            = TranscriptSplitter::split(showFixture(QStringLiteral("guide_summary_then_usage_ssm_onprem.txt")));
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts[0].command, QStringLiteral("show license summary"));
        QCOMPARE(parts[0].promptLine, 1);
        QCOMPARE(parts[1].command, QStringLiteral("show license usage"));
        QCOMPARE(parts[1].promptLine, 17);
        QCOMPARE(parts[1].text.section(u'\n', 16, 16), QStringLiteral("Router# show license usage"));
        QCOMPARE(TranscriptSplitter::split(u"  \n").size(), 0);
        QCOMPARE(TranscriptSplitter::split(u"A: 1\nR1#show license udi\nUDI: PID:A,SN:B\nR1#\n").size(), 2);
    }
    void iosXeTruncatedAndRepeatedNames()
    {
        const ParseResult<LicenseSummary> result
            = SummaryParser::parse(showFixture(QStringLiteral("summary_iosxe_truncated_names.txt")));
        QVERIFY(result.recognised);
        QVERIFY2(result.issues.isEmpty(), issuesText(result).constData());
        const QList<LicenseSummaryRow> expected {
            {QStringLiteral("network-advantage"), QStringLiteral("C9300-24 Network Advan"), 1, QStringLiteral("IN USE"),
             false, true},
            {QStringLiteral("network-advantage"), QStringLiteral("C9300-48 Network Advan"), 2, QStringLiteral("IN USE"),
             false, true},
            {QStringLiteral("dna-advantage"), QStringLiteral("C9300-24 DNA Advantage"), 1, QStringLiteral("IN USE"),
             false, false},
            {QStringLiteral("dna-advantage"), QStringLiteral("C9300-48 DNA Advantage"), 2, QStringLiteral("IN USE"),
             false, false},
            {QStringLiteral("C9K HSEC"), QStringLiteral("Cat9K HSEC"), 0, QStringLiteral("NOT IN USE"), false, false},
            {QStringLiteral("air-network-essenti"), QStringLiteral("DNA_NWStack_E"), 4, QStringLiteral("IN USE"), true,
             false},
        };
        QCOMPARE(result.data.rows, expected);
        // Rows are told apart by tag, not by the repeated name.
        QCOMPARE(result.data.findByTag(u"C9300-48 Network Advantage")->count, 2);
        QCOMPARE(result.data.findByTag(u"C9300-24 Network Advantage")->count, 1);
    }
    void tableWithoutParentheses()
    {
        const ParseResult<LicenseSummary> result
            = SummaryParser::parse(showFixture(QStringLiteral("summary_wide_columns_no_parentheses.txt")));
        QVERIFY(result.recognised);
        QVERIFY2(result.issues.isEmpty(), issuesText(result).constData());
        QCOMPARE(result.data.account, AccountInfo {});
        QCOMPARE(result.data.rows.size(), 3);
        QCOMPARE(result.data.rows[1],
                 (LicenseSummaryRow {QStringLiteral("ADV_100G_SIA_3"), QStringLiteral("ADV-ED-100G-SIA3"), 12,
                                     QStringLiteral("OUT-OF-COMPLIANCE"), false, false}));
        QCOMPARE(result.data.rows[2].status, QStringLiteral("PENDING"));
    }
    void summaryRefusesOtherOutput()
    {
        const ParseResult<LicenseSummary> result = SummaryParser::parse(showFixture(QStringLiteral("udi_single.txt")));
        QVERIFY(!result.recognised);
        QVERIFY(result.issues.last().message.contains(QLatin1String("show license summary")));
    }
    void iosXeUsageWithHaInfo()
    {
        const ParseResult<LicenseUsageList> result
            = UsageParser::parse(showFixture(QStringLiteral("usage_iosxe_ha_info.txt")));
        QVERIFY(result.recognised);
        QVERIFY2(result.issues.isEmpty(), issuesText(result).constData());
        QVERIFY(result.unparsed.isEmpty());
        QCOMPARE(result.data.authorizationStatus, QStringLiteral("Not Applicable"));
        QCOMPARE(result.data.licenses.size(), 2);
        const LicenseUsage &wireless = result.data.licenses[0];
        QCOMPARE(wireless.name, QStringLiteral("air-network-advantage"));
        QCOMPARE(wireless.entitlementTag, QStringLiteral("DNA_NWStack"));
        QCOMPARE(wireless.status, QStringLiteral("IN USE"));
        QVERIFY(wireless.haInfo);
        QCOMPARE(wireless.haInfo->role, QStringLiteral("Active"));
        QCOMPARE(wireless.haInfo->count, 1);
        QCOMPARE(wireless.haInfo->peers.size(), 1);
        QCOMPARE(wireless.haInfo->peers[0].udi->canonicalText(), QStringLiteral("PID:C9800-40-K9,SN:TTM24130XYZ"));
        QCOMPARE(wireless.haInfo->peers[0].role, QStringLiteral("Standby"));
        QCOMPARE(wireless.haInfo->peers[0].count, 1);
        // Back at the license's indentation after the HA block: fields belong to the license again.
        const QList<KeyValue> other {{QStringLiteral("Measurement Type"), QStringLiteral("COUNT")},
                                     {QStringLiteral("Soft Enforced"), QStringLiteral("True")},
                                     {QStringLiteral("Version date"), QStringLiteral("Oct 2020")}};
        QCOMPARE(wireless.otherFields, other);
        QCOMPARE(result.data.licenses[1].status, QStringLiteral("NOT IN USE"));
        QCOMPARE(result.data.licenses[1].count, 0);
        QVERIFY(!result.data.licenses[1].haInfo);
    }
    void truncatedUsageSaysSo()
    {
        const ParseResult<LicenseUsageList> result
            = UsageParser::parse(showFixture(QStringLiteral("usage_truncated.txt")));
        QVERIFY(result.recognised);
        QCOMPARE(result.data.licenses.size(), 2);
        QCOMPARE(result.data.licenses[1].description, QStringLiteral("Advantage Edge Subscription SIA"));
        QCOMPARE(result.unparsed, (QList<UnparsedLine> {{15, QStringLiteral("Cou")}}));
        QCOMPARE(result.issues.size(), 2);
        QCOMPARE(result.issues[1].line, 13);
        QVERIFY(result.issues[1].message.contains(QLatin1String("'ADV_100G_SIA_3' has no Count or Status")));
    }
    void routerWithoutLicensesIsAnEmptyList()
    {
        // xrsim (and a router with nothing configured) answers `show license usage` in one line.
        const ParseResult<LicenseUsageList> result
            = UsageParser::parse(showFixture(QStringLiteral("usage_no_licenses.txt")));
        QVERIFY2(result.recognised, issuesText(result).constData());
        QVERIFY(result.data.licenses.isEmpty());
        QVERIFY(result.issues.isEmpty());
        // Anything else in the output is still not a usage list.
        QVERIFY(!UsageParser::parse(QStringLiteral("No licenses in use\nsomething else\n")).recognised);
    }
};

QTEST_GUILESS_MAIN(TestUsageSummaryParsers)
#include "test_usage_summary_parsers.moc"
