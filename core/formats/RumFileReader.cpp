#include "RumFileReader.h"

#include "FormatsLogging.h"
#include "RumReportParser.h"
#include "SafeXml.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

namespace slp {

namespace {

using Result = FormatResult<RumReportFile>;

QString readSystemInfo(QXmlStreamReader &xml, RumReportFile *file)
{
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("data")) {
            file->warnings.append(QStringLiteral("unknown element <smartLicenseSystemInfo><%1> at %2 ignored")
                                      .arg(xml.name(), SafeXml::where(xml)));
            xml.skipCurrentElement();
            continue;
        }
        QString error;
        const QString data = SafeXml::readText(xml, &error);
        if (!error.isEmpty())
            return error;
        file->systemInfoData = data.toUtf8();
        const QJsonObject info = QJsonDocument::fromJson(file->systemInfoData).object();
        file->systemInfoHostname = info.value(QLatin1String("hostname")).toString();
    }
    return xml.hasError() ? SafeXml::describeError(xml) : QString();
}

QString readReport(QXmlStreamReader &xml, RumReportFile *file)
{
    const qint64 line = xml.lineNumber();
    const qsizetype position = file->reports.size() + 1;
    if (position > RumFileReader::maxReports)
        return QStringLiteral("more than %1 reports in one file").arg(RumFileReader::maxReports);
    QString error;
    // readElementText joins the CDATA section(s) exactly; XML gives CDATA content verbatim.
    const QByteArray json = SafeXml::readText(xml, &error).toUtf8();
    if (!error.isEmpty())
        return error;
    QStringList warnings;
    FormatResult<RumReport> report = RumReportParser::parse(json, &warnings);
    for (const QString &warning : std::as_const(warnings))
        file->warnings.append(QStringLiteral("report #%1 (line %2): %3").arg(position).arg(line).arg(warning));
    if (!report)
        return QStringLiteral("report #%1 (line %2): %3").arg(position).arg(line).arg(report.error());
    report.value().line = line;
    file->reports.append(std::move(report).value());
    return {};
}

} // namespace

FormatResult<RumReportFile> RumFileReader::read(const QByteArray &fileBytes)
{
    QXmlStreamReader xml(fileBytes);
    if (const QString error = SafeXml::openRoot(xml, fileBytes.size()); !error.isEmpty())
        return Result::failure(error);
    if (xml.name() != QLatin1String("smartLicense"))
        return Result::failure(
            QStringLiteral("root element is <%1>, a RUM report file starts with <smartLicense>").arg(xml.name()));

    RumReportFile file;
    bool sawSystemInfo = false;
    while (xml.readNextStartElement()) {
        QString error;
        if (xml.name() == QLatin1String("RUMReport")) {
            error = readReport(xml, &file);
        } else if (xml.name() == QLatin1String("smartLicenseSystemInfo")) {
            sawSystemInfo = true;
            error = readSystemInfo(xml, &file);
        } else if (xml.name() == QLatin1String("smartLicenseRumAck")) {
            return Result::failure(
                QStringLiteral("this is an ACK file (<smartLicenseRumAck> at %1), not a RUM report file")
                    .arg(SafeXml::where(xml)));
        } else {
            file.warnings.append(
                QStringLiteral("unknown element <%1> at %2 ignored").arg(xml.name(), SafeXml::where(xml)));
            xml.skipCurrentElement();
        }
        if (!error.isEmpty())
            return Result::failure(error);
    }
    if (const QString error = SafeXml::finishDocument(xml); !error.isEmpty())
        return Result::failure(error);
    if (!sawSystemInfo && file.reports.isEmpty())
        return Result::failure(QStringLiteral("<smartLicense> holds neither <RUMReport> nor <smartLicenseSystemInfo>"));
    if (file.reports.isEmpty())
        file.warnings.append(QStringLiteral("the file holds no <RUMReport>"));
    qCDebug(lcFormats) << "RUM file read:" << file.reports.size() << "reports," << file.warnings.size() << "warnings";
    return Result::success(std::move(file));
}

} // namespace slp
