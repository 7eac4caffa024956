#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

namespace slp::cssmsim {

// A throw-away certificate authority generated at start (OpenSSL, P-256), and the server
// certificates it issues. Certificate faults are made here too: a self-signed certificate that no
// CA vouches for, one for another host name, one that has expired.
class TestCa
{
public:
    enum class Kind { Trusted, SelfSigned, WrongHost, Expired };

    struct Issued
    {
        QByteArray certificatePem;
        QByteArray privateKeyPem;
    };

    TestCa();
    ~TestCa();
    TestCa(const TestCa &) = delete;
    TestCa &operator=(const TestCa &) = delete;

    // Empty on success, else what OpenSSL refused.
    QString generate();
    QByteArray caCertificatePem() const;
    // A server certificate for `host` (an IP address or a DNS name), shaped by `kind`.
    Issued issue(const QString &host, Kind kind, QString *problem) const;

private:
    struct Keys;
    std::unique_ptr<Keys> m_keys;
};

} // namespace slp::cssmsim
