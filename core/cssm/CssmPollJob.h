#pragma once

#include "CssmError.h"
#include "CssmRequestJob.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace slp {

class CssmClient;

// A submission that CSSM answers asynchronously (reportusage, authrequest): submit, then poll
// v2/accounts/poll with the poll_id (kept as text) every poll_interval (scaled by
// CssmSettings::pollIntervalScale) until COMPLETE. One finished() signal for the whole exchange.
class CssmPollJob : public QObject
{
    Q_OBJECT
public:
    // `preflight` set: the job finishes with that error without sending anything.
    CssmPollJob(CssmClient *client, CssmRequestJob::Spec submit, QString action, CssmError preflight = {});
    // Only polls `pollId`, a submission made earlier (e.g. by a process that was killed meanwhile).
    CssmPollJob(CssmClient *client, QString pollId, QString action);

    void cancel();

    bool isFinished() const { return m_finished; }
    const CssmError &error() const { return m_error; }
    const QString &pollId() const { return m_pollId; }
    int polls() const { return m_polls; }
    // data.acknowledgements or data.authorizations of the COMPLETE answer.
    const QJsonArray &results() const { return m_results; }
    // The nonce of the submission; the same on every retry of it.
    const QString &nonce() const { return m_nonce; }
    int submitAttempts() const { return m_submitAttempts; }

Q_SIGNALS:
    // CSSM took the submission: pollId() is known. Keep it before waiting (a restart then polls it).
    void submitted();
    void finished();

private:
    void setUpTimers();
    void onSubmitted();
    void pollNow();
    void onPolled();
    void scheduleNextPoll(const QJsonObject &answer);
    void finish(CssmError error);

    CssmClient *m_client;
    QString m_action;
    QString m_nonce;
    QPointer<CssmRequestJob> m_current;
    QTimer m_deadline;
    QTimer m_pollTimer;
    QString m_pollId;
    QJsonArray m_results;
    int m_polls = 0;
    int m_submitAttempts = 0;
    bool m_finished = false;
    CssmError m_error;
};

} // namespace slp
