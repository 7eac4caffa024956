// Command auto-detection over every fixture, the one entry point (ShowOutputParser), and the
// promise that no parser crashes or throws on any input: every fixture through every parser, cut at
// every line, and pseudo-random bytes.
#include "ParseTestHelpers.h"

#include "parse/CommandDetector.h"
#include "parse/ShowOutputParser.h"

#include <QDir>
#include <QRandomGenerator>
#include <QtTest>

using namespace slp;
using slp::test::showFixture;

namespace {

const QList<ShowCommand> everyCommand {
    ShowCommand::Status,   ShowCommand::Summary,     ShowCommand::Usage,           ShowCommand::All,
    ShowCommand::Udi,      ShowCommand::Reservation, ShowCommand::PlatformSummary, ShowCommand::PlatformDetail,
    ShowCommand::RumIdAll, ShowCommand::RumIdDetail,
};

QStringList fixtureNames()
{
    return QDir(slp::test::fixturePath(QStringLiteral("show"))).entryList({QStringLiteral("*.txt")}, QDir::Files);
}

} // namespace

class TestDetection : public QObject
{
    Q_OBJECT
private slots:
    void everyFixtureIsDetected_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("command");
        const QList<std::pair<const char *, ShowCommand>> expected {
            {"all_10_licenses_ha.txt", ShowCommand::All},
            {"guide_reservation_in_progress.txt", ShowCommand::Reservation},
            {"guide_status_cslu.txt", ShowCommand::Status},
            {"guide_status_cslu_upgrade.txt", ShowCommand::Status},
            {"guide_status_smart_ha.txt", ShowCommand::Status},
            {"guide_status_ssm_onprem_with_usage.txt", ShowCommand::All},
            {"guide_status_transport_off_indented.txt", ShowCommand::Status},
            {"guide_status_upgrade_ssm_onprem_all_sections.txt", ShowCommand::All},
            {"guide_summary_then_usage_direct.txt", ShowCommand::Summary},
            {"guide_summary_then_usage_ssm_onprem.txt", ShowCommand::Summary},
            {"platform_detail.txt", ShowCommand::PlatformDetail},
            {"platform_summary.txt", ShowCommand::PlatformSummary},
            {"platform_summary_sia_expired.txt", ShowCommand::PlatformSummary},
            {"platform_summary_sia_grace.txt", ShowCommand::PlatformSummary},
            {"reservation_disabled_single.txt", ShowCommand::Reservation},
            {"reservation_installed_ha.txt", ShowCommand::Reservation},
            {"rum_id_all.txt", ShowCommand::RumIdAll},
            {"rum_id_all_pipes.txt", ShowCommand::RumIdAll},
            {"rum_id_detail.txt", ShowCommand::RumIdDetail},
            {"status_classic_ios.txt", ShowCommand::Status},
            {"status_crlf_pager_prompt.txt", ShowCommand::Status},
            {"status_iosxe.txt", ShowCommand::Status},
            {"status_slr_installed.txt", ShowCommand::Status},
            {"status_smart_licensing_7_11.txt", ShowCommand::Status},
            {"status_timezones_and_offline.txt", ShowCommand::Status},
            {"status_truncated.txt", ShowCommand::Status},
            {"status_unknown_section.txt", ShowCommand::Status},
            {"summary_iosxe_truncated_names.txt", ShowCommand::Summary},
            {"summary_wide_columns_no_parentheses.txt", ShowCommand::Summary},
            {"udi_iosxe_stack_members.txt", ShowCommand::Udi},
            {"udi_iosxr_ha.txt", ShowCommand::Udi},
            {"udi_single.txt", ShowCommand::Udi},
            {"usage_iosxe_ha_info.txt", ShowCommand::Usage},
            {"usage_no_licenses.txt", ShowCommand::Unknown}, // one line: only the command given says what it is
            {"usage_truncated.txt", ShowCommand::Usage},
        };
        // A fixture added without an expectation here fails the test below.
        QCOMPARE(fixtureNames().size(), expected.size());
        for (const auto &[name, command] : expected)
            QTest::newRow(name) << QString::fromLatin1(name) << int(command);
    }
    void everyFixtureIsDetected()
    {
        QFETCH(QString, fixture);
        QFETCH(int, command);
        QVERIFY(fixtureNames().contains(fixture));
        const CommandDetector::Detection detection = CommandDetector::detect(showFixture(fixture));
        QCOMPARE(int(detection.command), command);
        QCOMPARE(detection.classicIos, fixture == QLatin1String("status_classic_ios.txt"));
        QVERIFY(!detection.reason.isEmpty());
    }
    void detectionWithoutEcho_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("command");
        QTest::newRow("status") << QStringLiteral("guide_status_cslu.txt") << int(ShowCommand::Status);
        QTest::newRow("all") << QStringLiteral("all_10_licenses_ha.txt") << int(ShowCommand::All);
        QTest::newRow("summary") << QStringLiteral("summary_iosxe_truncated_names.txt") << int(ShowCommand::Summary);
        QTest::newRow("usage") << QStringLiteral("usage_iosxe_ha_info.txt") << int(ShowCommand::Usage);
        QTest::newRow("udi") << QStringLiteral("udi_iosxr_ha.txt") << int(ShowCommand::Udi);
        QTest::newRow("reservation") << QStringLiteral("reservation_installed_ha.txt") << int(ShowCommand::Reservation);
        QTest::newRow("platform summary")
            << QStringLiteral("platform_summary_sia_grace.txt") << int(ShowCommand::PlatformSummary);
        QTest::newRow("platform detail") << QStringLiteral("platform_detail.txt") << int(ShowCommand::PlatformDetail);
        QTest::newRow("rum all") << QStringLiteral("rum_id_all.txt") << int(ShowCommand::RumIdAll);
        QTest::newRow("rum detail") << QStringLiteral("rum_id_detail.txt") << int(ShowCommand::RumIdDetail);
    }
    void detectionWithoutEcho()
    {
        // The same outputs with their echo line removed: the content alone decides.
        QFETCH(QString, fixture);
        QFETCH(int, command);
        QStringList lines = showFixture(fixture).split(u'\n');
        lines.removeIf([](const QString &line) { return line.contains(u'#'); });
        const CommandDetector::Detection detection = CommandDetector::detect(lines.join(u'\n'));
        QCOMPARE(int(detection.command), command);
        QVERIFY(!detection.reason.contains(QLatin1String("echo")));
    }
    void unknownTextIsNotRecognised()
    {
        const ParseResult<ShowData> result = ShowOutputParser::parse(u"interface GigabitEthernet0/0/0/0\n shutdown\n");
        QVERIFY(!result.recognised);
        QCOMPARE(result.command, ShowCommand::Unknown);
        QVERIFY(std::holds_alternative<std::monostate>(result.data));
        QCOMPARE(result.issues.size(), 1);
        QVERIFY(result.issues[0].message.contains(QLatin1String("not recognised")));
    }
    void givenCommandWins()
    {
        const ParseResult<ShowData> result = ShowOutputParser::parse(
            showFixture(QStringLiteral("guide_status_ssm_onprem_with_usage.txt")), ShowCommand::Status);
        QCOMPARE(result.command, ShowCommand::Status);
        QVERIFY(std::holds_alternative<LicenseStatus>(result.data));
        const ParseResult<ShowData> detected
            = ShowOutputParser::parse(showFixture(QStringLiteral("guide_status_ssm_onprem_with_usage.txt")));
        QCOMPARE(detected.command, ShowCommand::All);
        QCOMPARE(std::get<LicenseAll>(detected.data).licenses.size(), 2);
    }
    void everyParserSurvivesEveryFixtureCutAnywhere()
    {
        // Each fixture, cut after every line and in the middle of every line, through every parser:
        // nothing crashes, and an unrecognised result carries an issue saying why.
        int runs = 0;
        for (const QString &name : fixtureNames()) {
            const QString text = showFixture(name);
            for (qsizetype cut = 0; cut <= text.size(); cut += 7) {
                const QStringView piece = QStringView(text).left(cut);
                for (const ShowCommand command : everyCommand) {
                    const ParseResult<ShowData> result = ShowOutputParser::parse(piece, command);
                    QCOMPARE(result.command, command);
                    if (!result.recognised)
                        QVERIFY(!result.issues.isEmpty());
                    ++runs;
                }
            }
        }
        QVERIFY(runs > 10000);
    }
    void randomBytesNeverCrash()
    {
        QRandomGenerator random(20240319);
        const QByteArray alphabet = QByteArrayLiteral("abcPID:SN,()<>#|*=-. \t\r\n\b\x1b[0123456789UTCLASTNEXT");
        for (int round = 0; round < 400; ++round) {
            QByteArray bytes(random.bounded(1, 600), Qt::Uninitialized);
            for (char &byte : bytes)
                byte = round % 2 ? char(random.bounded(256)) : alphabet.at(random.bounded(alphabet.size()));
            const ParseResult<ShowData> detected = ShowOutputParser::parse(QString::fromUtf8(bytes));
            if (!detected.recognised)
                QVERIFY(!detected.issues.isEmpty());
            for (const ShowCommand command : everyCommand)
                ShowOutputParser::parse(QString::fromUtf8(bytes), command);
        }
    }
    void hugeLinesAndManyLines()
    {
        const QString longText = QStringLiteral("Account Information:\nSmart Account: ") + QString(200000, u'x');
        const ParseResult<ShowData> result = ShowOutputParser::parse(longText, ShowCommand::Status);
        QVERIFY(!result.recognised);
        QString many;
        for (int i = 0; i < 20000; ++i)
            many += QStringLiteral("LIC_%1 (TAG-%1):\n  Count: %1\n  Status: IN USE\n").arg(i);
        const ParseResult<ShowData> usage = ShowOutputParser::parse(many);
        QCOMPARE(usage.command, ShowCommand::Usage);
        QCOMPARE(std::get<LicenseUsageList>(usage.data).licenses.size(), 20000);
        QCOMPARE(std::get<LicenseUsageList>(usage.data).licenses.last().count, 19999);
    }
};

QTEST_GUILESS_MAIN(TestDetection)
#include "test_detection.moc"
