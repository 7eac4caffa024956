#include "HostKeyPrompter.h"

#include "HostKeyQuestionDialog.h"
#include "app/ConsoleContext.h"
#include "flows/JobManager.h"

#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace slp::ui {

HostKeyPrompter::HostKeyPrompter(ConsoleContext &context, QWidget *window)
    : QObject(window)
    , m_context(context)
    , m_window(window)
{
    if (m_context.isReady())
        connectManager();
    else
        connect(&m_context, &ConsoleContext::ready, this, &HostKeyPrompter::connectManager);
}

bool HostKeyPrompter::isChangedKey(const DeviceStep &step)
{
    return step.state == JobStepState::Failed && step.failure == DeviceFailure::HostKeyChanged;
}

void HostKeyPrompter::connectManager()
{
    connect(m_context.jobs(), &JobManager::hostKeyQuestion, this, &HostKeyPrompter::ask);
    connect(m_context.jobs(), &JobManager::deviceStepChanged, this, &HostKeyPrompter::onDeviceStep);
}

void HostKeyPrompter::ask(qint64 jobId, qint64 deviceId, const SshHostKeyQuestion &question)
{
    m_queue.append({jobId, deviceId, question});
    if (!m_dialog)
        showNext();
}

void HostKeyPrompter::showNext()
{
    if (m_queue.isEmpty())
        return;
    const Pending pending = m_queue.takeFirst();
    QStringList others;
    int sameJob = 0;
    for (const Pending &other : std::as_const(m_queue)) {
        if (other.jobId != pending.jobId)
            continue;
        ++sameJob;
        others.append(QStringLiteral("%1  %2").arg(other.question.displayName, other.question.key.fingerprintSha256()));
    }
    m_dialog = new HostKeyQuestionDialog(pending.question, sameJob, others.join(u'\n'), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::finished, this, [this, pending, dialog = m_dialog] {
        const HostKeyQuestionDialog::Answer result = dialog->answer();
        answer(pending, result != HostKeyQuestionDialog::Refuse);
        if (result == HostKeyQuestionDialog::TrustAllWaiting) {
            // Only the keys that were listed in the dialog: the admin saw each of them.
            QList<Pending> keep;
            for (const Pending &other : std::as_const(m_queue)) {
                if (other.jobId == pending.jobId)
                    answer(other, true);
                else
                    keep.append(other);
            }
            m_queue = keep;
        }
        m_dialog = nullptr;
        showNext();
    });
    m_dialog->open();
}

void HostKeyPrompter::answer(const Pending &pending, bool accept)
{
    if (m_context.jobs())
        m_context.jobs()->answerHostKey(pending.jobId, pending.deviceId, accept);
}

void HostKeyPrompter::onDeviceStep(qint64, const DeviceStep &step)
{
    if (!isChangedKey(step))
        return;
    if (m_changed) {
        // Several routers in one job: one dialog that lists them all.
        m_changed->setDetailedText(m_changed->detailedText() + QLatin1String("\n\n") + step.message);
        m_changed->setText(tr("The host keys of several routers CHANGED. The console refused to connect to them."));
        return;
    }
    m_changed = new QMessageBox(QMessageBox::Critical, tr("Host Key Changed"),
                                tr("The host key of %1 CHANGED. The console refused to connect.").arg(step.deviceName),
                                QMessageBox::Close, m_window);
    m_changed->setObjectName(QStringLiteral("hostKeyChanged"));
    m_changed->setInformativeText(
        tr("This happens when a router was replaced or re-installed, and also when someone intercepts the connection. "
           "Check the new fingerprint with the router's administrator. Only then forget the old key (Settings > Known "
           "Host Keys) and refresh again."));
    m_changed->setDetailedText(step.message);
    QPushButton *open = m_changed->addButton(tr("Known Host Keys..."), QMessageBox::ActionRole);
    connect(open, &QPushButton::clicked, this, &HostKeyPrompter::knownHostsRequested);
    m_changed->setAttribute(Qt::WA_DeleteOnClose);
    m_changed->open();
}

HostKeyQuestionDialog *HostKeyPrompter::currentQuestion() const
{
    return m_dialog;
}

QMessageBox *HostKeyPrompter::changedKeyDialog() const
{
    return m_changed;
}

} // namespace slp::ui
