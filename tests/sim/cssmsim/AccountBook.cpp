#include "AccountBook.h"

#include <JsonFieldReader.h>

#include <QFile>
#include <QJsonDocument>

namespace slp::cssmsim {

using slp::sim::JsonFieldReader;

AccountBook::AccountBook()
{
    SmartAccount account {QStringLiteral("100001"), QStringLiteral("lab.example.com"), QStringLiteral("Lab"), {}};
    VirtualAccount virtualAccount;
    virtualAccount.id = QStringLiteral("200001");
    virtualAccount.name = QStringLiteral("DEFAULT");
    virtualAccount.isDefault = true;
    account.virtualAccounts.append(virtualAccount);
    m_accounts.append(account);
}

bool AccountBook::load(const QString &path, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *problem = QStringLiteral("%1: not a JSON object (%2 at offset %3)")
                       .arg(path, parseError.errorString())
                       .arg(parseError.offset);
        return false;
    }
    QStringList errors;
    JsonFieldReader root(document.object(), {}, &errors);
    if (root.string(QStringLiteral("schema"), {}, true) != QLatin1String("cssmsim-accounts/1"))
        root.fail(QStringLiteral("schema"), QStringLiteral("expected \"cssmsim-accounts/1\""));
    root.rejectUnknownKeys({QStringLiteral("schema"), QStringLiteral("accounts")});
    QList<SmartAccount> accounts;
    const QJsonArray accountArray = root.array(QStringLiteral("accounts"));
    for (qsizetype i = 0; i < accountArray.size(); ++i) {
        JsonFieldReader sa(accountArray.at(i).toObject(), QStringLiteral("accounts[%1]").arg(i), &errors);
        sa.rejectUnknownKeys({QStringLiteral("id"), QStringLiteral("domain"), QStringLiteral("name"),
                              QStringLiteral("virtualAccounts")});
        SmartAccount account {sa.string(QStringLiteral("id"), {}, true),
                              sa.string(QStringLiteral("domain"), {}, true),
                              sa.string(QStringLiteral("name"), {}, true),
                              {}};
        const QJsonArray vaArray = sa.array(QStringLiteral("virtualAccounts"));
        for (qsizetype j = 0; j < vaArray.size(); ++j) {
            const QString vaPath = QStringLiteral("accounts[%1].virtualAccounts[%2]").arg(i).arg(j);
            JsonFieldReader va(vaArray.at(j).toObject(), vaPath, &errors);
            va.rejectUnknownKeys(
                {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("default"), QStringLiteral("licenses")});
            VirtualAccount virtualAccount;
            virtualAccount.id = va.string(QStringLiteral("id"), {}, true);
            virtualAccount.name = va.string(QStringLiteral("name"), {}, true);
            virtualAccount.isDefault = va.boolean(QStringLiteral("default"), false);
            const QJsonArray licenseArray = va.array(QStringLiteral("licenses"));
            for (qsizetype k = 0; k < licenseArray.size(); ++k) {
                JsonFieldReader lic(licenseArray.at(k).toObject(), vaPath + QStringLiteral(".licenses[%1]").arg(k),
                                    &errors);
                lic.rejectUnknownKeys({QStringLiteral("tag"), QStringLiteral("displayName"), QStringLiteral("quantity"),
                                       QStringLiteral("type"), QStringLiteral("enforced"),
                                       QStringLiteral("exportRestricted")});
                License license;
                license.tag = lic.string(QStringLiteral("tag"), {}, true);
                license.displayName = lic.string(QStringLiteral("displayName"), license.tag);
                license.quantity = lic.integer(QStringLiteral("quantity"), 0, 0, 1'000'000'000, true);
                license.type
                    = lic.choice(QStringLiteral("type"), {QStringLiteral("PERPETUAL"), QStringLiteral("SUBSCRIPTION")},
                                 QStringLiteral("PERPETUAL"));
                license.enforced = lic.boolean(QStringLiteral("enforced"), false);
                license.exportRestricted = lic.boolean(QStringLiteral("exportRestricted"), false);
                virtualAccount.licenses.append(license);
            }
            account.virtualAccounts.append(virtualAccount);
        }
        if (account.virtualAccounts.isEmpty())
            sa.fail(QStringLiteral("virtualAccounts"), QStringLiteral("at least one virtual account is needed"));
        accounts.append(account);
    }
    if (accounts.isEmpty() && errors.isEmpty())
        root.fail(QStringLiteral("accounts"), QStringLiteral("at least one smart account is needed"));
    if (!errors.isEmpty()) {
        *problem = path + QStringLiteral(": ") + errors.join(QStringLiteral("\n") + path + QStringLiteral(": "));
        return false;
    }
    m_accounts = accounts;
    return true;
}

AccountBook::SmartAccount *AccountBook::smartAccount(const QString &idOrDomainOrName)
{
    for (SmartAccount &account : m_accounts) {
        if (idOrDomainOrName.isEmpty() || account.id == idOrDomainOrName || account.domain == idOrDomainOrName
            || account.name == idOrDomainOrName)
            return &account;
    }
    return nullptr;
}

AccountBook::VirtualAccount *AccountBook::virtualAccount(const QString &smartAccountKey,
                                                         const QString &virtualAccountKey)
{
    SmartAccount *account = smartAccount(smartAccountKey);
    if (!account)
        return nullptr;
    for (VirtualAccount &va : account->virtualAccounts) {
        if (virtualAccountKey.isEmpty() ? va.isDefault : (va.id == virtualAccountKey || va.name == virtualAccountKey))
            return &va;
    }
    if (virtualAccountKey.isEmpty() && !account->virtualAccounts.isEmpty())
        return &account->virtualAccounts.first();
    return nullptr;
}

AccountBook::SmartAccount *AccountBook::ownerOf(const VirtualAccount *virtualAccount)
{
    for (SmartAccount &account : m_accounts) {
        for (const VirtualAccount &va : std::as_const(account.virtualAccounts)) {
            if (&va == virtualAccount)
                return &account;
        }
    }
    return nullptr;
}

const AccountBook::License *AccountBook::license(const VirtualAccount &account, const QString &tag) const
{
    for (const License &candidate : account.licenses) {
        if (candidate.tag == tag)
            return &candidate;
    }
    return nullptr;
}

qint64 AccountBook::inUse(const VirtualAccount &account, const QString &tag) const
{
    qint64 total = 0;
    for (const qint64 count : account.usage.value(tag))
        total += count;
    return total;
}

bool AccountBook::reportSeen(const QString &udi, qint64 reportId) const
{
    return m_seenReports.value(udi).contains(reportId);
}

void AccountBook::markReportSeen(const QString &udi, qint64 reportId)
{
    m_seenReports[udi].insert(reportId);
}

QJsonObject AccountBook::stateJson() const
{
    QJsonObject virtualAccounts;
    for (const SmartAccount &account : m_accounts) {
        for (const VirtualAccount &va : account.virtualAccounts) {
            QJsonObject reserved;
            for (auto it = va.reserved.cbegin(); it != va.reserved.cend(); ++it)
                reserved.insert(it.key(), it.value());
            QJsonObject usage;
            for (auto it = va.usage.cbegin(); it != va.usage.cend(); ++it) {
                QJsonObject perDevice;
                for (auto device = it->cbegin(); device != it->cend(); ++device)
                    perDevice.insert(device.key(), device.value());
                usage.insert(it.key(), perDevice);
            }
            virtualAccounts.insert(va.id,
                                   QJsonObject {{QStringLiteral("reserved"), reserved},
                                                {QStringLiteral("usage"), usage},
                                                {QStringLiteral("tokens"), va.tokens}});
        }
    }
    QJsonObject seen;
    for (auto it = m_seenReports.cbegin(); it != m_seenReports.cend(); ++it) {
        QJsonArray ids;
        for (const qint64 id : *it)
            ids.append(QString::number(id));
        seen.insert(it.key(), ids);
    }
    QJsonObject reservations;
    for (auto it = m_reservations.cbegin(); it != m_reservations.cend(); ++it) {
        QJsonArray entitlements;
        for (const auto &[tag, count] : it->entitlements)
            entitlements.append(QJsonObject {{QStringLiteral("tag"), tag}, {QStringLiteral("count"), count}});
        reservations.insert(
            it.key(),
            QJsonObject {{QStringLiteral("virtualAccountId"), it->virtualAccountId},
                         {QStringLiteral("authorizationElement"), QString::fromUtf8(it->authorizationElement)},
                         {QStringLiteral("entitlements"), entitlements}});
    }
    return {{QStringLiteral("virtualAccounts"), virtualAccounts},
            {QStringLiteral("seenReports"), seen},
            {QStringLiteral("reservations"), reservations}};
}

void AccountBook::restoreState(const QJsonObject &state)
{
    const QJsonObject virtualAccounts = state.value(QStringLiteral("virtualAccounts")).toObject();
    for (SmartAccount &account : m_accounts) {
        for (VirtualAccount &va : account.virtualAccounts) {
            const QJsonObject saved = virtualAccounts.value(va.id).toObject();
            const QJsonObject reserved = saved.value(QStringLiteral("reserved")).toObject();
            for (auto it = reserved.begin(); it != reserved.end(); ++it)
                va.reserved.insert(it.key(), it.value().toInteger());
            const QJsonObject usage = saved.value(QStringLiteral("usage")).toObject();
            for (auto it = usage.begin(); it != usage.end(); ++it) {
                const QJsonObject perDevice = it.value().toObject();
                for (auto device = perDevice.begin(); device != perDevice.end(); ++device)
                    va.usage[it.key()].insert(device.key(), device.value().toInteger());
            }
            va.tokens = saved.value(QStringLiteral("tokens")).toArray();
        }
    }
    const QJsonObject seen = state.value(QStringLiteral("seenReports")).toObject();
    for (auto it = seen.begin(); it != seen.end(); ++it) {
        for (const QJsonValue &id : it.value().toArray())
            m_seenReports[it.key()].insert(id.toString().toLongLong());
    }
    const QJsonObject reservations = state.value(QStringLiteral("reservations")).toObject();
    for (auto it = reservations.begin(); it != reservations.end(); ++it) {
        const QJsonObject saved = it.value().toObject();
        Reservation reservation;
        reservation.virtualAccountId = saved.value(QStringLiteral("virtualAccountId")).toString();
        reservation.authorizationElement = saved.value(QStringLiteral("authorizationElement")).toString().toUtf8();
        for (const QJsonValue &entry : saved.value(QStringLiteral("entitlements")).toArray())
            reservation.entitlements.append({entry.toObject().value(QStringLiteral("tag")).toString(),
                                             entry.toObject().value(QStringLiteral("count")).toInteger()});
        m_reservations.insert(it.key(), reservation);
    }
}

} // namespace slp::cssmsim
