#include "util/BuildInfo.h"

#include <QtTest>

using slp::BuildInfo;

class TestBuildInfo : public QObject
{
    Q_OBJECT
private slots:
    void versionComesFromTheProject()
    {
        QCOMPARE(BuildInfo::applicationVersion(), QStringLiteral(SLP_EXPECTED_VERSION));
    }
    void libraryVersionsAreTheLoadedOnes()
    {
        QCOMPARE(BuildInfo::qtVersion(), QString::fromLatin1(qVersion()));
        QVERIFY2(BuildInfo::libsshVersion().startsWith(QLatin1String("0.")), qPrintable(BuildInfo::libsshVersion()));
        QVERIFY2(BuildInfo::opensslVersion().startsWith(QLatin1String("OpenSSL 3")), qPrintable(BuildInfo::opensslVersion()));
        const QString summary = BuildInfo::summary();
        QVERIFY(summary.contains(BuildInfo::libsshVersion()));
        QVERIFY(summary.contains(BuildInfo::opensslVersion()));
    }
};

QTEST_GUILESS_MAIN(TestBuildInfo)
#include "test_buildinfo.moc"
