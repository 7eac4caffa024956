#include "JobsView.h"

#include "JobListModel.h"
#include "JobStepModel.h"
#include "ProgressBarDelegate.h"
#include "app/ConsoleContext.h"
#include "devices/DeviceTableModel.h"
#include "flows/Job.h"
#include "flows/JobManager.h"
#include "store/Store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace slp::ui {

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultSectionSize(130);
    return table;
}

} // namespace

JobsView::JobsView(ConsoleContext &context, const DeviceTableModel &devices, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_devices(devices)
    , m_jobs(new JobListModel(this))
    , m_steps(new JobStepModel(this))
{
    setObjectName(QStringLiteral("jobsView"));
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_cancel = new QPushButton(tr("&Cancel Job"), this);
    m_cancel->setObjectName(QStringLiteral("cancelJob"));
    m_cancel->setToolTip(tr("Stop the selected job: devices not started are cancelled, running sessions end."));
    m_retry = new QPushButton(tr("Retry &Failed Devices"), this);
    m_retry->setObjectName(QStringLiteral("retryJob"));
    m_retry->setToolTip(tr("Run the failed and cancelled devices of the selected job again."));
    m_resume = new QPushButton(tr("&Resume"), this);
    m_resume->setObjectName(QStringLiteral("resumeJob"));
    m_resume->setToolTip(tr("Continue a job that was interrupted (the console closed or crashed while it ran); devices "
                            "already done are skipped."));
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_resume);
    layout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_jobTable = makeTable(m_jobs, splitter);
    m_jobTable->setObjectName(QStringLiteral("jobTable"));
    m_jobTable->setItemDelegateForColumn(JobListModel::Progress,
                                         new ProgressBarDelegate(JobListModel::ProgressRole, m_jobTable));
    m_jobTable->horizontalHeader()->resizeSection(JobListModel::Progress, 180);
    m_jobTable->horizontalHeader()->resizeSection(JobListModel::Devices, 240);
    m_stepTable = makeTable(m_steps, splitter);
    m_stepTable->setObjectName(QStringLiteral("stepTable"));
    m_stepTable->setItemDelegateForColumn(JobStepModel::Progress,
                                          new ProgressBarDelegate(JobStepModel::ProgressRole, m_stepTable));
    m_stepTable->horizontalHeader()->resizeSection(JobStepModel::Progress, 200);
    m_stepTable->horizontalHeader()->resizeSection(JobStepModel::Attempt, 70);
    splitter->addWidget(m_jobTable);
    splitter->addWidget(m_stepTable);
    layout->addWidget(splitter, 1);

    connect(m_jobTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &JobsView::showSteps);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_context.jobs())
            m_context.jobs()->cancel(currentJobId());
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_context.jobs() && m_context.jobs()->retryFailed(currentJobId()))
            reload();
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (m_context.jobs())
            m_context.jobs()->resume(currentJobId(), m_context.jobOptions());
    });
    if (m_context.isReady())
        connectManager();
    else
        connect(&m_context, &ConsoleContext::ready, this, &JobsView::connectManager);
    updateButtons();
}

void JobsView::connectManager()
{
    JobManager *manager = m_context.jobs();
    connect(manager, &JobManager::jobAdded, this, [this](qint64 jobId) {
        m_selectAfterReload = m_jobs->rowCount() == 0 || currentJobId() == 0 ? jobId : 0;
        reload();
    });
    connect(manager, &JobManager::jobProgress, this, [this](qint64 jobId, const JobProgress &progress) {
        if (m_jobs->rowOf(jobId) < 0)
            reload();
        if (Job *job = m_context.jobs()->job(jobId))
            m_jobs->updateLive(jobId, job->state(), progress);
        updateButtons();
    });
    connect(manager, &JobManager::deviceStepChanged, this,
            [this](qint64, const DeviceStep &step) { m_steps->updateStep(step); });
    connect(manager, &JobManager::jobFinished, this, [this](qint64 jobId, JobState state) {
        if (Job *job = m_context.jobs()->job(jobId))
            m_jobs->updateLive(jobId, state, job->progress());
        updateButtons();
        reload();
    });
    connect(manager, &JobManager::jobFailedToStart, this, [this] { reload(); });
    reload();
}

void JobsView::reload()
{
    if (!m_context.jobs())
        return;
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    m_context.jobs()->listJobs(200).then(this, [this](const StoreResult<QList<JobInfo>> &result) {
        m_loading = false;
        const qint64 keep = m_selectAfterReload != 0 ? m_selectAfterReload : currentJobId();
        m_selectAfterReload = 0;
        if (result.ok())
            m_jobs->setJobs(result.value);
        // Live progress is newer than what the store had when the list was read.
        for (Job *job : m_context.jobs()->liveJobs()) {
            if (job->id() != 0)
                m_jobs->updateLive(job->id(), job->state(), job->progress());
        }
        if (keep != 0)
            selectJob(keep);
        else if (m_jobs->rowCount() > 0)
            selectJob(m_jobs->jobs().constFirst().record.id);
        updateButtons();
        emit runningCountChanged(runningCount());
        if (m_reloadAgain) {
            m_reloadAgain = false;
            reload();
        }
    });
}

void JobsView::selectJob(qint64 jobId)
{
    const int row = m_jobs->rowOf(jobId);
    if (row < 0)
        return;
    m_jobTable->selectionModel()->setCurrentIndex(m_jobs->index(row, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showSteps();
}

qint64 JobsView::currentJobId() const
{
    const QModelIndex current = m_jobTable->selectionModel()->currentIndex();
    return current.isValid() ? current.data(JobListModel::JobIdRole).toLongLong() : 0;
}

int JobsView::runningCount() const
{
    return m_context.jobs() ? static_cast<int>(m_context.jobs()->liveJobs().size()) : 0;
}

void JobsView::showSteps()
{
    const qint64 jobId = currentJobId();
    updateButtons();
    if (jobId == 0) {
        m_steps->setSteps(0, {});
        return;
    }
    if (Job *job = m_context.jobs() ? m_context.jobs()->job(jobId) : nullptr) {
        m_steps->setSteps(jobId, job->steps());
        return;
    }
    m_context.store().jobSteps(jobId).then(this, [this, jobId](const StoreResult<QList<JobStepRecord>> &result) {
        if (currentJobId() != jobId)
            return;
        QList<DeviceStep> steps;
        for (const JobStepRecord &record : result.value) {
            DeviceStep step;
            step.jobId = record.jobId;
            step.deviceId = record.deviceId;
            const DeviceRow *row = m_devices.rowForDevice(record.deviceId);
            step.deviceName = row ? row->overview.device.hostname : QStringLiteral("#%1").arg(record.deviceId);
            step.state = record.state;
            step.attempt = record.attempt;
            step.message = record.message;
            steps.append(step);
        }
        m_steps->setSteps(jobId, steps);
    });
}

void JobsView::updateButtons()
{
    const QModelIndex current = m_jobTable->selectionModel()->currentIndex();
    const bool live = current.isValid() && current.data(JobListModel::LiveRole).toBool();
    const bool interrupted = current.isValid() && current.data(JobListModel::InterruptedRole).toBool();
    const qint64 jobId = currentJobId();
    Job *job = m_context.jobs() && jobId != 0 ? m_context.jobs()->job(jobId) : nullptr;
    m_cancel->setEnabled(job && !job->isFinished());
    m_retry->setEnabled(job && job->isFinished() && current.data(JobListModel::FailedCountRole).toInt() > 0);
    m_resume->setEnabled(interrupted && !live);
    const int running = runningCount();
    m_summary->setText(running == 0 ? tr("No job is running.") : tr("%n job(s) running.", nullptr, running));
}

} // namespace slp::ui
