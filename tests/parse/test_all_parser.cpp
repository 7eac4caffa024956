// show license all: the 10-license HA router (the benchmark's input) and the guide's upgrade block,
// which the guide echoes as `show license status` but which holds every show license all section.
#include "ParseTestHelpers.h"

#include "parse/AllParser.h"

#include <QtTest>

using namespace slp;
using slp::test::issuesText;
using slp::test::showFixture;
using slp::test::utc;

class TestAllParser : public QObject
{
    Q_OBJECT
private slots:
    void tenLicensesWithHa()
    {
        const ParseResult<LicenseAll> result = AllParser::parse(showFixture(QStringLiteral("all_10_licenses_ha.txt")));
        QVERIFY2(result.recognised, issuesText(result).constData());
        QCOMPARE(result.command, ShowCommand::All);
        QVERIFY2(result.issues.isEmpty(), issuesText(result).constData());
        QVERIFY(result.unparsed.isEmpty());
        const LicenseAll &all = result.data;
        const LicenseStatus &status = all.status;
        QCOMPARE(status.utilityEnabled, false);
        QCOMPARE(status.policyEnabled, true);
        QCOMPARE(status.account.smartAccount, QStringLiteral("BU A9000"));
        QCOMPARE(status.account.asOf, utc(2024, 3, 19, 9, 53, 21));
        QCOMPARE(status.transport.type, TransportType::Smart);
        QCOMPARE(status.transport.proxyHost, QStringLiteral("proxy.esl.cisco.com"));
        QCOMPARE(status.transport.proxyPort, 80);
        QCOMPARE(status.transport.vrf, QStringLiteral("st-vrf"));
        QCOMPARE(status.policy.unenforcedSubscription, (PolicyCategory {90, 90, 90, QStringLiteral("CISCO default")}));
        QCOMPARE(status.usageReporting.nextAckDeadline, utc(2024, 5, 28, 19, 8, 58));
        QCOMPARE(status.trust.perUdi.size(), 2);
        QCOMPARE(status.trust.perUdi[1].udi.serial, QStringLiteral("FOX1605GNAJ"));
        QCOMPARE(status.trust.perUdi[1].installedOn, utc(2024, 3, 19, 14, 21, 3));
        QCOMPARE(status.secondarySigningCert, 0);
        QCOMPARE(status.telemetry, (DeviceTelemetry {QStringLiteral("AVAILABLE"), 3}));

        QCOMPARE(all.licenses.size(), 10);
        const LicenseUsage &sia = all.licenses[5];
        QCOMPARE(sia.name, QStringLiteral("ADV_ED_100G_SIA_3"));
        QCOMPARE(sia.entitlementTag, QStringLiteral("ADV-ED-100G-SIA3"));
        QCOMPARE(sia.description, QStringLiteral("Advantage Edge Subscription SIA"));
        QCOMPARE(sia.count, 4);
        QCOMPARE(sia.version, QStringLiteral("1.0"));
        QCOMPARE(sia.status, QStringLiteral("OUT-OF-COMPLIANCE"));
        QCOMPARE(sia.exportStatus, QStringLiteral("NOT RESTRICTED"));
        QCOMPARE(sia.featureName, QStringLiteral("ADV_ED_100G_SIA_3"));
        QCOMPARE(sia.featureDescription, QStringLiteral("Advantage Edge Subscription SIA"));
        QCOMPARE(sia.enforcementType, QStringLiteral("NOT ENFORCED"));
        QCOMPARE(sia.licenseType, QStringLiteral("Subscription"));
        QVERIFY(!sia.haInfo);
        QVERIFY(sia.otherFields.isEmpty());
        QCOMPARE(all.licenses[7].status, QStringLiteral("PENDING"));
        QCOMPARE(all.licenses[8].count, 0);
        QCOMPARE(all.licenses[8].status, QStringLiteral("NOT IN USE"));
        QCOMPARE(all.licenses[9].name, QStringLiteral("A9K_8X100GE_TRK"));

        QCOMPARE(all.product.udi->canonicalText(), QStringLiteral("PID:ASR-9006-AC,SN:FOX1605GNAH"));
        QCOMPARE(all.product.haUdis.size(), 2);
        QCOMPARE(all.product.haUdis[1].location, QStringLiteral("0/RSP1/CPU0"));
        QCOMPARE(all.product.haUdis[1].role, DeviceRole::Standby);
        QCOMPARE(all.product.haUdis[1].udi.serial, QStringLiteral("FOX1605GNAJ"));
        QCOMPARE(all.agentVersion, QStringLiteral("5.9.25_rel/115"));
        QCOMPARE(all.authorizations.size(), 2);
        QCOMPARE(all.authorizations[0].role, DeviceRole::Active);
        QCOMPARE(all.authorizations[0].status, (StampedState {QStringLiteral("NOT INSTALLED"), std::nullopt}));
        QCOMPARE(all.authorizations[1].udi.serial, QStringLiteral("FOX1605GNAJ"));
        QCOMPARE(all.purchasedLicenses, QStringLiteral("No Purchase Information Available"));
        QCOMPARE(all.enforcementStatus, QStringLiteral("No Enforcement Status Information Available"));
        const UsageReportSummary expectedSummary {70, 0, 64, 0, 6, 2, std::nullopt, std::nullopt, std::nullopt, {}};
        QCOMPARE(all.reportSummary, expectedSummary);
    }
    void guideUpgradeBlock()
    {
        const ParseResult<LicenseAll> result
            = AllParser::parse(showFixture(QStringLiteral("guide_status_upgrade_ssm_onprem_all_sections.txt")));
        QVERIFY(result.recognised);
        QCOMPARE(result.issues.size(), 1); // the echo says show license status
        QCOMPARE(result.issues[0].line, 1);
        QVERIFY(result.issues[0].message.contains(QLatin1String("`show license status`")));
        QVERIFY(result.unparsed.isEmpty());
        const LicenseAll &all = result.data;
        QCOMPARE(all.status.smartLicensingEnabled, true);
        QVERIFY(!all.status.legacy);
        QCOMPARE(all.status.automaticConversionEnabled, true);
        QVERIFY(all.status.exportAuthorizedFeatures.isEmpty());
        QCOMPARE(all.status.account, AccountInfo {});
        QCOMPARE(all.status.transport.csluAddress, QStringLiteral("https://10.76.81.71/cslu/v1/pi/SATELLITE9-1"));
        QCOMPARE(all.status.usageReporting.noReporting, true);
        QCOMPARE(all.status.usageReporting.pushIntervalDays, 0);
        QVERIFY(!all.status.usageReporting.lastAckReceived);
        QCOMPARE(all.status.trust.perUdi.size(), 2);
        QCOMPARE(all.status.trust.perUdi[0].role, DeviceRole::Active);
        QCOMPARE(all.status.trust.perUdi[0].installedOn, utc(2024, 3, 19, 14, 20, 59));
        QCOMPARE(all.status.telemetry, (DeviceTelemetry {QStringLiteral("NOT AVAILABLE"), 0}));
        QCOMPARE(all.licenses.size(), 4);
        QCOMPARE(all.licenses[2].name, QStringLiteral("ESS_100G_RTU_1"));
        QCOMPARE(all.licenses[2].description, QStringLiteral("Essentials Software RTU License (per 100G) for Edge"));
        QCOMPARE(all.licenses[3].licenseType, QStringLiteral("Subscription"));
        QCOMPARE(all.product.haUdis.size(), 2);
        QCOMPARE(all.product.haUdis[0].location, QStringLiteral("0/RSP0/CPU0"));
        QCOMPARE(all.product.haUdis[0].role, DeviceRole::Active);
        QCOMPARE(all.agentVersion, QStringLiteral("5.9.25_rel/115"));
        QCOMPARE(all.authorizations.size(), 2);
        QCOMPARE(all.authorizations[1].role, DeviceRole::Standby);
        QCOMPARE(all.authorizations[1].status.state, QStringLiteral("NOT INSTALLED"));
        const UsageReportSummary zeros {0, 0, 0, 0, 0, 0, std::nullopt, std::nullopt, std::nullopt, {}};
        QCOMPARE(all.reportSummary, zeros);
    }
    void statusOnlyTextIsStillAll()
    {
        // show license all output whose usage sections are missing still reads: the status part.
        const ParseResult<LicenseAll> result = AllParser::parse(showFixture(QStringLiteral("guide_status_cslu.txt")));
        QVERIFY(result.recognised);
        QCOMPARE(result.data.status.transport.type, TransportType::Cslu);
        QVERIFY(result.data.licenses.isEmpty());
    }
    void summaryTextIsNotAll()
    {
        const ParseResult<LicenseAll> result = AllParser::parse(showFixture(QStringLiteral("rum_id_all.txt")));
        QVERIFY(!result.recognised);
        QCOMPARE(result.data, LicenseAll {});
        QVERIFY(result.issues.last().message.contains(QLatin1String("not the output of `show license all`")));
    }
};

QTEST_GUILESS_MAIN(TestAllParser)
#include "test_all_parser.moc"
