// show version: the IOS XR release from the banner or the Build Information block, and the
// outputs that are not `show version` at all.
#include "ParseTestHelpers.h"

#include "parse/VersionParser.h"

#include <QtTest>

using namespace slp;
using slp::test::issuesText;

namespace {

QString versionFixture(const QString &name)
{
    return QString::fromUtf8(slp::test::readFixture(QStringLiteral("version/") + name));
}

} // namespace

class TestVersionParser : public QObject
{
    Q_OBJECT
private slots:
    void readsTheRelease_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("version");
        // Prompt, timestamp and echo around the 7.x banner.
        QTest::newRow("7.11 with prompt") << QStringLiteral("version_xr_7_11.txt") << QStringLiteral("7.11.2");
        // " LNT" after the release on 24.x is not part of it.
        QTest::newRow("24.2 LNT") << QStringLiteral("version_xr_24_lnt.txt") << QStringLiteral("24.2.1");
        // "[Default]" glued to the release on 6.x.
        QTest::newRow("6.5 [Default]") << QStringLiteral("version_classic_default.txt") << QStringLiteral("6.5.3");
        // No banner: the "Version : 24.2.1" key of Build Information.
        QTest::newRow("build information only")
            << QStringLiteral("version_build_information_only.txt") << QStringLiteral("24.2.1");
    }
    void readsTheRelease()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, version);
        const ParseResult<SoftwareVersion> result = VersionParser::parse(versionFixture(fixture));
        QVERIFY2(result.recognised, issuesText(result).constData());
        QVERIFY2(result.issues.isEmpty(), issuesText(result).constData());
        QCOMPARE(result.data.version, version);
    }

    void xrsimShape()
    {
        // What tests/sim/xrsim prints (VersionView.cpp), CRLF line ends as over SSH.
        const QString text = QStringLiteral("Cisco IOS XR Software, Version 7.3.2\r\n"
                                            "Copyright (c) 2013-2025 by Cisco Systems, Inc.\r\n\r\n"
                                            "Build Information:\r\n Built By     : xrsim\r\n"
                                            " Version      : 7.3.2\r\n Label        : 7.3.2\r\n");
        const ParseResult<SoftwareVersion> result = VersionParser::parse(text);
        QVERIFY(result.recognised);
        QCOMPARE(result.data.version, QStringLiteral("7.3.2"));
    }

    void notShowVersion_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("invalid input") << versionFixture(QStringLiteral("version_invalid_input.txt"));
        QTest::newRow("empty") << QString();
        QTest::newRow("another command") << slp::test::showFixture(QStringLiteral("udi_single.txt"));
        // The words without a release number after them.
        QTest::newRow("no number") << QStringLiteral("Cisco IOS XR Software, Version unknown\nVersion : n/a\n");
    }
    void notShowVersion()
    {
        QFETCH(QString, text);
        const ParseResult<SoftwareVersion> result = VersionParser::parse(text);
        QVERIFY(!result.recognised);
        QVERIFY(result.data.version.isEmpty());
        QCOMPARE(result.issues.size(), 1);
        QVERIFY2(result.issues.constFirst().message.contains(QLatin1String("show version")),
                 issuesText(result).constData());
    }

    void differingVersionsAreNoted()
    {
        const ParseResult<SoftwareVersion> result = VersionParser::parse(
            QStringLiteral("Cisco IOS XR Software, Version 7.11.2\nBuild Information:\n Version      : 7.10.1\n"));
        QVERIFY(result.recognised);
        QCOMPARE(result.data.version, QStringLiteral("7.11.2"));
        QCOMPARE(result.issues.size(), 1);
        QCOMPARE(result.issues.constFirst().line, 3);
        QVERIFY(result.issues.constFirst().message.contains(QLatin1String("7.10.1")));
    }
};

QTEST_GUILESS_MAIN(TestVersionParser)
#include "test_version_parser.moc"
