#include "ReservationCodes.h"

#include "SignedEnvelope.h"
#include "crypto/Hmac.h"

#include <QXmlStreamReader>

namespace slp::xrsim::reservation {

namespace {

const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

QString alphanumeric(const QByteArray &bytes, int length)
{
    QString text;
    for (int i = 0; i < length; ++i)
        text += QLatin1Char(kAlphabet[static_cast<quint8>(bytes.at(i % bytes.size())) % 62]);
    return text;
}

} // namespace

QString requestCode(const QString &pid, const QString &serial, const QByteArray &entropy)
{
    const QString head = QStringLiteral("CC-Z%1:%2-%3").arg(pid, serial, alphanumeric(entropy, 9));
    const QByteArray check = sha256(head.toLatin1()).left(1).toHex().toUpper();
    return head + QLatin1Char('-') + QString::fromLatin1(check);
}

QString confirmationCode(const QByteArray &routerKey, const QByteArray &authorizationElement)
{
    return QString::fromLatin1(
        hmacSha256(routerKey, QByteArrayLiteral("confirm|") + authorizationElement).toHex().left(8));
}

QString returnCode(const QByteArray &routerKey, const QString &udi, const QString &confirmation)
{
    const QByteArray material
        = hmacSha256(routerKey, QByteArrayLiteral("return|") + udi.toUtf8() + '|' + confirmation.toUtf8());
    const QByteArray more = hmacSha256(routerKey, material);
    const QString text = alphanumeric(material + more, 51);
    QStringList groups;
    for (int i = 0; i < 8; ++i)
        groups.append(text.mid(i * 6, 6));
    groups.append(text.mid(48, 3));
    return groups.join(QLatin1Char('-'));
}

std::optional<AuthorizationCode> AuthorizationCode::parse(const QByteArray &file, const QByteArray &labKey,
                                                          Problem *problem)
{
    *problem = Problem::Malformed;
    const auto plr = wholeElement(file, "specificPLR");
    const auto element = plr ? wholeElement(*plr, "authorizationCode") : std::nullopt;
    const auto signature = plr ? elementText(*plr, "signature") : std::nullopt;
    const auto udi = plr ? elementText(*plr, "udi") : std::nullopt;
    if (!element || !signature || !udi)
        return std::nullopt;
    AuthorizationCode code;
    code.element = *element;
    code.udi = QString::fromUtf8(*udi).trimmed();
    QXmlStreamReader xml(*element);
    QString tag;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("tag")) {
            tag = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("count")) {
            bool ok = false;
            const int count = xml.readElementText().toInt(&ok);
            if (!ok || tag.isEmpty() || count < 0)
                return std::nullopt;
            code.entitlements.append({tag, count});
            tag.clear();
        }
    }
    if (xml.hasError() || code.entitlements.isEmpty())
        return std::nullopt;
    const QByteArray expected = hmacSha256(labKey, code.element + '|' + code.udi.toUtf8());
    if (!equalDigests(QByteArray::fromBase64(signature->trimmed()), expected)) {
        *problem = Problem::BadSignature;
        return std::nullopt;
    }
    *problem = Problem::None;
    return code;
}

} // namespace slp::xrsim::reservation
