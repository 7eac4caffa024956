#pragma once

#include <QString>

namespace slp {

// Why a CSSM job failed, for the UI to pick a remedy, and a message worded for an admin.
struct CssmError
{
    enum class Kind {
        None,
        Configuration, // missing URL, client id, unreadable CA bundle, no secret
        Network, // connection refused or dropped, DNS, proxy
        Timeout, // no answer in time
        Tls, // certificate refused; the message names the problem, subject and fingerprint
        Authentication, // OAuth refused, or 401 after one renewal
        Http, // any other HTTP error status
        Rejected, // the server answered status FAILED (e.g. tampered or duplicate report)
        Protocol, // an answer the client cannot read
        Cancelled,
    };

    Kind kind = Kind::None;
    QString message;
    int httpStatus = 0;

    bool ok() const { return kind == Kind::None; }
    static QString kindName(Kind kind);
};

} // namespace slp
