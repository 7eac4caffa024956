#include "SmartLicenseBlocks.h"

#include "SafeXml.h"

#include <QXmlStreamReader>

namespace slp {

namespace {

// Text of the block's <data> child (blocks without <data> keep their own text).
QString readBlockData(QXmlStreamReader &xml, QByteArray *data, QStringList *warnings)
{
    const QString block = xml.name().toString();
    bool sawData = false;
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("data") || sawData) {
            warnings->append(
                QStringLiteral("unknown element <%1><%2> at %3 ignored").arg(block, xml.name(), SafeXml::where(xml)));
            xml.skipCurrentElement();
            continue;
        }
        sawData = true;
        QString error;
        *data = SafeXml::readText(xml, &error).toUtf8();
        if (!error.isEmpty())
            return error;
    }
    if (xml.hasError())
        return SafeXml::describeError(xml);
    if (!sawData)
        warnings->append(QStringLiteral("<%1> has no <data>").arg(block));
    return {};
}

} // namespace

FormatResult<SmartLicenseBlocks> SmartLicenseBlocks::read(const QByteArray &fileBytes)
{
    using Result = FormatResult<SmartLicenseBlocks>;
    QXmlStreamReader xml(fileBytes);
    if (const QString error = SafeXml::openRoot(xml, fileBytes.size()); !error.isEmpty())
        return Result::failure(error);
    if (xml.name() != QLatin1String("smartLicense"))
        return Result::failure(QStringLiteral("root element is <%1>, expected <smartLicense>").arg(xml.name()));

    SmartLicenseBlocks blocks;
    while (xml.readNextStartElement()) {
        std::optional<QByteArray> *target = nullptr;
        if (xml.name() == QLatin1String("smartLicenseRumAck"))
            target = &blocks.rumAckData;
        else if (xml.name() == QLatin1String("smartLicensePolicy"))
            target = &blocks.policyData;
        if (!target) {
            blocks.hasRumReports = blocks.hasRumReports || xml.name() == QLatin1String("RUMReport");
            blocks.warnings.append(
                QStringLiteral("unknown element <%1> at %2 ignored").arg(xml.name(), SafeXml::where(xml)));
            xml.skipCurrentElement();
            continue;
        }
        if (target->has_value())
            return Result::failure(QStringLiteral("second <%1> at %2").arg(xml.name(), SafeXml::where(xml)));
        QByteArray data;
        if (const QString error = readBlockData(xml, &data, &blocks.warnings); !error.isEmpty())
            return Result::failure(error);
        *target = data;
    }
    if (const QString error = SafeXml::finishDocument(xml); !error.isEmpty())
        return Result::failure(error);
    return Result::success(std::move(blocks));
}

} // namespace slp
