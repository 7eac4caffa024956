#include "TrayNotifier.h"

#include "app/ConsoleContext.h"
#include "dashboard/AttentionModel.h"
#include "devices/DeviceInventory.h"
#include "devices/DeviceTableModel.h"
#include "flows/JobManager.h"
#include "jobs/JobListModel.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QWidget>

namespace slp::ui {

TrayNotifier::TrayNotifier(ConsoleContext &context, DeviceInventory &inventory, QWidget *window)
    : QObject(window)
    , m_context(context)
    , m_inventory(inventory)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(window->windowIcon().isNull()
                                         ? QApplication::style()->standardIcon(QStyle::SP_ComputerIcon)
                                         : window->windowIcon(),
                                     this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::activated, window, [window] {
            window->showNormal();
            window->raise();
            window->activateWindow();
        });
    }
    if (m_context.isReady())
        connectManager();
    else
        connect(&m_context, &ConsoleContext::ready, this, &TrayNotifier::connectManager);
    connect(&m_inventory, &DeviceInventory::loaded, this, &TrayNotifier::checkDeadlines);
}

void TrayNotifier::connectManager()
{
    JobManager *manager = m_context.jobs();
    connect(manager, &JobManager::jobAdded, this, [this](qint64 jobId, const QString &kind) {
        m_started.insert(jobId, QDateTime::currentDateTimeUtc());
        m_kinds.insert(jobId, kind);
    });
    connect(manager, &JobManager::jobProgress, this,
            [this](qint64 jobId, const JobProgress &progress) { m_progress.insert(jobId, progress); });
    connect(manager, &JobManager::jobFinished, this, [this](qint64 jobId, JobState state) {
        const QDateTime started = m_started.take(jobId);
        const QString kind = m_kinds.take(jobId);
        const JobProgress progress = m_progress.take(jobId);
        if (started.isValid() && started.secsTo(QDateTime::currentDateTimeUtc()) >= longJobSeconds)
            notify(tr("Job finished"), jobFinishedText(kind, state, progress));
    });
}

QString TrayNotifier::jobFinishedText(const QString &kind, JobState state, const JobProgress &progress)
{
    const QString name = JobListModel::kindText(kind);
    switch (state) {
    case JobState::Succeeded:
        return tr("%1 succeeded on %n device(s).", nullptr, progress.succeeded).arg(name);
    case JobState::Cancelled:
        return tr("%1 was cancelled: %2 of %3 devices done.").arg(name).arg(progress.succeeded).arg(progress.total);
    default:
        return tr("%1 finished: %2 succeeded, %3 failed.").arg(name).arg(progress.succeeded).arg(progress.failed);
    }
}

void TrayNotifier::checkDeadlines()
{
    int urgent = 0;
    for (const DeviceRow &row : m_inventory.model()->rows()) {
        if (row.state == ComplianceState::Overdue || row.state == ComplianceState::DueSoon)
            ++urgent;
    }
    // Once per rise: the first load of the session and whenever more devices come close to a deadline.
    if (urgent > 0 && urgent > m_lastUrgent)
        notify(tr("Reports due"), tr("%n device(s) are overdue or due within 30 days.", nullptr, urgent));
    m_lastUrgent = urgent;
}

void TrayNotifier::notify(const QString &title, const QString &message)
{
    if (m_tray)
        m_tray->showMessage(title, message, QSystemTrayIcon::Information, 8000);
    emit notified(title, message);
}

} // namespace slp::ui
