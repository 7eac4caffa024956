// `slpctl parse` as scripts use it: the built binary, its JSON, its digest and its exit statuses.
#include "ParseTestHelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using slp::test::fixturePath;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run slpctl(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(slp::test::builtExecutable(QStringLiteral("slpctl")), arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

QString show(const char *name)
{
    return fixturePath(QStringLiteral("show/") + QLatin1String(name));
}

} // namespace

class TestSlpctlParse : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(!slp::test::builtExecutable(QStringLiteral("slpctl")).isEmpty()); }
    void jsonOfOneFile()
    {
        const Run run = slpctl({QStringLiteral("parse"), QStringLiteral("--json"), show("guide_status_cslu.txt")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err, QByteArray());
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(QLatin1String("command")).toString(), QStringLiteral("show license status"));
        QCOMPARE(json.value(QLatin1String("file")).toString(), show("guide_status_cslu.txt"));
        QCOMPARE(json.value(QLatin1String("issues")).toArray().size(), 0);
        const QJsonObject transport
            = json.value(QLatin1String("data")).toObject().value(QLatin1String("transport")).toObject();
        QCOMPARE(transport.value(QLatin1String("cslu_address")).toString(),
                 QStringLiteral("http://192.0.2.1:8182/cslu/v1/pi"));
    }
    void jsonArrayForSeveralFilesAndExitOneWhenOneIsNotRecognised()
    {
        const Run run = slpctl({QStringLiteral("parse"), QStringLiteral("--json"), show("udi_single.txt"),
                                show("status_classic_ios.txt")});
        QCOMPARE(run.exitCode, 1);
        const QJsonArray results = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).toObject().value(QLatin1String("command")).toString(),
                 QStringLiteral("show license udi"));
        QCOMPARE(results.at(1).toObject().value(QLatin1String("recognised")).toBool(), false);
        QVERIFY(results.at(1).toObject().value(QLatin1String("data")).isNull());
    }
    void commandOptionForcesTheParser()
    {
        const Run run = slpctl({QStringLiteral("parse"), QStringLiteral("--command"), QStringLiteral("sh lic udi"),
                                QStringLiteral("--json"), show("guide_status_cslu.txt")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(QLatin1String("command")).toString(), QStringLiteral("show license udi"));
        QCOMPARE(json.value(QLatin1String("recognised")).toBool(), false);
        const Run equals = slpctl({QStringLiteral("parse"), QStringLiteral("--command=show license rum id all"),
                                   QStringLiteral("--json"), show("rum_id_all.txt")});
        QCOMPARE(equals.exitCode, 0);
    }
    void standardInput()
    {
        const Run run = slpctl({QStringLiteral("parse"), QStringLiteral("--json"), QStringLiteral("-")},
                               QByteArrayLiteral("UDI: PID:NCS-5501-SE,SN:FOC2118R24P\n"));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(QLatin1String("data"))
                     .toObject()
                     .value(QLatin1String("udi"))
                     .toObject()
                     .value(QLatin1String("serial"))
                     .toString(),
                 QStringLiteral("FOC2118R24P"));
    }
    void digestWithoutJson()
    {
        const Run run = slpctl({QStringLiteral("parse"), show("status_timezones_and_offline.txt")});
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.contains(QLatin1String("show license status, 2 issue(s)")), run.out.constData());
        QVERIFY2(text.contains(QLatin1String("last ACK: 2024-02-28 19:08:58 UTC")), run.out.constData());
        QVERIFY2(text.contains(QLatin1String("! line 17: cannot read Next report push: unknown time zone 'XYZT'")),
                 run.out.constData());
    }
    void unreadableFileIsNamed()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("no-such-capture.txt"));
        const Run run = slpctl({QStringLiteral("parse"), missing, show("udi_single.txt")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(missing.toUtf8()), run.err.constData());
        QVERIFY(run.err.contains("cannot read"));
        QVERIFY(run.out.contains("show license udi")); // the readable file is still read
    }
    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no file") << QStringList {QStringLiteral("parse")} << QByteArray("no file given");
        QTest::newRow("unknown option") << QStringList {QStringLiteral("parse"), QStringLiteral("--yaml"),
                                                        QStringLiteral("x")}
                                        << QByteArray("unknown option '--yaml'");
        QTest::newRow("bad command") << QStringList {QStringLiteral("parse"), QStringLiteral("--command"),
                                                     QStringLiteral("show running-config"), QStringLiteral("x")}
                                     << QByteArray("'show running-config' is not a show license command");
        QTest::newRow("command without value") << QStringList {QStringLiteral("parse"), QStringLiteral("--command")}
                                               << QByteArray("--command needs a value");
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const Run run = slpctl(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), run.err.constData());
    }
    void help()
    {
        const Run run = slpctl({QStringLiteral("parse"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("Usage: slpctl parse"));
    }
};

QTEST_GUILESS_MAIN(TestSlpctlParse)
#include "test_slpctl_parse.moc"
