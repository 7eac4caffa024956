#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

namespace slp {

// Words a refused server certificate for an admin: what is wrong (untrusted issuer, expired, not
// yet valid, CN/SAN does not match the host), with the certificate's subject and SHA-256
// fingerprint so it can be checked out of band. There is deliberately no way to accept it anyway.
class TlsProblem
{
public:
    static QString describe(const QString &host, const QList<QSslError> &errors, const QSslCertificate &peer);
    static QString fingerprint(const QSslCertificate &certificate); // "AB:CD:..." (SHA-256)
    static QString subject(const QSslCertificate &certificate); // "CN=..., O=..."
};

} // namespace slp
