#include "ssh/SshJobRunnable.h"

#include "ssh/SshJob.h"
#include "ssh/SshJobShared.h"
#include "ssh/SshLog.h"
#include "ssh/SshSession.h"

#include <QElapsedTimer>

namespace slp {

namespace {

constexpr auto answerPollInterval = std::chrono::milliseconds(50);

SshStepResult runStep(SshSession &session, const SshStep &step)
{
    SshStepResult stepResult;
    stepResult.ran = true;
    switch (step.kind) {
    case SshStep::Kind::Command: {
        const SshCommandResult command = session.run(step.command, step.answers, step.inShell);
        stepResult.error = command.error;
        stepResult.output = command.output;
        stepResult.errorOutput = command.errorOutput;
        stepResult.exitStatus = command.exitStatus;
        stepResult.viaShell = command.viaShell;
        break;
    }
    case SshStep::Kind::Download: {
        const SshTransferResult transfer = session.download(step.remotePath, step.localPath, step.maxBytes);
        stepResult.error = transfer.error;
        stepResult.bytes = transfer.bytes;
        break;
    }
    case SshStep::Kind::Upload: {
        const SshTransferResult transfer = session.upload(step.localPath, step.remotePath);
        stepResult.error = transfer.error;
        stepResult.bytes = transfer.bytes;
        break;
    }
    case SshStep::Kind::Remove:
        stepResult.error = session.remove(step.remotePath).error;
        break;
    }
    return stepResult;
}

} // namespace

SshJobRunnable::SshJobRunnable(std::shared_ptr<SshJobShared> shared, std::shared_ptr<SshPoolCounters> counters)
    : m_shared(std::move(shared))
    , m_counters(std::move(counters))
{
    setAutoDelete(true);
}

bool SshJobRunnable::askCaller(const SshHostKeyQuestion &question)
{
    std::unique_lock lock(m_shared->mutex);
    if (!m_shared->job)
        return false;
    m_shared->hostKeyAnswer.reset();
    SshJob *job = m_shared->job;
    QMetaObject::invokeMethod(
        job, [job, question] { emit job->hostKeyQuestion(question); }, Qt::QueuedConnection);
    while (!m_shared->hostKeyAnswer && !m_shared->cancel.isCancelled() && m_shared->job)
        m_shared->answered.wait_for(lock, answerPollInterval);
    return m_shared->hostKeyAnswer.value_or(false);
}

void SshJobRunnable::run()
{
    const int nowRunning = ++m_counters->running;
    int peak = m_counters->peak.load();
    while (nowRunning > peak && !m_counters->peak.compare_exchange_weak(peak, nowRunning)) { }

    QElapsedTimer elapsed;
    elapsed.start();
    const SshJobSpec &spec = m_shared->spec;
    m_shared->post([shared = m_shared] {
        if (shared->job)
            emit shared->job->started();
    });

    SshJobResult result;
    result.steps.resize(spec.steps.size());
    {
        SshSession session(spec.target, spec.options, m_shared->cancel,
                           [this](const SshHostKeyQuestion &question) { return askCaller(question); });
        result.error = session.open();
        result.hostKey = session.hostKey();
        result.hostKeyAdded = session.hostKeyAdded();
        for (qsizetype i = 0; i < spec.steps.size() && result.error.ok(); ++i) {
            const int index = int(i);
            m_shared->post([shared = m_shared, index] {
                if (shared->job)
                    emit shared->job->stepStarted(index);
            });
            result.steps[i] = runStep(session, spec.steps.at(i));
            m_shared->post([shared = m_shared, index] {
                if (shared->job)
                    emit shared->job->stepFinished(index);
            });
            if (!result.steps.at(i).error.ok() && (spec.stopOnError || !session.isOpen()))
                result.error = result.steps.at(i).error;
        }
        if (result.error.ok()) {
            for (const SshStepResult &step : std::as_const(result.steps)) {
                if (!step.error.ok()) {
                    result.error = step.error;
                    break;
                }
            }
        }
    }
    result.elapsedMs = elapsed.elapsed();
    if (!result.error.ok())
        qCInfo(lcSsh) << spec.target.displayName() << SshError::kindName(result.error.kind) << result.error.message;

    --m_counters->running;
    m_shared->post([shared = m_shared, result] {
        if (shared->job)
            shared->job->finish(result);
    });
}

} // namespace slp
