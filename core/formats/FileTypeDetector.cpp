#include "FileTypeDetector.h"

#include "AckFileReader.h"
#include "OfflineBundleReader.h"
#include "PolicyFileReader.h"
#include "RumFileReader.h"
#include "SafeXml.h"
#include "SlrAuthorizationCodeReader.h"
#include "SlrConfirmationCode.h"
#include "SlrRequestCode.h"
#include "SlrReturnCode.h"

#include <QStringList>
#include <QXmlStreamReader>

namespace slp {

namespace {

constexpr qsizetype maxCodeTextBytes = 64 * 1024;

DetectedFile known(FileKind kind, const QString &summary, const QString &codeText = {})
{
    return DetectedFile {kind, summary, codeText};
}

DetectedFile unknown(const QString &reason)
{
    return DetectedFile {FileKind::Unknown, reason, {}};
}

bool isTar(const QByteArray &content)
{
    return content.size() >= 262 && content.mid(257, 5) == "ustar";
}

DetectedFile detectArchive(const QByteArray &content, const ArchiveLimits &limits)
{
    const FormatResult<OfflineBundle> bundle = OfflineBundleReader::read(content, QStringLiteral("archive"), limits);
    if (!bundle)
        return unknown(QStringLiteral("archive refused: %1").arg(bundle.error()));
    int rumFiles = 0;
    int ackFiles = 0;
    for (const ArchiveMember &member : bundle.value().files) {
        if (RumFileReader::read(member.data).ok())
            ++rumFiles;
        else if (AckFileReader::read(member.data).ok())
            ++ackFiles;
    }
    if (rumFiles > 0 && ackFiles > 0)
        return unknown(
            QStringLiteral("the archive mixes %1 RUM report file(s) and %2 ACK file(s)").arg(rumFiles).arg(ackFiles));
    if (rumFiles > 0)
        return known(FileKind::UploadBundle, QStringLiteral("upload bundle with %1 RUM report file(s)").arg(rumFiles));
    if (ackFiles > 0)
        return known(FileKind::AckBundle, QStringLiteral("ACK bundle with %1 ACK file(s)").arg(ackFiles));
    return unknown(QStringLiteral("the archive holds neither RUM report files nor ACK files"));
}

// Root element name and the names of its children, without reading further than needed.
QStringList rootAndChildNames(const QByteArray &content, QString *error)
{
    QXmlStreamReader xml(content);
    *error = SafeXml::openRoot(xml, content.size());
    if (!error->isEmpty())
        return {};
    QStringList names {xml.name().toString()};
    while (xml.readNextStartElement()) {
        names.append(xml.name().toString());
        xml.skipCurrentElement();
    }
    return names;
}

template<typename Reader> DetectedFile confirm(const QByteArray &content, FileKind kind, const QString &summary)
{
    const auto result = Reader::read(content);
    if (!result)
        return unknown(QStringLiteral("not a valid %1: %2").arg(fileKindName(kind), result.error()));
    return known(kind, summary);
}

DetectedFile detectXml(const QByteArray &content)
{
    QString error;
    const QStringList names = rootAndChildNames(content, &error);
    if (names.isEmpty())
        return unknown(QStringLiteral("XML that cannot be read: %1").arg(error));
    const QString &root = names.first();
    if (root == QLatin1String("specificPLR"))
        return confirm<SlrAuthorizationCodeReader>(content, FileKind::SlrAuthorizationCode,
                                                   fileKindName(FileKind::SlrAuthorizationCode));
    if (root != QLatin1String("smartLicense"))
        return unknown(QStringLiteral("XML with root element <%1> is no licensing file").arg(root));
    if (names.contains(QLatin1String("smartLicenseRumAck")))
        return confirm<AckFileReader>(content, FileKind::Ack, fileKindName(FileKind::Ack));
    if (names.contains(QLatin1String("RUMReport")) || names.contains(QLatin1String("smartLicenseSystemInfo"))) {
        const FormatResult<RumReportFile> rum = RumFileReader::read(content);
        if (!rum)
            return unknown(QStringLiteral("not a valid RUM report file: %1").arg(rum.error()));
        return known(FileKind::RumReport,
                     QStringLiteral("RUM report file with %1 report(s)").arg(rum.value().reports.size()));
    }
    if (names.contains(QLatin1String("smartLicensePolicy")))
        return confirm<PolicyFileReader>(content, FileKind::Policy, fileKindName(FileKind::Policy));
    return unknown(QStringLiteral("<smartLicense> holds no RUM report, ACK or policy"));
}

bool isCsvInventoryHeader(const QString &line)
{
    const QStringList columns = line.split(u',');
    return columns.size() >= 2 && columns.at(0).trimmed().compare(QLatin1String("hostname"), Qt::CaseInsensitive) == 0
        && columns.at(1).trimmed().compare(QLatin1String("address"), Qt::CaseInsensitive) == 0;
}

DetectedFile detectText(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    // QString::fromUtf8 drops a byte order mark: a file of two BOMs has no text left at all.
    if (lines.isEmpty())
        return unknown(QStringLiteral("the file is empty"));
    if (isCsvInventoryHeader(lines.first()))
        return known(FileKind::CsvInventory, QStringLiteral("CSV inventory with %1 row(s)").arg(lines.size() - 1));
    // Codes may come with the router's words around them ("Enter this request code ...:").
    for (const QString &line : std::as_const(lines)) {
        if (SlrRequestCode::parse(line).ok())
            return known(FileKind::SlrRequestCode, fileKindName(FileKind::SlrRequestCode), line);
        if (SlrReturnCode::parse(line).ok())
            return known(FileKind::SlrReturnCode, fileKindName(FileKind::SlrReturnCode), line);
    }
    // Eight hex digits are too common to be found inside other text: only a file of just the code counts.
    if (lines.size() == 1 && SlrConfirmationCode::parse(lines.first()).ok())
        return known(FileKind::SlrConfirmationCode, fileKindName(FileKind::SlrConfirmationCode), lines.first());
    return unknown(
        QStringLiteral("text that is no licensing XML, CSV inventory (header hostname,address,...) or SLR code"));
}

} // namespace

DetectedFile FileTypeDetector::detect(const QByteArray &content, const ArchiveLimits &limits)
{
    if (content.startsWith("\x1f\x8b") || isTar(content))
        return detectArchive(content, limits);
    QByteArray text = content;
    if (text.startsWith("\xef\xbb\xbf"))
        text.remove(0, 3);
    if (text.trimmed().isEmpty())
        return unknown(QStringLiteral("the file is empty"));
    if (text.contains('\0'))
        return unknown(QStringLiteral("binary data that is no tar.gz bundle"));
    if (text.trimmed().startsWith('<'))
        return detectXml(text);
    if (text.size() > maxCodeTextBytes && !isCsvInventoryHeader(QString::fromUtf8(text.left(text.indexOf('\n')))))
        return unknown(QStringLiteral("text of %1 bytes that is no licensing XML or CSV inventory").arg(text.size()));
    return detectText(QString::fromUtf8(text));
}

} // namespace slp
