// The account-facing endpoints of CssmService: SLR reserve/return, ID tokens, license summary, search.
#include "CssmService.h"
#include "LicenseFiles.h"

#include <QDateTime>
#include <QJsonDocument>

namespace slp::cssmsim {

namespace {

QJsonObject bodyObject(const HttpRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

QJsonValue idValue(const QString &id)
{
    // Ids travel as text here; CssmService::withBigIds turns digit ids into bare numbers when asked.
    return id;
}

} // namespace

HttpResponse CssmService::reserveLicenses(AccountBook::VirtualAccount *account, const HttpRequest &request)
{
    const QJsonArray requests = bodyObject(request).value(QStringLiteral("reservationRequests")).toArray();
    if (requests.isEmpty())
        return failed(QStringLiteral("reservationRequests is missing or empty"), 400);
    QJsonArray codes;
    int succeeded = 0;
    for (const QJsonValue &value : requests) {
        const QJsonObject entry = value.toObject();
        const QString requestCode = entry.value(QStringLiteral("reservationCode")).toString();
        QJsonObject result {{QStringLiteral("reservationCode"), requestCode}};
        QString problem;
        const auto udiParts = licensefiles::parseRequestCode(requestCode, &problem);
        QList<licensefiles::Entitlement> entitlements;
        if (udiParts) {
            const QString udi = QStringLiteral("PID:%1,SN:%2").arg(udiParts->first, udiParts->second);
            // A new reservation for the same device replaces the old one: its licenses come back first.
            const AccountBook::Reservation previous = m_book.reservations().value(udi);
            auto available = [&](const QString &tag) {
                const AccountBook::License *license = m_book.license(*account, tag);
                qint64 free = license ? license->quantity - account->reserved.value(tag) : 0;
                if (previous.virtualAccountId == account->id) {
                    for (const auto &[oldTag, count] : previous.entitlements)
                        free += oldTag == tag ? count : 0;
                }
                return free;
            };
            for (const QJsonValue &licenseValue : entry.value(QStringLiteral("licenses")).toArray()) {
                const QJsonObject wanted = licenseValue.toObject();
                const QString tag = wanted.value(QStringLiteral("entitlementTag")).toString();
                const qint64 quantity = wanted.value(QStringLiteral("quantity")).toInteger(0);
                const AccountBook::License *license = m_book.license(*account, tag);
                if (!license) {
                    problem = QStringLiteral("No license %1 in virtual account %2").arg(tag, account->name);
                    break;
                }
                if (quantity <= 0 || quantity > available(tag)) {
                    problem = QStringLiteral(
                                  "Insufficient licenses for %1 in virtual account %2: requested %3, available %4")
                                  .arg(tag, account->name)
                                  .arg(quantity)
                                  .arg(available(tag));
                    break;
                }
                entitlements.append({tag, quantity, license->displayName, license->type});
            }
            if (problem.isEmpty() && entitlements.isEmpty())
                problem = QStringLiteral("The reservation request names no licenses");
            if (problem.isEmpty()) {
                if (AccountBook::VirtualAccount *old = previous.virtualAccountId.isEmpty()
                        ? nullptr
                        : m_book.virtualAccount({}, previous.virtualAccountId)) {
                    for (const auto &[oldTag, count] : previous.entitlements)
                        old->reserved[oldTag] -= count;
                }
                const auto code = licensefiles::authorizationCode(m_keys.labKey(), udiParts->first, udiParts->second,
                                                                  QDateTime::currentMSecsSinceEpoch(), entitlements);
                AccountBook::Reservation reservation {account->id, code.element, {}};
                for (const licensefiles::Entitlement &entitlement : std::as_const(entitlements)) {
                    account->reserved[entitlement.tag] += entitlement.count;
                    reservation.entitlements.append({entitlement.tag, entitlement.count});
                }
                m_book.reservations().insert(udi, reservation);
                result.insert(QStringLiteral("authorizationCode"), QString::fromUtf8(code.file));
                result.insert(QStringLiteral("status"), QStringLiteral("SUCCESS"));
                result.insert(QStringLiteral("statusMessage"), QStringLiteral("Reserved for %1").arg(udi));
                ++succeeded;
            }
        }
        if (!problem.isEmpty()) {
            result.insert(QStringLiteral("status"), QStringLiteral("FAILED"));
            result.insert(QStringLiteral("statusMessage"), problem);
        }
        codes.append(result);
    }
    save();
    return HttpResponse::json(
        200,
        {{QStringLiteral("status"), succeeded > 0 ? QStringLiteral("SUCCESS") : QStringLiteral("FAILED")},
         {QStringLiteral("authorizationCodes"), codes}});
}

HttpResponse CssmService::returnReservation(AccountBook::VirtualAccount *account, const HttpRequest &request)
{
    const QJsonObject body = bodyObject(request);
    const QString udi = body.value(QStringLiteral("udi")).toString();
    const QString returnCode = body.value(QStringLiteral("returnCode")).toString().trimmed();
    const auto it = m_book.reservations().find(udi);
    if (it == m_book.reservations().end() || it->virtualAccountId != account->id)
        return failed(QStringLiteral("No reservation for %1 in virtual account %2").arg(udi, account->name));
    const QString expected = licensefiles::expectedReturnCode(m_keys.routerKey(udi), udi, it->authorizationElement);
    if (returnCode != expected)
        return failed(QStringLiteral("The return code does not match the reservation of %1").arg(udi));
    QJsonArray credited;
    for (const auto &[tag, count] : it->entitlements) {
        account->reserved[tag] -= count;
        credited.append(QJsonObject {{QStringLiteral("entitlementTag"), tag}, {QStringLiteral("quantity"), count}});
    }
    m_book.reservations().erase(it);
    save();
    return HttpResponse::json(200,
                              {{QStringLiteral("status"), QStringLiteral("SUCCESS")},
                               {QStringLiteral("udi"), udi},
                               {QStringLiteral("credited"), credited}});
}

HttpResponse CssmService::tokens(AccountBook::VirtualAccount *account, const HttpRequest &request)
{
    if (request.method == "GET")
        return HttpResponse::json(
            200, {{QStringLiteral("status"), QStringLiteral("SUCCESS")}, {QStringLiteral("tokens"), account->tokens}});
    if (request.method != "POST")
        return failed(QStringLiteral("Use GET or POST"), 405);
    const QJsonObject body = bodyObject(request);
    const qint64 days = body.value(QStringLiteral("expiresAfterDays")).toInteger(30);
    if (days < 1 || days > 365)
        return failed(QStringLiteral("expiresAfterDays must be between 1 and 365, not %1").arg(days), 400);
    const AccountBook::SmartAccount *owner = m_book.ownerOf(account);
    const qint64 expires = QDateTime::currentSecsSinceEpoch() + days * 86400;
    const QJsonObject info {
        {QStringLiteral("token"), licensefiles::idToken(m_keys.labKey(), owner->name, account->name, expires)},
        {QStringLiteral("description"), body.value(QStringLiteral("description")).toString()},
        {QStringLiteral("expiresAfterDays"), days},
        {QStringLiteral("expirationDate"), QDateTime::fromSecsSinceEpoch(expires, Qt::UTC).toString(Qt::ISODate)},
        {QStringLiteral("exportControlled"),
         body.value(QStringLiteral("exportControlled")).toString(QStringLiteral("Not Allowed"))}};
    account->tokens.append(info);
    save();
    return HttpResponse::json(
        200, {{QStringLiteral("status"), QStringLiteral("SUCCESS")}, {QStringLiteral("tokenInfo"), info}});
}

HttpResponse CssmService::licenseSummary(const HttpRequest &request)
{
    const QJsonObject body = bodyObject(request);
    AccountBook::VirtualAccount *account = headerAccount(request);
    if (const QString name = body.value(QStringLiteral("virtualAccounts")).toArray().first().toString();
        !name.isEmpty())
        account = m_book.virtualAccount(QString::fromUtf8(request.header("x-csw-smart-account-id")), name);
    if (!account)
        return failed(QStringLiteral("No such virtual account"), 404);
    QJsonArray summary;
    for (const AccountBook::License &license : std::as_const(account->licenses)) {
        const qint64 inUse = m_book.inUse(*account, license.tag);
        const qint64 reserved = account->reserved.value(license.tag);
        summary.append(QJsonObject {{QStringLiteral("tag"), license.tag},
                                    {QStringLiteral("display_name"), license.displayName},
                                    {QStringLiteral("compliance_status"),
                                     inUse + reserved <= license.quantity ? QStringLiteral("In Compliance")
                                                                          : QStringLiteral("Out of Compliance")},
                                    {QStringLiteral("enforced"), license.enforced},
                                    {QStringLiteral("export_restricted"), license.exportRestricted},
                                    {QStringLiteral("license_details"),
                                     QJsonArray {QJsonObject {{QStringLiteral("license_type"), license.type},
                                                              {QStringLiteral("quantity"), license.quantity},
                                                              {QStringLiteral("status"), QStringLiteral("ACTIVE")},
                                                              {QStringLiteral("start_date"), QString()},
                                                              {QStringLiteral("end_date"), QString()}}}},
                                    {QStringLiteral("prepaid_entitled"), license.quantity},
                                    {QStringLiteral("prepaid_inuse"), inUse},
                                    {QStringLiteral("prepaid_reserved"), reserved}});
    }
    return HttpResponse::json(
        200, {{QStringLiteral("status"), QStringLiteral("SUCCESS")}, {QStringLiteral("summary"), summary}});
}

HttpResponse CssmService::accountSearch()
{
    QJsonArray accounts;
    for (const AccountBook::SmartAccount &account : m_book.accounts()) {
        QJsonArray virtualAccounts;
        for (const AccountBook::VirtualAccount &va : account.virtualAccounts) {
            virtualAccounts.append(QJsonObject {{QStringLiteral("virtual_account_id"), idValue(va.id)},
                                                {QStringLiteral("name"), va.name},
                                                {QStringLiteral("default"), va.isDefault}});
        }
        accounts.append(QJsonObject {{QStringLiteral("account_id"), idValue(account.id)},
                                     {QStringLiteral("domain"), account.domain},
                                     {QStringLiteral("name"), account.name},
                                     {QStringLiteral("virtual_accounts"), virtualAccounts}});
    }
    HttpResponse response = HttpResponse::json(
        200, {{QStringLiteral("status"), QStringLiteral("SUCCESS")}, {QStringLiteral("accounts"), accounts}});
    response.body = withBigIds(response.body);
    return response;
}

} // namespace slp::cssmsim
