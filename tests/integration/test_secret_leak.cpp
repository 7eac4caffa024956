// The planted-secret test: a unique password goes through credentials add, import, refresh (one
// router refusing it), status, export, jobs and host keys with verbose logging; then every file the
// run produced (database, WAL, known_hosts, lock folder, exports, captured stdout/stderr) is searched
// for it in every encoding a leak would take.
#include "LabFleet.h"
#include "SecretScan.h"
#include "SlpctlRunner.h"
#include "XrsimProcess.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace slp;
using namespace slp::test;

class TestSecretLeak : public QObject
{
    Q_OBJECT

private slots:
    void plantedPasswordAppearsNowhere();
};

void TestSecretLeak::plantedPasswordAppearsNowhere()
{
    const QString planted = QStringLiteral("Pl4nt-%1-%2")
                                .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'))
                                .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    QTemporaryDir simDir; // holds the fleet file (with the password): not scanned
    QTemporaryDir dataDir; // everything slpctl and this test write
    LabFleet fleet(6, planted);
    fleet.setRouterPassword(QStringLiteral("r0003"), QStringLiteral("router-knows-better"));
    XrsimProcess xrsim(simDir.path());
    QString error;
    QVERIFY2(xrsim.start(fleet.fleetJson(), &error), qPrintable(error));
    SlpctlRunner slpctl(dataDir.filePath(QStringLiteral("slp")), planted + QStringLiteral("-master"));
    QDir().mkpath(slpctl.dataDir());
    const QString exportPath = dataDir.filePath(QStringLiteral("devices-export.csv"));
    const QString csvPath = dataDir.filePath(QStringLiteral("inventory.csv"));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write(xrsim.inventoryCsv(QStringLiteral("lab")));
    csv.close();

    struct Step
    {
        QStringList arguments;
        QByteArray input;
        int expectedExit;
    };
    const QList<Step> steps {
        {{QStringLiteral("credentials"), QStringLiteral("add"), QStringLiteral("lab"), QStringLiteral("--username"),
          QStringLiteral("admin"), QStringLiteral("--password-stdin")},
         planted.toUtf8() + '\n',
         0},
        {{QStringLiteral("devices"), QStringLiteral("import"), csvPath}, {}, 0},
        {{QStringLiteral("--verbose"), QStringLiteral("refresh"), QStringLiteral("--all"),
          QStringLiteral("--accept-new-host-keys")},
         {},
         1}, // r0003 refuses the password
        {{QStringLiteral("--verbose"), QStringLiteral("refresh"), QStringLiteral("r0001"), QStringLiteral("r0003")},
         {},
         1},
        {{QStringLiteral("status")}, {}, 0},
        {{QStringLiteral("status"), QStringLiteral("--json")}, {}, 0},
        {{QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--json")}, {}, 0},
        {{QStringLiteral("devices"), QStringLiteral("export"), exportPath}, {}, 0},
        {{QStringLiteral("devices"), QStringLiteral("export")}, {}, 0},
        {{QStringLiteral("credentials"), QStringLiteral("list"), QStringLiteral("--json")}, {}, 0},
        {{QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--json")}, {}, 0},
        {{QStringLiteral("jobs"), QStringLiteral("resume"), QStringLiteral("1")}, {}, 1},
        {{QStringLiteral("hostkeys"), QStringLiteral("list")}, {}, 0},
    };
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const SlpctlRunner::Result result = slpctl.run(steps.at(i).arguments, steps.at(i).input);
        QVERIFY2(result.exitCode == steps.at(i).expectedExit,
                 qPrintable(steps.at(i).arguments.join(u' ') + u'\n' + result.describe()));
        for (const auto &[name, bytes] :
             {std::pair {QStringLiteral("out"), result.out}, {QStringLiteral("err"), result.err}}) {
            QFile capture(dataDir.filePath(QStringLiteral("step-%1.%2").arg(i).arg(name)));
            QVERIFY(capture.open(QIODevice::WriteOnly));
            capture.write(bytes);
        }
    }
    // The run did produce what is scanned: a database with its WAL, snapshots and keys, and the
    // failure of r0003 worded for the admin.
    QVERIFY(QFileInfo(slpctl.databasePath()).size() > 0);
    QVERIFY(QFileInfo(slpctl.knownHostsPath()).size() > 0);
    QVERIFY(QFileInfo(exportPath).size() > 0);
    QFile refreshOut(dataDir.filePath(QStringLiteral("step-2.out")));
    QVERIFY(refreshOut.open(QIODevice::ReadOnly));
    QVERIFY(refreshOut.readAll().contains("r0003: FAILED: auth rejected: "));

    const QList<PlantedSecretHit> hits = findPlantedSecret(dataDir.path(), planted.toUtf8());
    QVERIFY2(hits.isEmpty(), qPrintable(describeHits(hits)));
    // The scanner does find the password where it is meant to be: xrsim's fleet file.
    QVERIFY(!findPlantedSecret(simDir.path(), planted.toUtf8()).isEmpty());
}

QTEST_GUILESS_MAIN(TestSecretLeak)
#include "test_secret_leak.moc"
