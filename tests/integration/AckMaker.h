#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace slp::test {

// ACK files signed the way CSSM (cssmsim) signs them for xrsim (tests/sim/PROTOCOL.md section 5:
// xrsim-ack/1 payload in an HMAC-SHA256 envelope with the lab key), made in the test so that the
// import flow can be driven without a CSSM round trip, and spoiled on purpose for the fault tests.
class AckMaker
{
public:
    explicit AckMaker(QByteArray labKey);

    // A valid ACK for `udi` ("PID:..,SN:..") acknowledging `reportIds`, stamped `timestamp` (Unix s).
    QByteArray ack(const QString &udi, const QList<qint64> &reportIds, qint64 timestamp) const;
    // The same, signed with another key: well formed, but the router's verification fails.
    QByteArray ackWithBadSignature(const QString &udi, qint64 timestamp) const;
    // An envelope that carries no signature at all.
    QByteArray ackWithoutSignature(const QString &udi, qint64 timestamp) const;

private:
    static QByteArray payload(const QString &udi, const QList<qint64> &reportIds, qint64 timestamp);
    static QByteArray wrap(const QByteArray &envelope);
    QByteArray m_labKey;
};

} // namespace slp::test
