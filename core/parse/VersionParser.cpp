#include "VersionParser.h"

#include "OutputNormaliser.h"

#include <QRegularExpression>

namespace slp {

namespace {

// A release number: "7.11.2", "24.2.1", "6.5.3.28I"; stops at "[Default]", " LNT" and the like.
QString releaseAt(QStringView text)
{
    static const QRegularExpression release(QStringLiteral("^(\\d+(?:\\.\\d+)+[0-9A-Za-z]*)"));
    const QRegularExpressionMatch match = release.match(text.trimmed());
    return match.hasMatch() ? match.captured(1) : QString();
}

// "Cisco IOS XR Software, Version 7.11.2[Default]" -> "7.11.2"; empty when not the banner.
QString fromBanner(QStringView line)
{
    static const QLatin1String banner("Cisco IOS XR Software, Version ");
    if (!line.startsWith(banner, Qt::CaseInsensitive))
        return {};
    return releaseAt(line.mid(banner.size()));
}

// " Version      : 24.2.1" (Build Information) -> "24.2.1"; empty for any other line.
QString fromBuildInformation(QStringView line)
{
    const qsizetype colon = line.indexOf(u':');
    if (colon < 0 || line.left(colon).trimmed().compare(QLatin1String("Version"), Qt::CaseInsensitive) != 0)
        return {};
    return releaseAt(line.mid(colon + 1));
}

} // namespace

QString VersionParser::commandText()
{
    return QStringLiteral("show version");
}

ParseResult<SoftwareVersion> VersionParser::parse(QStringView text)
{
    ParseResult<SoftwareVersion> result;
    const NormalisedOutput output = OutputNormaliser::normalise(text);
    QString banner;
    QString buildInformation;
    int bannerLine = 0;
    int buildLine = 0;
    for (const OutputLine &line : output.lines) {
        if (banner.isEmpty()) {
            banner = fromBanner(line.text);
            bannerLine = line.number;
        }
        if (buildInformation.isEmpty()) {
            buildInformation = fromBuildInformation(line.text);
            buildLine = line.number;
        }
    }
    if (banner.isEmpty() && buildInformation.isEmpty()) {
        result.issues.append({0,
                              output.lines.empty()
                                  ? QStringLiteral("no output to read (expected the output of `show version`)")
                                  : QStringLiteral("not the output of `show version`: no `Cisco IOS XR Software, "
                                                   "Version ...` or `Version : ...` line was found")});
        return result;
    }
    result.recognised = true;
    result.data.version = banner.isEmpty() ? buildInformation : banner;
    // Both are printed by the same image; a difference means the text was edited or mixed up.
    if (!banner.isEmpty() && !buildInformation.isEmpty() && banner != buildInformation)
        result.issues.append({buildLine,
                              QStringLiteral("the Build Information version %1 differs from the version %2 on line %3; "
                                             "%2 is used")
                                  .arg(buildInformation, banner)
                                  .arg(bannerLine)});
    return result;
}

} // namespace slp
