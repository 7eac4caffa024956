#include "JobListModel.h"

#include "common/DisplayText.h"

namespace slp::ui {

JobListModel::JobListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void JobListModel::setJobs(QList<JobInfo> jobs)
{
    beginResetModel();
    m_jobs = std::move(jobs);
    endResetModel();
}

int JobListModel::rowOf(qint64 jobId) const
{
    for (int row = 0; row < m_jobs.size(); ++row) {
        if (m_jobs.at(row).record.id == jobId)
            return row;
    }
    return -1;
}

void JobListModel::updateLive(qint64 jobId, JobState state, const JobProgress &progress)
{
    const int row = rowOf(jobId);
    if (row < 0)
        return;
    JobInfo &job = m_jobs[row];
    job.progress = progress;
    job.live = true;
    job.interrupted = false;
    // The live job knows better than a store read that may predate its last step.
    job.record.state = state == JobState::Pending && progress.done() + progress.running > 0 ? JobState::Running : state;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString JobListModel::kindText(const QString &kind)
{
    // The kind names the flows register (core/flows/FlowKinds.cpp).
    if (kind == QLatin1String("refresh"))
        return tr("Refresh");
    if (kind == QLatin1String("collect"))
        return tr("Collect Usage");
    if (kind == QLatin1String("export-bundle"))
        return tr("Download All for Cisco");
    if (kind == QLatin1String("send"))
        return tr("Send to CSSM");
    if (kind == QLatin1String("import-ack"))
        return tr("Import ACK");
    if (kind == QLatin1String("trust"))
        return tr("Establish Trust");
    if (kind == QLatin1String("transport"))
        return tr("Configure Transport");
    if (kind == QLatin1String("slr-request"))
        return tr("SLR: request code");
    if (kind == QLatin1String("slr-install"))
        return tr("SLR: install authorization");
    if (kind == QLatin1String("slr-return"))
        return tr("SLR: return reservation");
    if (kind == QLatin1String("slr-cancel"))
        return tr("SLR: cancel request");
    return kind;
}

QString JobListModel::stateText(JobState state, bool interrupted)
{
    if (interrupted)
        return tr("Interrupted");
    switch (state) {
    case JobState::Pending:
        return tr("Waiting");
    case JobState::Running:
        return tr("Running");
    case JobState::Succeeded:
        return tr("Succeeded");
    case JobState::Failed:
        return tr("Failed");
    case JobState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

int JobListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_jobs.size());
}

int JobListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobInfo &job = m_jobs.at(index.row());
    const JobProgress &progress = job.progress;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Job:
            return tr("#%1 %2").arg(job.record.id).arg(kindText(job.record.kind));
        case State:
            return stateText(job.record.state, job.interrupted);
        case Progress:
            return tr("%1 of %2").arg(progress.done()).arg(progress.total);
        case Devices:
            if (progress.failed + progress.cancelled == 0)
                return tr("%1 succeeded").arg(progress.succeeded);
            return tr("%1 succeeded, %2 failed, %3 cancelled")
                .arg(progress.succeeded)
                .arg(progress.failed)
                .arg(progress.cancelled);
        case Started:
            return DisplayText::dateTime(job.record.createdAt);
        case Finished:
            return DisplayText::dateTime(job.record.finishedAt);
        default:
            return {};
        }
    case JobIdRole:
        return job.record.id;
    case ProgressRole:
        return index.column() == Progress ? QVariant(progress.percent()) : QVariant();
    case LiveRole:
        return job.live;
    case InterruptedRole:
        return job.interrupted;
    case FailedCountRole:
        return progress.failed + progress.cancelled;
    case TerminalRole:
        return isTerminal(job.record.state);
    default:
        return {};
    }
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Job:
        return tr("Job");
    case State:
        return tr("State");
    case Progress:
        return tr("Progress");
    case Devices:
        return tr("Devices");
    case Started:
        return tr("Started");
    case Finished:
        return tr("Finished");
    default:
        return {};
    }
}

} // namespace slp::ui
