#pragma once

#include "ssh/SshHostKeyQuestion.h"
#include "ssh/SshJobResult.h"
#include "ssh/SshJobSpec.h"

#include <QObject>

#include <memory>

namespace slp {

struct SshJobShared;

// One router's list of steps, run by SshPool on a worker thread over one connection. Lives in the
// thread that started it; its signals arrive there (queued), so the GUI never blocks.
// Deleting a job that still runs cancels it; the worker then finishes on its own.
class SshJob : public QObject
{
    Q_OBJECT
public:
    ~SshJob() override;

    const SshJobSpec &spec() const;
    bool isFinished() const { return m_finished; }
    // Valid once finished() was emitted.
    const SshJobResult &result() const { return m_result; }

public slots:
    // Stops the job as soon as possible (within ~50 ms, also mid-command or mid-transfer); the job
    // then finishes with a Cancelled error.
    void cancel();
    // The answer to hostKeyQuestion(): true trusts and records the key, false refuses it.
    void answerHostKey(bool accept);

signals:
    void started();
    // Only with UnknownHostKeyPolicy::AskCaller: the job waits until answerHostKey() or cancel().
    void hostKeyQuestion(const slp::SshHostKeyQuestion &question);
    void stepStarted(int index);
    void stepFinished(int index);
    void finished();

private:
    friend class SshPool;
    friend class SshJobRunnable;
    explicit SshJob(std::shared_ptr<SshJobShared> shared, QObject *parent);
    void finish(const SshJobResult &result);

    std::shared_ptr<SshJobShared> m_shared;
    SshJobResult m_result;
    bool m_finished = false;
};

} // namespace slp
