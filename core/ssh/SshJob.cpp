#include "ssh/SshJob.h"

#include "ssh/SshJobShared.h"

namespace slp {

SshJob::SshJob(std::shared_ptr<SshJobShared> shared, QObject *parent)
    : QObject(parent)
    , m_shared(std::move(shared))
{
    const std::lock_guard lock(m_shared->mutex);
    m_shared->job = this;
}

SshJob::~SshJob()
{
    {
        const std::lock_guard lock(m_shared->mutex);
        m_shared->job = nullptr;
    }
    if (!m_finished)
        cancel();
}

const SshJobSpec &SshJob::spec() const
{
    return m_shared->spec;
}

void SshJob::cancel()
{
    m_shared->cancel.cancel();
    m_shared->answered.notify_all();
}

void SshJob::answerHostKey(bool accept)
{
    {
        const std::lock_guard lock(m_shared->mutex);
        m_shared->hostKeyAnswer = accept;
    }
    m_shared->answered.notify_all();
}

void SshJob::finish(const SshJobResult &result)
{
    m_result = result;
    m_finished = true;
    emit finished();
}

} // namespace slp
