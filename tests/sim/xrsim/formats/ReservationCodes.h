#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace slp::xrsim {

// Specific License Reservation codes (tests/sim/PROTOCOL.md section 6).
namespace reservation {

// "CC-Z<PID>:<SN>-<9 chars>-<2 hex>"; the 9 characters come from `entropy`.
QString requestCode(const QString &pid, const QString &serial, const QByteArray &entropy);
// 8 lowercase hex digits: HMAC-SHA256(router key, "confirm|" + <authorizationCode> element).
QString confirmationCode(const QByteArray &routerKey, const QByteArray &authorizationElement);
// 8 groups of 6 and one of 3 alphanumerics: from HMAC-SHA256(router key, "return|" + UDI + "|" + confirmation).
QString returnCode(const QByteArray &routerKey, const QString &udi, const QString &confirmation);

struct AuthorizationCode
{
    QByteArray element; // "<authorizationCode>...</authorizationCode>", bytes as received
    QString udi; // "P:<pid>,S:<sn>"
    QList<QPair<QString, int>> entitlements;

    enum class Problem { None, Malformed, BadSignature };
    // Verifies the <signature> (HMAC-SHA256(lab key, element + "|" + udi), base64) of a <specificPLR> code.
    static std::optional<AuthorizationCode> parse(const QByteArray &file, const QByteArray &labKey, Problem *problem);
};

} // namespace reservation

} // namespace slp::xrsim
