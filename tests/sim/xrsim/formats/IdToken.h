#pragma once

#include <QString>
#include <optional>

namespace slp::xrsim {

// An ID token as issued by the CSSM simulator (tests/sim/PROTOCOL.md section 5): verifiable offline with
// the lab key, bound to a smart/virtual account, with an expiry.
struct IdToken
{
    QString id;
    QString smartAccount;
    QString virtualAccount;
    qint64 expires = 0;

    enum class Problem { None, Malformed, BadSignature };
    // Accepts the token as typed on the CLI (percent-encoded or not, with or without %0A line breaks).
    static std::optional<IdToken> parse(const QString &text, const QByteArray &labKey, Problem *problem);
};

} // namespace slp::xrsim
