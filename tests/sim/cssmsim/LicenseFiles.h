#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace slp::cssmsim {

// The files CSSM signs, in the forms xrsim accepts (tests/sim/PROTOCOL.md sections 5 and 6). Written
// here independently of the console's readers and of xrsim's code.
namespace licensefiles {

// b64({"payload":"<payload>","signature":"<b64 HMAC(key, payload)>"})
QByteArray envelope(const QByteArray &key, const QByteArray &payload);
// The payload of an envelope whose signature checks out with `key`; nullopt otherwise.
std::optional<QByteArray> openEnvelope(const QByteArray &key, const QByteArray &envelopeText);

// An ACK file (xrsim-ack/1) for `udi` acknowledging `reportIds`.
QByteArray ackFile(const QByteArray &labKey, const QString &udi, qint64 timestamp, const QList<qint64> &reportIds,
                   bool installTrust);

struct AuthorizationCode
{
    QByteArray element; // "<authorizationCode>...</authorizationCode>"
    QByteArray file; // the whole one-line "<specificPLR>...</specificPLR>"
};
struct Entitlement
{
    QString tag;
    qint64 count = 0;
    QString displayName;
    QString licenseType = QStringLiteral("PERPETUAL");
};
AuthorizationCode authorizationCode(const QByteArray &labKey, const QString &pid, const QString &serial,
                                    qint64 timestampMs, const QList<Entitlement> &entitlements);

// An SLR request code `C<v>-Z<PID>:<SN>-<9 alphanumerics>-<2 hex>` split into PID and serial after its
// check digits were verified; nullopt and a reason otherwise.
std::optional<QPair<QString, QString>> parseRequestCode(const QString &code, QString *problem);

// What xrsim prints for `license smart reservation return local` after installing `authorizationElement`.
QString expectedReturnCode(const QByteArray &routerKey, const QString &udi, const QByteArray &authorizationElement);

// An ID token xrsim accepts for this smart/virtual account.
QString idToken(const QByteArray &labKey, const QString &smartAccount, const QString &virtualAccount, qint64 expires);

} // namespace licensefiles

} // namespace slp::cssmsim
