// show license udi, reservation, platform summary/detail and rum id all/detail.
#include "ParseTestHelpers.h"

#include "parse/PlatformDetailParser.h"
#include "parse/PlatformSummaryParser.h"
#include "parse/ReservationParser.h"
#include "parse/RumReportDetailParser.h"
#include "parse/RumReportListParser.h"
#include "parse/UdiParser.h"

#include <QtTest>

using namespace slp;
using slp::test::issuesText;
using slp::test::showFixture;
using slp::test::utc;

namespace {

Udi udi(const QString &pid, const QString &serial)
{
    const QString text = QStringLiteral("PID:") + pid + QStringLiteral(",SN:") + serial;
    return *Udi::fromText(text);
}

template<typename Result> void verifyClean(const Result &result)
{
    QVERIFY2(result.recognised, issuesText(result).constData());
    QVERIFY2(result.issues.isEmpty(), issuesText(result).constData());
    QVERIFY(result.unparsed.isEmpty());
}

} // namespace

class TestDeviceParsers : public QObject
{
    Q_OBJECT
private slots:
    void udiOfXrHaPair()
    {
        const ParseResult<UdiInfo> result = UdiParser::parse(showFixture(QStringLiteral("udi_iosxr_ha.txt")));
        verifyClean(result);
        QCOMPARE(result.command, ShowCommand::Udi);
        QCOMPARE(result.data.udi, udi(QStringLiteral("ASR-9006-AC"), QStringLiteral("FOX1605GNAH")));
        const QList<HaUdi> expected {
            {QStringLiteral("0/RSP0/CPU0"), DeviceRole::Active,
             udi(QStringLiteral("ASR-9006-AC"), QStringLiteral("FOX1605GNAH"))},
            {QStringLiteral("0/RSP1/CPU0"), DeviceRole::Standby,
             udi(QStringLiteral("ASR-9006-AC"), QStringLiteral("FOX1605GNAH"))},
        };
        QCOMPARE(result.data.haUdis, expected);
    }
    void udiOfXeStackWithSeveralMembers()
    {
        const ParseResult<UdiInfo> result
            = UdiParser::parse(showFixture(QStringLiteral("udi_iosxe_stack_members.txt")));
        verifyClean(result);
        QCOMPARE(result.data.haUdis.size(), 4);
        QCOMPARE(result.data.haUdis[0].location, QString());
        QCOMPARE(result.data.haUdis[0].role, DeviceRole::Active);
        QCOMPARE(result.data.haUdis[2].role, DeviceRole::Member);
        QCOMPARE(result.data.haUdis[2].udi.serial, QStringLiteral("FOC2303Y0TQ"));
        QCOMPARE(result.data.haUdis[3].role, DeviceRole::Member);
        QCOMPARE(result.data.haUdis[3].udi.serial, QStringLiteral("FOC2303Y0TR"));
    }
    void udiOfSingleRouter()
    {
        const ParseResult<UdiInfo> result = UdiParser::parse(showFixture(QStringLiteral("udi_single.txt")));
        verifyClean(result);
        QCOMPARE(result.data.udi->pid, QStringLiteral("NCS-5501-SE"));
        QCOMPARE(result.data.udi->serial, QStringLiteral("FOC2118R24P"));
        QVERIFY(result.data.haUdis.isEmpty());
    }
    void udiBadValueIsNamed()
    {
        const ParseResult<UdiInfo> result
            = UdiParser::parse(u"UDI: PID:ONLY-A-PID\nHA UDI List:\n  Primary:PID:A,SN:B\n");
        QVERIFY(result.recognised);
        QVERIFY(!result.data.udi);
        QCOMPARE(result.issues.size(), 2);
        QCOMPARE(result.issues[0].line, 1);
        QVERIFY(result.issues[0].message.contains(QLatin1String("'PID:ONLY-A-PID'")));
        QCOMPARE(result.issues[1].line, 3);
        QVERIFY(result.issues[1].message.contains(QLatin1String("unknown role")));
    }
    void guideReservationInProgress()
    {
        const ParseResult<Reservation> result
            = ReservationParser::parse(showFixture(QStringLiteral("guide_reservation_in_progress.txt")));
        verifyClean(result);
        QCOMPARE(result.data.enabled, true);
        QCOMPARE(result.data.perUdi.size(), 1);
        const UdiAuthorization &active = result.data.perUdi[0];
        QCOMPARE(active.role, DeviceRole::Active);
        QCOMPARE(active.udi, udi(QStringLiteral("NCS-55A2-MOD-S"), QStringLiteral("FOC2245R05H")));
        QCOMPARE(active.status, (StampedState {QStringLiteral("RESERVATION IN PROGRESS"), utc(2021, 2, 5, 16, 33, 8)}));
        QCOMPARE(active.requestCode, QStringLiteral("CC-ZNCS-55A2-MOD-S:FOC2245R05H-AVYd1FABK-45"));
        QCOMPARE(active.lastConfirmationCode, QString());
        QVERIFY(result.data.specified.isEmpty());
    }
    void reservationInstalledWithTerms()
    {
        const ParseResult<Reservation> result
            = ReservationParser::parse(showFixture(QStringLiteral("reservation_installed_ha.txt")));
        verifyClean(result);
        const Reservation &reservation = result.data;
        QCOMPARE(reservation.perUdi.size(), 2);
        QCOMPARE(reservation.perUdi[0].status,
                 (StampedState {QStringLiteral("SPECIFIC INSTALLED"), utc(2021, 2, 7, 9, 14, 51)}));
        QCOMPARE(reservation.perUdi[0].lastConfirmationCode, QStringLiteral("418b11b3"));
        const UdiAuthorization &standby = reservation.perUdi[1];
        QCOMPARE(standby.role, DeviceRole::Standby);
        QCOMPARE(standby.requestCode, QStringLiteral("CC-ZNCS-55A2-MOD-S:FOC2245R05J-AVYd1FABK-46"));
        QCOMPARE(standby.lastReturnCode, QStringLiteral("CaMJoK-XFX4uV-X6hazt-4HhGD6-uSTMSm-YYtdb4-Wu1tAd-W7NnRL-Cdu"));
        QVERIFY(standby.authorizationCode.startsWith(QLatin1String("<specificPLR><authorizationCode>")));
        QCOMPARE(reservation.specified.size(), 1);
        const SpecifiedReservation &specified = reservation.specified[0];
        QCOMPARE(specified.name, QStringLiteral("ESS_100G_RTU_1"));
        QCOMPARE(specified.entitlementTag, QStringLiteral("ESS-SE-100G-RTU-1"));
        QCOMPARE(specified.description, QStringLiteral("Essentials Software RTU License (per 100G) for Edge"));
        QCOMPARE(specified.totalReservedCount, 4);
        QCOMPARE(specified.enforcementType, QStringLiteral("NOT ENFORCED"));
        QCOMPARE(specified.terms.size(), 2);
        const ReservationTerm perpetual {DeviceRole::Active,
                                         udi(QStringLiteral("NCS-55A2-MOD-S"), QStringLiteral("FOC2245R05H")),
                                         {QStringLiteral("SPECIFIC INSTALLED"), utc(2021, 2, 7, 9, 14, 51)},
                                         QStringLiteral("PERPETUAL"),
                                         std::nullopt,
                                         std::nullopt,
                                         2};
        QCOMPARE(specified.terms[0], perpetual);
        QCOMPARE(specified.terms[1].licenseType, QStringLiteral("TERM"));
        QCOMPARE(specified.terms[1].startDate, utc(2021, 2, 7, 0, 0, 0));
        QCOMPARE(specified.terms[1].endDate, utc(2024, 2, 6, 23, 59, 59));
    }
    void reservationDisabledSingleUdi()
    {
        const ParseResult<Reservation> result
            = ReservationParser::parse(showFixture(QStringLiteral("reservation_disabled_single.txt")));
        verifyClean(result);
        QCOMPARE(result.data.enabled, false);
        QCOMPARE(result.data.perUdi.size(), 1);
        QCOMPARE(result.data.perUdi[0].role, DeviceRole::None);
        QCOMPARE(result.data.perUdi[0].udi.serial, QStringLiteral("FOC2118R24P"));
        QCOMPARE(result.data.perUdi[0].status, (StampedState {QStringLiteral("NOT INSTALLED"), std::nullopt}));
    }
    void platformSummaryInCompliance()
    {
        const ParseResult<PlatformSummary> result
            = PlatformSummaryParser::parse(showFixture(QStringLiteral("platform_summary.txt")));
        verifyClean(result);
        const PlatformSummary &summary = result.data;
        const PlatformSchedule schedule {utc(2024, 3, 19, 16, 43, 24), utc(2024, 3, 19, 16, 58, 24),
                                         utc(2024, 3, 19, 16, 43, 24), utc(2024, 3, 19, 16, 58, 24)};
        QCOMPARE(summary.schedule, schedule);
        QVERIFY(summary.sia);
        QCOMPARE(summary.sia->status, QStringLiteral("In Compliance"));
        QCOMPARE(summary.sia->inCompliance, true);
        QCOMPARE(summary.sia->gracePeriod, QString());
        QVERIFY(summary.sia->notes.isEmpty());
        QCOMPARE(summary.parameters.collectionIntervalMinutes, 15);
        QCOMPARE(summary.parameters.reportingIntervalMinutes, 15);
        QCOMPARE(summary.parameters.throughputGauge, QStringLiteral("1000000 Kbps"));
        const QList<PlatformFeatureRow> features {
            {QStringLiteral("Essentials"), QStringLiteral("ESS_100G_RTU_1"), 2, 2},
            {QStringLiteral("Essentials"), QStringLiteral("ESS_ED_100G_SIA_3"), 2, 2},
            {QStringLiteral("Line card"), QStringLiteral("A9K_400GE_TRK"), 1, 1},
            {QStringLiteral("Line card"), QStringLiteral("A9K_MOD400_TRK"), 1, 0},
        };
        QCOMPARE(summary.features, features);
    }
    void platformSummaryInGracePeriod()
    {
        const ParseResult<PlatformSummary> result
            = PlatformSummaryParser::parse(showFixture(QStringLiteral("platform_summary_sia_grace.txt")));
        verifyClean(result);
        const SiaStatus &sia = *result.data.sia;
        QCOMPARE(sia.status, QStringLiteral("Out of Compliance"));
        QCOMPARE(sia.inCompliance, false);
        QCOMPARE(sia.gracePeriod, QStringLiteral("Grace Period Remaining: 84 days"));
        QCOMPARE(sia.graceDaysRemaining, 84);
        QCOMPARE(sia.gracePeriodExpired, false);
        QCOMPARE(sia.notes,
                 (QStringList {QStringLiteral("Software upgrades remain allowed during the grace period."),
                               QStringLiteral("Renew the SIA subscription to stay in compliance.")}));
        QCOMPARE(result.data.parameters.reportingIntervalMinutes, 1440);
        QCOMPARE(result.data.features.size(), 2);
        QCOMPARE(result.data.features[1],
                 (PlatformFeatureRow {QStringLiteral("Core and Aggregation Advantage"),
                                      QStringLiteral("ADV_100G_CA_SIA_3"), 6, 8}));
    }
    void platformSummaryGraceExpired()
    {
        const ParseResult<PlatformSummary> result
            = PlatformSummaryParser::parse(showFixture(QStringLiteral("platform_summary_sia_expired.txt")));
        verifyClean(result);
        QCOMPARE(result.data.sia->gracePeriod, QStringLiteral("Grace Period Expired"));
        QCOMPARE(result.data.sia->gracePeriodExpired, true);
        QVERIFY(!result.data.sia->graceDaysRemaining);
        QVERIFY(!result.data.schedule.reportingLast);
        QCOMPARE(result.data.schedule.reportingNext, utc(2025, 1, 2, 0, 15, 1));
        QVERIFY(result.data.features.isEmpty());
    }
    void platformDetail()
    {
        const ParseResult<PlatformDetail> result
            = PlatformDetailParser::parse(showFixture(QStringLiteral("platform_detail.txt")));
        verifyClean(result);
        QVERIFY(!result.data.sia);
        QCOMPARE(result.data.schedule.collectionNext, utc(2024, 3, 19, 16, 58, 24));
        QCOMPARE(result.data.parameters.throughputGauge, QStringLiteral("1000000 Kbps"));
        QCOMPARE(result.data.entitlements.size(), 3);
        const PlatformEntitlement first {QStringLiteral("Essentials"),
                                         QStringLiteral("ESS_100G_RTU_1"),
                                         QStringLiteral("ESS-SE-100G-RTU-1"),
                                         QStringLiteral("Essentials Software RTU License (per 100G) for Edge"),
                                         2,
                                         2,
                                         {{QStringLiteral("Location"), QStringLiteral("0/0/CPU0")}}};
        QCOMPARE(result.data.entitlements[0], first);
        QCOMPARE(result.data.entitlements[1].nextCount, 3);
        QCOMPARE(result.data.entitlements[2].featureArea, QStringLiteral("Line card"));
        QCOMPARE(result.data.entitlements[2].lastCount, 1);
        QCOMPARE(result.data.entitlements[2].nextCount, 1);
    }
    void rumReportTable()
    {
        const ParseResult<QList<RumReportRow>> result
            = RumReportListParser::parse(showFixture(QStringLiteral("rum_id_all.txt")));
        verifyClean(result);
        const QList<RumReportRow> expected {
            {1711234501, QStringLiteral("ACK"), QStringLiteral("N"), QStringLiteral("ESS_100G_RTU_1")},
            {1711234502, QStringLiteral("ACK"), QStringLiteral("N"), QStringLiteral("ESS_ED_100G_SIA_3")},
            {1711234503, QStringLiteral("CLOSED"), QStringLiteral("N"), QStringLiteral("A9K_400GE_TRK")},
            {1711234504, QStringLiteral("OPEN"), QStringLiteral("N"), QStringLiteral("A9K_MOD400_TRK")},
            {1711234505, QStringLiteral("DELETED"), QStringLiteral("P"), QStringLiteral("ESS_100G_RTU_1")},
        };
        QCOMPARE(result.data, expected);
    }
    void rumReportTableWithPipes()
    {
        const ParseResult<QList<RumReportRow>> result
            = RumReportListParser::parse(showFixture(QStringLiteral("rum_id_all_pipes.txt")));
        verifyClean(result);
        QCOMPARE(result.data.size(), 2);
        QCOMPARE(
            result.data[1],
            (RumReportRow {1650955427, QStringLiteral("OPEN"), QStringLiteral("N"), QStringLiteral("dna-advantage")}));
    }
    void rumReportDetail()
    {
        const ParseResult<QList<RumReportDetail>> result
            = RumReportDetailParser::parse(showFixture(QStringLiteral("rum_id_detail.txt")));
        verifyClean(result);
        QCOMPARE(result.data.size(), 1);
        const RumReportDetail &report = result.data[0];
        QCOMPARE(report.id, 1711234502);
        QCOMPARE(report.metricName, QStringLiteral("ENTITLEMENT"));
        QCOMPARE(report.featureName, QStringLiteral("ESS_ED_100G_SIA_3"));
        QCOMPARE(report.metricValue,
                 QStringLiteral("regid.2021-05.com.cisco.ESS_ED_100G_SIA_3,1.0_4a5b6c7d-1234-4e5f-8a9b-0c1d2e3f4a5b"));
        QCOMPARE(report.udi, udi(QStringLiteral("ASR-9006-AC"), QStringLiteral("FOX1605GNAH")));
        QCOMPARE(report.previousReportId, 1711234490);
        QCOMPARE(report.nextReportId, 1711234512);
        QCOMPARE(report.state, QStringLiteral("ACK"));
        QCOMPARE(report.stateChangeReason, QStringLiteral("ACKED"));
        QCOMPARE(report.startTime, utc(2024, 3, 18, 16, 43, 24));
        QCOMPARE(report.endTime, utc(2024, 3, 19, 16, 43, 24));
        QCOMPARE(report.storageState, QStringLiteral("EXIST"));
        QCOMPARE(report.transactionId, QStringLiteral("0"));
        QCOMPARE(report.transactionMessage, QString());
        QVERIFY(report.otherFields.isEmpty());
    }
    void rumDetailWithBadValues()
    {
        const ParseResult<QList<RumReportDetail>> result = RumReportDetailParser::parse(
            u"State: OPEN\nReport Id: 12x\n  Previous Report Id: 99999999999999999999, Start Time: Mar 19 2024 UTC\n");
        QVERIFY(result.recognised);
        QCOMPARE(result.data.size(), 1);
        QCOMPARE(result.data[0].id, 0);
        QVERIFY(!result.data[0].previousReportId);
        QVERIFY(!result.data[0].startTime);
        QCOMPARE(result.unparsed, (QList<UnparsedLine> {{1, QStringLiteral("State: OPEN")}}));
        QCOMPARE(result.issues.size(), 4);
        QCOMPARE(result.issues[1].line, 2);
        QVERIFY(result.issues[1].message.contains(QLatin1String("'12x' is not a whole number")));
        QCOMPARE(result.issues[2].line, 3);
        QCOMPARE(result.issues[3].line, 3);
    }
};

QTEST_GUILESS_MAIN(TestDeviceParsers)
#include "test_device_parsers.moc"
