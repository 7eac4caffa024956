#include "CssmPollJob.h"

#include "CssmClient.h"
#include "CssmRequests.h"
#include "CssmResults.h"

#include <QDateTime>
#include <QJsonDocument>

namespace slp {

CssmPollJob::CssmPollJob(CssmClient *client, CssmRequestJob::Spec submit, QString action, CssmError preflight)
    : QObject(client)
    , m_client(client)
    , m_action(std::move(action))
{
    setUpTimers();
    if (!preflight.ok()) {
        QMetaObject::invokeMethod(
            this, [this, preflight] { finish(preflight); }, Qt::QueuedConnection);
        return;
    }
    m_nonce = QJsonDocument::fromJson(submit.body)
                  .object()
                  .value(QStringLiteral("data"))
                  .toObject()
                  .value(QStringLiteral("nonce"))
                  .toString();
    m_deadline.start(m_client->settings().jobTimeoutMs);
    m_current = new CssmRequestJob(client, std::move(submit));
    connect(m_current, &CssmRequestJob::finished, this, &CssmPollJob::onSubmitted);
}

void CssmPollJob::setUpTimers()
{
    m_deadline.setSingleShot(true);
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &CssmPollJob::pollNow);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        finish({CssmError::Kind::Timeout,
                QStringLiteral("%1: CSSM did not complete poll %2 within %3 s")
                    .arg(m_action, m_pollId)
                    .arg(m_client->settings().jobTimeoutMs / 1000.0),
                0});
    });
}

CssmPollJob::CssmPollJob(CssmClient *client, QString pollId, QString action)
    : QObject(client)
    , m_client(client)
    , m_action(std::move(action))
    , m_pollId(std::move(pollId))
{
    setUpTimers();
    m_deadline.start(m_client->settings().jobTimeoutMs);
    // Like every job: starts on the next event-loop turn, so the caller can connect first.
    m_pollTimer.start(0);
}

void CssmPollJob::cancel()
{
    finish({CssmError::Kind::Cancelled, QStringLiteral("%1: cancelled").arg(m_action), 0});
}

void CssmPollJob::onSubmitted()
{
    CssmRequestJob *job = m_current;
    m_current = nullptr;
    job->deleteLater();
    m_submitAttempts = job->attempts();
    if (!job->error().ok()) {
        finish(job->error());
        return;
    }
    m_pollId = cssmresults::idText(job->json().value(QStringLiteral("poll_id")));
    const QString status = job->json().value(QStringLiteral("status")).toString();
    if (m_pollId.isEmpty() || (status != QLatin1String("OK_POLL") && status != QLatin1String("COMPLETE"))) {
        finish({CssmError::Kind::Protocol,
                QStringLiteral("%1: expected OK_POLL with a poll_id, got status \"%2\"").arg(m_action, status), 0});
        return;
    }
    Q_EMIT submitted();
    if (m_finished) // a slot of submitted() cancelled the job
        return;
    scheduleNextPoll(job->json());
}

void CssmPollJob::scheduleNextPoll(const QJsonObject &answer)
{
    const double seconds = answer.value(QStringLiteral("poll_interval")).toDouble(5);
    const double scaled = std::clamp(seconds * m_client->settings().pollIntervalScale * 1000.0, 0.0, 3600000.0);
    m_pollTimer.start(static_cast<int>(scaled));
}

void CssmPollJob::pollNow()
{
    if (m_finished)
        return;
    ++m_polls;
    CssmRequestJob::Spec spec;
    spec.url = m_client->apiUrl(QStringLiteral("v2/accounts/poll"));
    spec.body
        = cssmrequests::pollBody(m_pollId, m_action, cssmrequests::newNonce(), QDateTime::currentMSecsSinceEpoch());
    spec.what = QStringLiteral("poll %1").arg(m_pollId);
    m_current = new CssmRequestJob(m_client, spec);
    connect(m_current, &CssmRequestJob::finished, this, &CssmPollJob::onPolled);
}

void CssmPollJob::onPolled()
{
    CssmRequestJob *job = m_current;
    m_current = nullptr;
    job->deleteLater();
    if (!job->error().ok()) {
        finish(job->error());
        return;
    }
    const QString status = job->json().value(QStringLiteral("status")).toString();
    if (status == QLatin1String("COMPLETE")) {
        m_results = job->json().value(QStringLiteral("data")).toObject().value(m_action).toArray();
        finish({});
    } else if (status == QLatin1String("OK_POLL")) {
        scheduleNextPoll(job->json());
    } else {
        finish(
            {CssmError::Kind::Protocol, QStringLiteral("poll %1: unexpected status \"%2\"").arg(m_pollId, status), 0});
    }
}

void CssmPollJob::finish(CssmError error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    m_deadline.stop();
    m_pollTimer.stop();
    if (m_current) {
        m_current->disconnect(this);
        m_current->cancel();
        m_current->deleteLater();
        m_current = nullptr;
    }
    Q_EMIT finished();
}

} // namespace slp
