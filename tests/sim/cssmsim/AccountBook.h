#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace slp::cssmsim {

// Smart accounts, virtual accounts and their license pools (from `--accounts`), plus what happens to
// them: usage reported per device, licenses reserved by SLR, ID tokens handed out, report ids seen.
// The accounts file format is in tests/sim/CSSMSIM.md.
class AccountBook
{
public:
    struct License
    {
        QString tag;
        QString displayName;
        qint64 quantity = 0;
        QString type = QStringLiteral("PERPETUAL");
        bool enforced = false;
        bool exportRestricted = false;
    };
    struct VirtualAccount
    {
        QString id;
        QString name;
        bool isDefault = false;
        QList<License> licenses;
        QHash<QString, qint64> reserved; // tag -> count drawn by SLR
        QHash<QString, QHash<QString, qint64>> usage; // tag -> UDI -> count last reported
        QJsonArray tokens; // {token, description, expiresAt, exportControlled, createdAt}
    };
    struct SmartAccount
    {
        QString id;
        QString domain;
        QString name;
        QList<VirtualAccount> virtualAccounts;
    };
    struct Reservation
    {
        QString virtualAccountId;
        QByteArray authorizationElement; // exact "<authorizationCode>...</authorizationCode>" bytes
        QList<QPair<QString, qint64>> entitlements;
    };

    AccountBook(); // one smart account "Lab" with an empty default virtual account
    bool load(const QString &path, QString *problem);

    QJsonObject stateJson() const;
    void restoreState(const QJsonObject &state);

    QList<SmartAccount> &accounts() { return m_accounts; }
    // By id or name; an empty `smartAccount` means any. Null when there is no such account.
    SmartAccount *smartAccount(const QString &idOrDomainOrName);
    VirtualAccount *virtualAccount(const QString &smartAccount, const QString &virtualAccount);
    SmartAccount *ownerOf(const VirtualAccount *virtualAccount);
    const License *license(const VirtualAccount &account, const QString &tag) const;
    qint64 inUse(const VirtualAccount &account, const QString &tag) const;

    bool reportSeen(const QString &udi, qint64 reportId) const;
    void markReportSeen(const QString &udi, qint64 reportId);

    QHash<QString, Reservation> &reservations() { return m_reservations; }

private:
    QList<SmartAccount> m_accounts;
    QHash<QString, QSet<qint64>> m_seenReports;
    QHash<QString, Reservation> m_reservations; // by UDI
};

} // namespace slp::cssmsim
