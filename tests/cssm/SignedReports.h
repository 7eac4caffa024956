#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace slp::test {

// RUM reports signed the way xrsim signs them (tests/sim/PROTOCOL.md section 5), made in the test
// so that the client and cssmsim are checked against the documented scheme, not against each other.
class SignedReports
{
public:
    explicit SignedReports(QByteArray labKey);

    QByteArray routerKey(const QString &pid, const QString &serial) const;
    // One report's JSON (the CDATA of a <RUMReport>) for `count` of `tag`.
    QByteArray report(const QString &pid, const QString &serial, qint64 reportId, const QString &tag,
                      qint64 count) const;
    // A whole RUM report file (`license smart save usage`) holding `reports`.
    static QByteArray rumFile(const QString &hostname, const QString &pid, const QString &serial,
                              const QList<QByteArray> &reports);
    // The ACK payload inside an ACK file, when its envelope verifies with the lab key; empty otherwise.
    QByteArray verifiedAckPayload(const QByteArray &ackFile) const;

    const QByteArray &labKey() const { return m_labKey; }

private:
    QByteArray m_labKey;
};

} // namespace slp::test
