#include "SlrAuthorizationCodeReader.h"

#include "JsonFields.h"
#include "SafeXml.h"
#include "UdiFields.h"

#include <QJsonValue>
#include <QXmlStreamReader>

namespace slp {

namespace {

using Result = FormatResult<QList<SlrAuthorizationCode>>;

QString readEntitlement(QXmlStreamReader &xml, SlrAuthorizationCode *code)
{
    SlrEntitlement entitlement;
    const QString where = SafeXml::where(xml);
    while (xml.readNextStartElement()) {
        const QString name = xml.name().toString();
        QString error;
        const QString text = SafeXml::readText(xml, &error).trimmed();
        if (!error.isEmpty())
            return error;
        if (name == QLatin1String("tag")) {
            entitlement.tag = text;
        } else if (name == QLatin1String("count")) {
            const std::optional<qint64> count = JsonFields::integer(QJsonValue(text));
            if (!count)
                return QStringLiteral("<count> \"%1\" of the entitlement at %2 is not a whole number")
                    .arg(text.left(32), where);
            entitlement.count = *count;
        } else if (name == QLatin1String("startDate")) {
            entitlement.startDate = text;
        } else if (name == QLatin1String("endDate")) {
            entitlement.endDate = text;
        } else if (name == QLatin1String("licenseType")) {
            entitlement.licenseType = text;
        } else if (name == QLatin1String("displayName")) {
            entitlement.displayName = text;
        } else if (name == QLatin1String("tagDescription")) {
            entitlement.tagDescription = text;
        } else if (name == QLatin1String("subscriptionID")) {
            entitlement.subscriptionId = text;
        } else {
            code->warnings.append(QStringLiteral("unknown element <entitlement><%1> ignored").arg(name));
        }
    }
    if (xml.hasError())
        return SafeXml::describeError(xml);
    if (entitlement.tag.isEmpty())
        return QStringLiteral("the entitlement at %1 has no <tag>").arg(where);
    code->entitlements.append(entitlement);
    return {};
}

QString readAuthorization(QXmlStreamReader &xml, SlrAuthorizationCode *code)
{
    while (xml.readNextStartElement()) {
        const QString name = xml.name().toString();
        if (name == QLatin1String("entitlements")) {
            while (xml.readNextStartElement()) {
                if (xml.name() != QLatin1String("entitlement")) {
                    code->warnings.append(QStringLiteral("unknown element <entitlements><%1> ignored").arg(xml.name()));
                    xml.skipCurrentElement();
                    continue;
                }
                if (code->entitlements.size() >= SlrAuthorizationCodeReader::maxEntitlements)
                    return QStringLiteral("more than %1 entitlements").arg(SlrAuthorizationCodeReader::maxEntitlements);
                if (const QString error = readEntitlement(xml, code); !error.isEmpty())
                    return error;
            }
            continue;
        }
        QString error;
        const QString text = SafeXml::readText(xml, &error).trimmed();
        if (!error.isEmpty())
            return error;
        if (name == QLatin1String("flag"))
            code->flag = text;
        else if (name == QLatin1String("version"))
            code->version = text;
        else if (name == QLatin1String("piid"))
            code->piid = text;
        else if (name == QLatin1String("timestamp"))
            code->timestamp = text;
        else
            code->warnings.append(QStringLiteral("unknown element <authorizationCode><%1> ignored").arg(name));
    }
    return xml.hasError() ? SafeXml::describeError(xml) : QString();
}

FormatResult<SlrAuthorizationCode> readOne(const QByteArray &bytes)
{
    using One = FormatResult<SlrAuthorizationCode>;
    QXmlStreamReader xml(bytes);
    if (const QString error = SafeXml::openRoot(xml, bytes.size()); !error.isEmpty())
        return One::failure(error);
    if (xml.name() != QLatin1String("specificPLR"))
        return One::failure(
            QStringLiteral("root element is <%1>, an authorization code starts with <specificPLR>").arg(xml.name()));

    SlrAuthorizationCode code;
    code.rawXml = bytes.trimmed();
    bool sawAuthorization = false;
    QString udiText;
    while (xml.readNextStartElement()) {
        QString error;
        if (xml.name() == QLatin1String("authorizationCode")) {
            sawAuthorization = true;
            error = readAuthorization(xml, &code);
        } else if (xml.name() == QLatin1String("signature")) {
            code.signature = SafeXml::readText(xml, &error).trimmed();
        } else if (xml.name() == QLatin1String("udi")) {
            udiText = SafeXml::readText(xml, &error).trimmed();
        } else {
            code.warnings.append(QStringLiteral("unknown element <specificPLR><%1> ignored").arg(xml.name()));
            xml.skipCurrentElement();
        }
        if (!error.isEmpty())
            return One::failure(error);
    }
    if (const QString error = SafeXml::finishDocument(xml); !error.isEmpty())
        return One::failure(error);
    if (!sawAuthorization)
        return One::failure(QStringLiteral("<specificPLR> has no <authorizationCode>"));
    if (code.signature.isEmpty())
        return One::failure(QStringLiteral("<specificPLR> has no <signature>"));
    const std::optional<Udi> udi = UdiFields::fromText(udiText);
    if (!udi) {
        return One::failure(udiText.isEmpty()
                                ? QStringLiteral("<specificPLR> has no <udi>")
                                : QStringLiteral("<udi> \"%1\" is not P:<pid>,S:<serial>").arg(udiText.left(128)));
    }
    code.udi = *udi;
    return One::success(std::move(code));
}

} // namespace

FormatResult<QList<SlrAuthorizationCode>> SlrAuthorizationCodeReader::read(const QByteArray &fileBytes)
{
    if (fileBytes.size() > SafeXml::maxDocumentBytes)
        return Result::failure(
            QStringLiteral("file is %1 bytes, more than an authorization code file can be").arg(fileBytes.size()));
    // Codes for an HA router come one after the other, which is not one XML document: cut the
    // file after each closing tag and read every piece as its own document.
    static const QByteArray closingTag = QByteArrayLiteral("</specificPLR>");
    QList<QByteArray> pieces;
    for (qsizetype start = 0; start < fileBytes.size();) {
        const qsizetype close = fileBytes.indexOf(closingTag, start);
        const qsizetype end = close < 0 ? fileBytes.size() : close + closingTag.size();
        if (const QByteArray piece = fileBytes.mid(start, end - start); !piece.trimmed().isEmpty())
            pieces.append(piece);
        start = end;
    }
    if (pieces.size() > maxCodes)
        return Result::failure(QStringLiteral("more than %1 authorization codes in one file").arg(maxCodes));
    QList<SlrAuthorizationCode> codes;
    for (const QByteArray &piece : std::as_const(pieces)) {
        FormatResult<SlrAuthorizationCode> code = readOne(piece);
        if (!code && pieces.size() == 1)
            return Result::failure(code.error());
        if (!code)
            return Result::failure(
                QStringLiteral("authorization code #%1: %2").arg(codes.size() + 1).arg(code.error()));
        codes.append(std::move(code).value());
    }
    if (codes.isEmpty())
        return Result::failure(QStringLiteral("the file is empty"));
    return Result::success(std::move(codes));
}

} // namespace slp
