#include "SafeXml.h"

namespace slp {

QString SafeXml::openRoot(QXmlStreamReader &xml, qsizetype documentBytes)
{
    if (documentBytes > maxDocumentBytes) {
        return QStringLiteral("file is %1 bytes, more than the %2 bytes allowed for a licensing file")
            .arg(documentBytes)
            .arg(maxDocumentBytes);
    }
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartDocument: {
            const QString encoding = xml.documentEncoding().toString();
            if (!encoding.isEmpty() && encoding.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) != 0)
                return QStringLiteral("XML declares encoding \"%1\"; licensing files must be UTF-8").arg(encoding);
            break;
        }
        case QXmlStreamReader::DTD:
            // Refused outright: a DTD can declare entities, and nothing Cisco writes carries one.
            return QStringLiteral("XML document type declaration (DOCTYPE) at %1 is not allowed").arg(where(xml));
        case QXmlStreamReader::StartElement:
            return {};
        case QXmlStreamReader::Invalid:
            return describeError(xml);
        default:
            break;
        }
    }
    if (xml.hasError())
        return describeError(xml);
    return QStringLiteral("no XML root element");
}

QString SafeXml::finishDocument(QXmlStreamReader &xml)
{
    if (xml.hasError())
        return describeError(xml);
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::Invalid)
            return describeError(xml);
        if (token == QXmlStreamReader::StartElement)
            return QStringLiteral("unexpected second root element <%1> at %2").arg(xml.name(), where(xml));
    }
    return {};
}

QString SafeXml::where(const QXmlStreamReader &xml)
{
    return QStringLiteral("line %1, column %2").arg(xml.lineNumber()).arg(xml.columnNumber());
}

QString SafeXml::describeError(const QXmlStreamReader &xml)
{
    if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
        return QStringLiteral("XML ends early (truncated file?) at %1").arg(where(xml));
    return QStringLiteral("malformed XML at %1: %2").arg(where(xml), xml.errorString());
}

QString SafeXml::readText(QXmlStreamReader &xml, QString *error)
{
    const QString element = xml.name().toString();
    const QString text = xml.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
    if (xml.hasError()) {
        if (xml.error() == QXmlStreamReader::UnexpectedElementError)
            *error = QStringLiteral("<%1> must hold text only, found a child element at %2").arg(element, where(xml));
        else
            *error = describeError(xml);
    }
    return text;
}

} // namespace slp
