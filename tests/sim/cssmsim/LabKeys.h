#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace slp::cssmsim {

// The keys shared with xrsim through its fleet file (tests/sim/PROTOCOL.md section 2): the lab key
// CSSM signs ACKs, ID tokens and authorization codes with, and each router's RUM signing key.
class LabKeys
{
public:
    // The development lab key xrsim uses when the fleet file names none.
    LabKeys();

    // Reads `lab.cssmSigningKey` and the routers' `signingKey` from an xrsim fleet file.
    bool loadFleet(const QString &path, QString *problem);

    const QByteArray &labKey() const { return m_labKey; }
    // The router's own key when the fleet sets one, else HMAC(lab key, "router-signing-key|" + UDI).
    QByteArray routerKey(const QString &udi) const;

private:
    QByteArray m_labKey;
    QHash<QString, QByteArray> m_routerKeys; // UDI -> key, only those set explicitly
};

} // namespace slp::cssmsim
