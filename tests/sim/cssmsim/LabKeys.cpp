#include "LabKeys.h"

#include "SimCrypto.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace slp::cssmsim {

namespace {

std::optional<QByteArray> hexKey(const QJsonValue &value)
{
    const QString text = value.toString();
    const QByteArray key = QByteArray::fromHex(text.toLatin1());
    if (key.size() < 16 || key.toHex() != text.toLower().toLatin1())
        return std::nullopt;
    return key;
}

} // namespace

LabKeys::LabKeys()
    : m_labKey(QByteArrayLiteral("xrsim-demo-lab-cssm-signing-key-change-me"))
{ }

bool LabKeys::loadFleet(const QString &path, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonObject fleet = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError || fleet.isEmpty()) {
        *problem = QStringLiteral("%1: not a JSON object (%2 at offset %3)")
                       .arg(path, parseError.errorString())
                       .arg(parseError.offset);
        return false;
    }
    const QJsonValue labKey = fleet.value(QStringLiteral("lab")).toObject().value(QStringLiteral("cssmSigningKey"));
    if (!labKey.isUndefined()) {
        const auto key = hexKey(labKey);
        if (!key) {
            *problem = QStringLiteral("%1: lab.cssmSigningKey: expected at least 32 hex digits").arg(path);
            return false;
        }
        m_labKey = *key;
    }
    const QJsonArray routers = fleet.value(QStringLiteral("routers")).toArray();
    for (qsizetype i = 0; i < routers.size(); ++i) {
        const QJsonObject router = routers.at(i).toObject();
        if (!router.contains(QStringLiteral("signingKey")))
            continue;
        const auto key = hexKey(router.value(QStringLiteral("signingKey")));
        if (!key) {
            *problem = QStringLiteral("%1: routers[%2].signingKey: expected at least 32 hex digits").arg(path).arg(i);
            return false;
        }
        const QString udi = QStringLiteral("PID:%1,SN:%2")
                                .arg(router.value(QStringLiteral("pid")).toString(),
                                     router.value(QStringLiteral("serial")).toString());
        m_routerKeys.insert(udi, *key);
    }
    return true;
}

QByteArray LabKeys::routerKey(const QString &udi) const
{
    if (const auto it = m_routerKeys.constFind(udi); it != m_routerKeys.constEnd())
        return *it;
    return hmacSha256(m_labKey, QByteArrayLiteral("router-signing-key|") + udi.toUtf8());
}

} // namespace slp::cssmsim
