#include "CssmResults.h"

namespace slp::cssmresults {

namespace {

QString udiOf(const QJsonObject &sudi)
{
    return QStringLiteral("PID:%1,SN:%2")
        .arg(sudi.value(QStringLiteral("udi_pid")).toString(),
             sudi.value(QStringLiteral("udi_serial_number")).toString());
}

qint64 count(const QJsonValue &value)
{
    return value.isString() ? value.toString().toLongLong() : value.toInteger();
}

CssmIdToken idToken(const QJsonObject &object)
{
    return {object.value(QStringLiteral("token")).toString(), object.value(QStringLiteral("description")).toString(),
            object.value(QStringLiteral("expirationDate")).toString(),
            count(object.value(QStringLiteral("expiresAfterDays"))),
            object.value(QStringLiteral("exportControlled")).toString()};
}

} // namespace

QString idText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        // LargeIntegerJson already turned anything that a double could round into a string.
        if (number >= 0 && number < 9007199254740992.0 && number == static_cast<double>(static_cast<qint64>(number)))
            return QString::number(static_cast<qint64>(number));
    }
    return {};
}

QList<CssmAcknowledgement> acknowledgements(const QJsonArray &results)
{
    QList<CssmAcknowledgement> list;
    for (const QJsonValue &value : results) {
        const QJsonObject entry = value.toObject();
        list.append({udiOf(entry.value(QStringLiteral("sudi")).toObject()),
                     entry.value(QStringLiteral("software_tag_identifier")).toString(),
                     QByteArray::fromBase64(entry.value(QStringLiteral("smart_license")).toString().toLatin1())});
    }
    return list;
}

QList<CssmAuthorization> authorizations(const QJsonArray &results)
{
    QList<CssmAuthorization> list;
    for (const QJsonValue &value : results) {
        const QJsonObject entry = value.toObject();
        list.append({udiOf(entry.value(QStringLiteral("sudi")).toObject()),
                     entry.value(QStringLiteral("status")).toString() == QLatin1String("SUCCESS"),
                     entry.value(QStringLiteral("status_message")).toString(),
                     QByteArray::fromBase64(entry.value(QStringLiteral("smart_license")).toString().toLatin1())});
    }
    return list;
}

QList<CssmReservationResult> reservations(const QJsonObject &answer)
{
    QList<CssmReservationResult> list;
    for (const QJsonValue &value : answer.value(QStringLiteral("authorizationCodes")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString status = entry.value(QStringLiteral("status")).toString();
        const QByteArray code = entry.value(QStringLiteral("authorizationCode")).toString().toUtf8();
        list.append({entry.value(QStringLiteral("reservationCode")).toString(),
                     status.isEmpty() ? !code.isEmpty() : status == QLatin1String("SUCCESS"),
                     entry.value(QStringLiteral("statusMessage")).toString(), code});
    }
    return list;
}

QList<CssmIdToken> idTokens(const QJsonObject &answer)
{
    QList<CssmIdToken> list;
    for (const QJsonValue &value : answer.value(QStringLiteral("tokens")).toArray())
        list.append(idToken(value.toObject()));
    return list;
}

CssmIdToken createdIdToken(const QJsonObject &answer)
{
    return idToken(answer.value(QStringLiteral("tokenInfo")).toObject());
}

QList<CssmLicenseSummaryEntry> licenseSummary(const QJsonObject &answer)
{
    QList<CssmLicenseSummaryEntry> list;
    for (const QJsonValue &value : answer.value(QStringLiteral("summary")).toArray()) {
        const QJsonObject entry = value.toObject();
        list.append({entry.value(QStringLiteral("tag")).toString(),
                     entry.value(QStringLiteral("display_name")).toString(),
                     entry.value(QStringLiteral("compliance_status")).toString(),
                     entry.value(QStringLiteral("enforced")).toBool(),
                     entry.value(QStringLiteral("export_restricted")).toBool(),
                     count(entry.value(QStringLiteral("prepaid_entitled"))),
                     count(entry.value(QStringLiteral("prepaid_inuse"))),
                     count(entry.value(QStringLiteral("prepaid_reserved")))});
    }
    return list;
}

QList<CssmSmartAccountInfo> accounts(const QJsonObject &answer)
{
    QList<CssmSmartAccountInfo> list;
    for (const QJsonValue &value : answer.value(QStringLiteral("accounts")).toArray()) {
        const QJsonObject entry = value.toObject();
        CssmSmartAccountInfo account {idText(entry.value(QStringLiteral("account_id"))),
                                      entry.value(QStringLiteral("domain")).toString(),
                                      entry.value(QStringLiteral("name")).toString(),
                                      {}};
        for (const QJsonValue &va : entry.value(QStringLiteral("virtual_accounts")).toArray()) {
            const QJsonObject v = va.toObject();
            account.virtualAccounts.append({idText(v.value(QStringLiteral("virtual_account_id"))),
                                            v.value(QStringLiteral("name")).toString(),
                                            v.value(QStringLiteral("default")).toBool()});
        }
        list.append(account);
    }
    return list;
}

} // namespace slp::cssmresults
