#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace slp::xrsim::test {

// Issues what the CSSM simulator would issue (ACK and policy files, ID tokens, SLR authorization codes),
// written from tests/sim/PROTOCOL.md alone, independently of xrsim's own code: if the document and the
// simulator disagree, the tests fail.
class LabIssuer
{
public:
    explicit LabIssuer(QByteArray labKey);

    static QByteArray hmac(const QByteArray &key, const QByteArray &message);
    QByteArray envelope(const QByteArray &payload) const;

    QByteArray ackFile(const QString &udi, const QList<qint64> &reportIds, bool installTrust = false,
                       const QJsonObject &policy = {}) const;
    QString idToken(const QString &smartAccount, const QString &virtualAccount, qint64 expires) const;
    QByteArray authorizationCode(const QString &pid, const QString &serial,
                                 const QList<QPair<QString, int>> &entitlements) const;

    // The per-router key when the fleet file sets none.
    QByteArray routerKey(const QString &udi) const;

private:
    QByteArray m_labKey;
};

} // namespace slp::xrsim::test
