#pragma once

#include "LabIssuer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QThread>

class QTcpServer;

namespace slp::xrsim::test {

// The CSSM side of PROTOCOL.md section 7, as small as a test needs: plain HTTP on 127.0.0.1, on its own
// thread (the test blocks in SSH calls meanwhile). It verifies the routers' report signatures, answers
// OK_POLL, then COMPLETE with a signed ACK for every report it received.
class FakeCssm : public QThread
{
    Q_OBJECT
public:
    explicit FakeCssm(QByteArray labKey);
    ~FakeCssm() override;

    // Starts listening; returns the base URL ("http://127.0.0.1:<port>/cslu/v1/pi").
    QString start();
    void failNextReport(const QString &message);

    struct Seen
    {
        QByteArray path;
        QByteArray requestingSystem;
        QJsonObject body;
    };
    QList<Seen> seen() const;
    QList<qint64> verifiedReportIds() const;
    int badSignatures() const;

protected:
    void run() override;

private:
    QByteArray answer(const QByteArray &path, const QJsonObject &body);

    LabIssuer m_issuer;
    QByteArray m_labKey;
    mutable QMutex m_mutex;
    QList<Seen> m_seen;
    QList<qint64> m_verified;
    int m_badSignatures = 0;
    QString m_failure;
    QString m_pendingUdi;
    bool m_pendingTrust = false;
    int m_polls = 0;
    quint16 m_port = 0;
    QTcpServer *m_server = nullptr;
};

} // namespace slp::xrsim::test
