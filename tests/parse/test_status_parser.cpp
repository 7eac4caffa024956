// show license status: every block of the reference guide, field by field, and one variant per
// tolerance (IOS XE, pre-24.1 Smart Licensing, classic IOS, CRLF/pager/prompt, time zones,
// unknown sections, truncated output).
#include "ParseTestHelpers.h"

#include "parse/StatusParser.h"

#include <QtTest>

using namespace slp;
using slp::test::issuesText;
using slp::test::showFixture;
using slp::test::utc;

namespace {

void verifyCiscoDefaultPolicy(const Policy &policy)
{
    QCOMPARE(policy.policyInUse, QStringLiteral("Merged from multiple sources."));
    QCOMPARE(policy.ackRequired, true);
    QCOMPARE(policy.ackRequiredSource, QStringLiteral("CISCO default"));
    const PolicyCategory perpetual {365, 0, 90, QStringLiteral("CISCO default")};
    const PolicyCategory subscription {90, 90, 90, QStringLiteral("CISCO default")};
    const PolicyCategory none {0, 0, 0, QStringLiteral("CISCO default")};
    QCOMPARE(policy.unenforcedPerpetual, perpetual);
    QCOMPARE(policy.unenforcedSubscription, subscription);
    QCOMPARE(policy.enforced, none);
    QCOMPARE(policy.exportRestricted, none);
    QVERIFY(!policy.installedOn);
    QCOMPARE(policy.policyName, QString());
}

void verifyDefaultDataPrivacy(const DataPrivacy &privacy)
{
    QCOMPARE(privacy.sendingHostname, true);
    QCOMPARE(privacy.callhomeHostnamePrivacy, false);
    QCOMPARE(privacy.smartLicensingHostnamePrivacy, false);
    QCOMPARE(privacy.versionPrivacy, false);
}

// The Usage Reporting block the guide prints for the CSLU examples.
void verifyGuideUsageReporting(const UsageReporting &reporting)
{
    QCOMPARE(reporting.lastAckReceived, utc(2024, 2, 28, 19, 8, 58));
    QCOMPARE(reporting.nextAckDeadline, utc(2024, 5, 28, 19, 8, 58));
    QCOMPARE(reporting.pushIntervalDays, 30);
    QCOMPARE(reporting.noReporting, false);
    QCOMPARE(reporting.pushIntervalDetail, QString());
    QCOMPARE(reporting.nextAckPushCheck, utc(2024, 2, 28, 19, 20, 44));
    QCOMPARE(reporting.nextReportPush, utc(2024, 3, 29, 19, 3, 32));
    QCOMPARE(reporting.lastReportPush, utc(2024, 2, 28, 19, 3, 32));
    QVERIFY(!reporting.lastReportFileWrite);
    QCOMPARE(reporting.reportingMode, QString());
}

} // namespace

class TestStatusParser : public QObject
{
    Q_OBJECT
private slots:
    void guideCslu()
    {
        const ParseResult<LicenseStatus> result
            = StatusParser::parse(showFixture(QStringLiteral("guide_status_cslu.txt")));
        QVERIFY2(result.recognised, issuesText(result).constData());
        QCOMPARE(result.command, ShowCommand::Status);
        QVERIFY2(result.issues.isEmpty(), issuesText(result).constData());
        QVERIFY(result.unparsed.isEmpty());
        const LicenseStatus &status = result.data;
        QCOMPARE(status.utilityEnabled, false);
        QCOMPARE(status.policyEnabled, true);
        QVERIFY(!status.smartLicensingEnabled);
        QVERIFY(!status.legacy);
        QCOMPARE(status.account.smartAccount, QStringLiteral("A9000 UTC"));
        QCOMPARE(status.account.virtualAccount, QStringLiteral("A9000"));
        QVERIFY(!status.account.asOf);
        verifyDefaultDataPrivacy(status.dataPrivacy);
        QCOMPARE(status.transport.type, TransportType::Cslu);
        QCOMPARE(status.transport.typeText, QStringLiteral("cslu"));
        QCOMPARE(status.transport.csluAddress, QStringLiteral("http://192.0.2.1:8182/cslu/v1/pi"));
        QCOMPARE(status.transport.url, QString());
        QVERIFY(!status.transport.proxyConfigured());
        QVERIFY(!status.transport.proxyPort);
        QVERIFY(!status.transport.vrf);
        QCOMPARE(status.transport.vrfSupported, false);
        QCOMPARE(status.customId, QString());
        verifyCiscoDefaultPolicy(status.policy);
        verifyGuideUsageReporting(status.usageReporting);
        QCOMPARE(status.trust.installedOn, utc(2021, 1, 10, 20, 56, 2));
        QVERIFY(status.trust.perUdi.isEmpty());
        QCOMPARE(status.secondarySigningCert, 0);
        QVERIFY(status.telemetry.isEmpty());
        QVERIFY(status.otherFields.isEmpty());
    }
    void guideCsluAfterUpgradeDiffersOnlyInTrustDate()
    {
        const ParseResult<LicenseStatus> before
            = StatusParser::parse(showFixture(QStringLiteral("guide_status_cslu.txt")));
        const ParseResult<LicenseStatus> after
            = StatusParser::parse(showFixture(QStringLiteral("guide_status_cslu_upgrade.txt")));
        QVERIFY(after.recognised);
        QVERIFY2(after.issues.isEmpty(), issuesText(after).constData());
        QCOMPARE(after.data.trust.installedOn, utc(2024, 1, 10, 20, 56, 2));
        LicenseStatus expected = before.data;
        expected.trust.installedOn = utc(2024, 1, 10, 20, 56, 2);
        QCOMPARE(after.data, expected);
    }
    void guideTransportOffIndentedAsAWhole()
    {
        const ParseResult<LicenseStatus> result
            = StatusParser::parse(showFixture(QStringLiteral("guide_status_transport_off_indented.txt")));
        QVERIFY(result.recognised);
        QVERIFY2(result.issues.isEmpty(), issuesText(result).constData());
        QCOMPARE(result.data.transport.type, TransportType::Off);
        QCOMPARE(result.data.transport.csluAddress, QStringLiteral("http://192.0.2.1:8182/cslu/v1/pi"));
        QCOMPARE(result.data.trust.installedOn, utc(2024, 1, 10, 20, 56, 2));
        verifyCiscoDefaultPolicy(result.data.policy);
        verifyGuideUsageReporting(result.data.usageReporting);
    }
    void guideSmartTransportWithHaTrust()
    {
        const ParseResult<LicenseStatus> result
            = StatusParser::parse(showFixture(QStringLiteral("guide_status_smart_ha.txt")));
        QVERIFY(result.recognised);
        QVERIFY2(result.issues.isEmpty(), issuesText(result).constData());
        QVERIFY(result.unparsed.isEmpty());
        const LicenseStatus &status = result.data;
        QCOMPARE(status.utilityEnabled, false);
        QCOMPARE(status.policyEnabled, true);
        QCOMPARE(status.account.smartAccount, QStringLiteral("BU A9000 UTC"));
        QCOMPARE(status.transport.type, TransportType::Smart);
        QCOMPARE(status.transport.typeText, QStringLiteral("Smart"));
        QCOMPARE(status.transport.url, QStringLiteral("https://smartreceiver.cisco.com/licservice/license"));
        QVERIFY(!status.transport.proxyConfigured()); // printed cut short as "Not Configure"
        QCOMPARE(status.transport.vrfSupported, true);
        verifyCiscoDefaultPolicy(status.policy);
        QCOMPARE(status.usageReporting, UsageReporting {});
        QVERIFY(!status.trust.installedOn);
        QCOMPARE(status.trust.perUdi.size(), 2);
        const TrustCode &active = status.trust.perUdi[0];
        QCOMPARE(active.role, DeviceRole::Active);
        QCOMPARE(active.udi.pid, QStringLiteral("ASR-9006-AC"));
        QCOMPARE(active.udi.serial, QStringLiteral("FOX1605GNAH"));
        QCOMPARE(active.installed, true);
        QCOMPARE(active.installedOn, utc(2024, 3, 19, 14, 20, 59));
        QCOMPARE(status.trust.perUdi[1].role, DeviceRole::Standby);
        QCOMPARE(status.trust.perUdi[1].installedOn, utc(2024, 3, 19, 14, 20, 59));
        QVERIFY(status.trust.isInstalled());
        QCOMPARE(status.secondarySigningCert, 0);
        QCOMPARE(status.telemetry.dataChannel, QStringLiteral("NOT AVAILABLE"));
        QCOMPARE(status.telemetry.reportsOnDisk, 0);
    }
    void guideStatusWithUsageSectionKeepsItAside()
    {
        // The guide echoes `show license status` over text that also holds a License Usage section;
        // read strictly as status, that section is kept unparsed and named.
        const ParseResult<LicenseStatus> result
            = StatusParser::parse(showFixture(QStringLiteral("guide_status_ssm_onprem_with_usage.txt")));
        QVERIFY(result.recognised);
        QCOMPARE(result.data.account.smartAccount, QStringLiteral("A9000"));
        QCOMPARE(result.data.account.virtualAccount, QStringLiteral("ASR9000"));
        QCOMPARE(result.data.transport.csluAddress, QStringLiteral("https://192.0.2.1/cslu/v1/pi/SATELLITE9-1"));
        QCOMPARE(result.data.trust.installedOn, utc(2021, 3, 10, 20, 56, 2));
        verifyCiscoDefaultPolicy(result.data.policy);
        QCOMPARE(result.issues.size(), 1);
        QCOMPARE(result.issues[0].line, 55);
        QVERIFY2(
            result.issues[0].message.contains(QLatin1String("'License Usage' is not part of `show license status`")),
            qPrintable(result.issues[0].message));
        QCOMPARE(result.unparsed.size(), 21); // lines 55-79 less the underline and blank lines
        QCOMPARE(result.unparsed.first().line, 55);
        QCOMPARE(result.unparsed.first().text, QStringLiteral("License Usage"));
        QCOMPARE(result.unparsed.last().text, QStringLiteral("License type: Subscription"));
    }
    void iosXe()
    {
        const ParseResult<LicenseStatus> result = StatusParser::parse(showFixture(QStringLiteral("status_iosxe.txt")));
        QVERIFY(result.recognised);
        QVERIFY2(result.issues.isEmpty(), issuesText(result).constData());
        QVERIFY(result.unparsed.isEmpty());
        const LicenseStatus &status = result.data;
        QCOMPARE(status.account.smartAccount, QStringLiteral("Example Corp"));
        QCOMPARE(status.account.asOf, utc(2023, 11, 6, 21, 55, 31));
        QCOMPARE(status.account.virtualAccount, QStringLiteral("Campus"));
        const Transport &transport = status.transport;
        QCOMPARE(transport.type, TransportType::Smart);
        QCOMPARE(transport.url, QStringLiteral("https://smartreceiver.cisco.com/licservice/license"));
        QCOMPARE(transport.proxyHost, QStringLiteral("proxy.example.net"));
        QCOMPARE(transport.proxyPort, 3128);
        QCOMPARE(transport.serverIdentityCheck, true);
        QCOMPARE(transport.vrf, QStringLiteral("Mgmt-vrf"));
        QCOMPARE(status.customId, QStringLiteral("campus-stack-7"));
        const Policy &policy = status.policy;
        QCOMPARE(policy.policyInUse, QStringLiteral("Installed On Nov 06 21:55:31 2023 UTC"));
        QCOMPARE(policy.installedOn, utc(2023, 11, 6, 21, 55, 31));
        QCOMPARE(policy.policyName, QStringLiteral("SLE Policy"));
        QCOMPARE(policy.ackRequired, true);
        QCOMPARE(policy.ackRequiredSource, QStringLiteral("Customer Policy"));
        QCOMPARE(policy.unenforcedPerpetual, (PolicyCategory {30, 60, 60, QStringLiteral("Customer Policy")}));
        QCOMPARE(policy.unenforcedSubscription, (PolicyCategory {120, 111, 111, QStringLiteral("Customer Policy")}));
        // The first attribute names the source of a category.
        QCOMPARE(policy.enforced, (PolicyCategory {0, 90, 60, QStringLiteral("CISCO default")}));
        QCOMPARE(policy.exportRestricted, (PolicyCategory {0, 30, 30, QStringLiteral("CISCO default")}));
        const UsageReporting &reporting = status.usageReporting;
        QCOMPARE(reporting.lastAckReceived, utc(2023, 11, 6, 21, 55, 31));
        QCOMPARE(reporting.nextAckDeadline, utc(2024, 1, 5, 21, 55, 31));
        QCOMPARE(reporting.reportingMode, QStringLiteral("Automatic"));
        QCOMPARE(reporting.pushIntervalDays, 30);
        QCOMPARE(reporting.pushIntervalDetail, QStringLiteral("State(4) InPolicy(60)"));
        QVERIFY(!reporting.nextAckPushCheck);
        QCOMPARE(reporting.nextReportPush, utc(2023, 12, 6, 21, 50, 31));
        QCOMPARE(reporting.lastReportPush, utc(2023, 11, 6, 21, 50, 31));
        const QList<TrustCode> &codes = status.trust.perUdi;
        QCOMPARE(codes.size(), 4);
        QCOMPARE(codes[0].role, DeviceRole::Active);
        QCOMPARE(codes[0].udi.serial, QStringLiteral("FOC2303Y0TN"));
        QCOMPARE(codes[1].role, DeviceRole::Standby);
        QCOMPARE(codes[2].role, DeviceRole::Member);
        QCOMPARE(codes[2].udi.serial, QStringLiteral("FOC2303Y0TQ"));
        QCOMPARE(codes[2].installedOn, utc(2023, 11, 6, 21, 44, 36));
        QCOMPARE(codes[3].role, DeviceRole::Member);
        QCOMPARE(codes[3].udi.serial, QStringLiteral("FOC2303Y0TR"));
        QCOMPARE(codes[3].installed, false);
        QVERIFY(!codes[3].installedOn);
        QCOMPARE(status.trust.codeType, QStringLiteral("Factory"));
    }
    void iosXeProxyPasswordIsNeverKept()
    {
        const QString text = showFixture(QStringLiteral("status_iosxe.txt"));
        const ParseResult<LicenseStatus> result = StatusParser::parse(text);
        for (const KeyValue &field : result.data.otherFields)
            QVERIFY(!field.key.contains(QLatin1String("Password"), Qt::CaseInsensitive));
        for (const UnparsedLine &line : result.unparsed)
            QVERIFY(!line.text.contains(QLatin1String("Password")));
    }
    void smartLicensingBefore24_1()
    {
        const ParseResult<LicenseStatus> result
            = StatusParser::parse(showFixture(QStringLiteral("status_smart_licensing_7_11.txt")));
        QVERIFY(result.recognised);
        QVERIFY2(result.issues.isEmpty(), issuesText(result).constData());
        QVERIFY(result.unparsed.isEmpty());
        const LicenseStatus &status = result.data;
        QCOMPARE(status.smartLicensingEnabled, true);
        QVERIFY(!status.policyEnabled);
        QCOMPARE(status.transport.type, TransportType::Callhome);
        QCOMPARE(status.account.smartAccount, QStringLiteral("BU A9000"));
        QCOMPARE(status.account.virtualAccount, QStringLiteral("A9000"));
        QVERIFY(status.exportAuthorizedFeatures.isEmpty());
        QVERIFY(status.legacy);
        const LegacyRegistration &legacy = *status.legacy;
        QCOMPARE(legacy.status, QStringLiteral("REGISTERED"));
        QCOMPARE(legacy.exportControlled, QStringLiteral("ALLOWED"));
        QCOMPARE(legacy.initialRegistration, (StampedState {QStringLiteral("SUCCEEDED"), utc(2023, 1, 10, 20, 56, 2)}));
        QCOMPARE(legacy.lastRenewalAttempt, StampedState {});
        QCOMPARE(legacy.nextRenewalAttempt, utc(2023, 7, 9, 20, 56, 1));
        QCOMPARE(legacy.registrationExpires, utc(2024, 1, 10, 20, 51, 3));
        QCOMPARE(legacy.authorization, (StampedState {QStringLiteral("AUTHORIZED"), utc(2023, 2, 8, 19, 8, 58)}));
        QCOMPARE(legacy.lastCommunicationAttempt,
                 (StampedState {QStringLiteral("SUCCEEDED"), utc(2023, 2, 8, 19, 8, 58)}));
        QCOMPARE(legacy.nextCommunicationAttempt, utc(2023, 3, 10, 19, 8, 57));
        QCOMPARE(legacy.communicationDeadline, utc(2023, 5, 9, 19, 3, 56));
    }
    void classicIosIsRecognisedAndRefused()
    {
        const ParseResult<LicenseStatus> result
            = StatusParser::parse(showFixture(QStringLiteral("status_classic_ios.txt")));
        QVERIFY(!result.recognised);
        QCOMPARE(result.data, LicenseStatus {});
        QCOMPARE(result.issues.size(), 1);
        QCOMPARE(result.issues[0].line, 2);
        QVERIFY(result.issues[0].message.contains(QLatin1String("classic IOS")));
    }
    void crlfPagerBannersAndPrompts()
    {
        const ParseResult<LicenseStatus> result
            = StatusParser::parse(showFixture(QStringLiteral("status_crlf_pager_prompt.txt")));
        QVERIFY(result.recognised);
        QVERIFY2(result.issues.isEmpty(), issuesText(result).constData());
        QVERIFY(result.unparsed.isEmpty());
        const LicenseStatus &status = result.data;
        QCOMPARE(status.account.smartAccount, QStringLiteral("BU A9000"));
        QCOMPARE(status.account.asOf, utc(2024, 3, 19, 9, 53, 21));
        QCOMPARE(status.transport.type, TransportType::Cslu);
        QCOMPARE(status.transport.csluAddress, QString());
        QCOMPARE(status.transport.vrfSupported, false);
        QCOMPARE(status.policy.policyInUse, QStringLiteral("Merged from multiple sources."));
        QCOMPARE(status.policy.unenforcedPerpetual, (PolicyCategory {365, 0, 90, QStringLiteral("CISCO default")}));
        QCOMPARE(status.usageReporting.pushIntervalDays, 0);
        QCOMPARE(status.usageReporting.noReporting, true);
        QVERIFY(!status.usageReporting.lastAckReceived);
        QVERIFY(!status.trust.isInstalled());
    }
    void timeZonesAsWordsAndUnknownZones()
    {
        const ParseResult<LicenseStatus> result
            = StatusParser::parse(showFixture(QStringLiteral("status_timezones_and_offline.txt")));
        QVERIFY(result.recognised);
        const UsageReporting &reporting = result.data.usageReporting;
        QCOMPARE(result.data.transport.type, TransportType::Off);
        QCOMPARE(result.data.transport.typeText, QStringLiteral("Transport Off"));
        QCOMPARE(reporting.lastAckReceived, utc(2024, 2, 28, 19, 8, 58));
        QCOMPARE(reporting.nextAckDeadline, utc(2024, 5, 28, 19, 8, 58));
        QCOMPARE(reporting.nextAckPushCheck, utc(2024, 2, 28, 19, 20, 44));
        QVERIFY(!reporting.nextReportPush);
        QVERIFY(!reporting.lastReportPush);
        QCOMPARE(reporting.lastReportFileWrite, utc(2024, 3, 1, 19, 3, 32, 120));
        QCOMPARE(reporting.pushIntervalDays, 30);
        QCOMPARE(result.issues.size(), 2);
        QCOMPARE(result.issues[0].line, 17);
        QVERIFY(result.issues[0].message.contains(QLatin1String("unknown time zone 'XYZT'")));
        QVERIFY(result.issues[0].message.contains(QLatin1String("Next report push")));
        QCOMPARE(result.issues[1].line, 18);
        QVERIFY(result.issues[1].message.contains(QLatin1String("Feb 30 2024")));
    }
    void unknownSectionsAndLinesAreKeptAndNoted()
    {
        const ParseResult<LicenseStatus> result
            = StatusParser::parse(showFixture(QStringLiteral("status_unknown_section.txt")));
        QVERIFY(result.recognised);
        QCOMPARE(result.data.transport.csluAddress, QStringLiteral("http://192.0.2.1:8182/cslu/v1/pi"));
        QCOMPARE(result.data.transport.vrfSupported, false);
        QCOMPARE(result.data.otherFields,
                 (QList<KeyValue> {{QStringLiteral("Retry Policy"), QStringLiteral("exponential")}}));
        QCOMPARE(result.data.policy.policyInUse, QStringLiteral("Merged from multiple sources."));
        QVERIFY(!result.data.policy.ackRequired);
        QCOMPARE(result.data.policy.ackRequiredSource, QStringLiteral("CISCO default"));
        QCOMPARE(result.unparsed.size(), 4);
        QCOMPARE(result.unparsed[0], (UnparsedLine {15, QStringLiteral("Flexible Consumption:")}));
        QCOMPARE(result.unparsed[1], (UnparsedLine {16, QStringLiteral("Mode: ENABLED")}));
        QCOMPARE(result.unparsed[2], (UnparsedLine {17, QStringLiteral("Model: pay-as-you-grow")}));
        QCOMPARE(result.unparsed[3].line, 21);
        QCOMPARE(result.issues.size(), 3);
        QCOMPARE(result.issues[0].line, 15);
        QVERIFY(result.issues[0].message.contains(QLatin1String("unknown section 'Flexible Consumption'")));
        QCOMPARE(result.issues[1].line, 21);
        QCOMPARE(result.issues[2].line, 22);
        QVERIFY(result.issues[2].message.contains(QLatin1String("'maybe'")));
    }
    void reservationStatusOfAnSlrRouter()
    {
        // xrsim's layout of a router with SLR installed (tests/sim/PROTOCOL.md section 6).
        const ParseResult<LicenseStatus> result
            = StatusParser::parse(showFixture(QStringLiteral("status_slr_installed.txt")));
        QVERIFY(result.recognised);
        QCOMPARE(result.data.reservationStatus, QStringLiteral("REGISTERED - SPECIFIC LICENSE RESERVATION"));
        QVERIFY2(result.issues.isEmpty(), qPrintable(result.issues.value(0).message));
        QVERIFY(result.unparsed.isEmpty());
        QCOMPARE(result.data.account.smartAccount, QStringLiteral("Lab SA"));
        QVERIFY(result.data.trust.isInstalled());
        // Without SLR the field stays empty.
        QVERIFY(
            StatusParser::parse(showFixture(QStringLiteral("guide_status_cslu.txt"))).data.reservationStatus.isEmpty());
    }
    void truncatedOutputSaysSo()
    {
        const ParseResult<LicenseStatus> result
            = StatusParser::parse(showFixture(QStringLiteral("status_truncated.txt")));
        QVERIFY(result.recognised);
        QCOMPARE(result.data.policy.unenforcedPerpetual,
                 (PolicyCategory {365, 0, 90, QStringLiteral("CISCO default")}));
        QCOMPARE(result.data.policy.unenforcedSubscription.firstReportDays, 90);
        QVERIFY(!result.data.policy.unenforcedSubscription.reportingFrequencyDays);
        QCOMPARE(result.unparsed, (QList<UnparsedLine> {{15, QStringLiteral("Reporting freq")}}));
        QCOMPARE(result.issues.size(), 2);
        QCOMPARE(result.issues[1].line, 13);
        QVERIFY(result.issues[1].message.contains(QLatin1String("cut short")));
    }
    void emptyAndForeignTextIsNotRecognised_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank and noise") << QStringLiteral("\r\n  \n..!\n.\n");
        QTest::newRow("prompt only") << QStringLiteral("RP/0/RSP0/CPU0:r1#show license status\nRP/0/RSP0/CPU0:r1#\n");
        QTest::newRow("error") << QStringLiteral("% Invalid input detected at '^' marker.\n");
        QTest::newRow("udi") << showFixture(QStringLiteral("udi_single.txt"));
    }
    void emptyAndForeignTextIsNotRecognised()
    {
        QFETCH(QString, text);
        const ParseResult<LicenseStatus> result = StatusParser::parse(text);
        QVERIFY(!result.recognised);
        QCOMPARE(result.data, LicenseStatus {});
        QVERIFY(!result.issues.isEmpty());
        QVERIFY2(result.issues.last().message.contains(QLatin1String("show license status")),
                 issuesText(result).constData());
    }
};

QTEST_GUILESS_MAIN(TestStatusParser)
#include "test_status_parser.moc"
