#pragma once

#include "flows/JobInfo.h"

#include <QAbstractTableModel>
#include <QList>

namespace slp::ui {

// Every running and finished job (newest first) with its overall progress.
class JobListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Job, State, Progress, Devices, Started, Finished, ColumnCount };
    enum Role { JobIdRole = Qt::UserRole + 1, ProgressRole, LiveRole, InterruptedRole, FailedCountRole, TerminalRole };

    explicit JobListModel(QObject *parent = nullptr);

    void setJobs(QList<JobInfo> jobs);
    const QList<JobInfo> &jobs() const { return m_jobs; }
    int rowOf(qint64 jobId) const;
    // State and progress of a job running (or finished) in this process; ignored for a job not listed.
    void updateLive(qint64 jobId, JobState state, const JobProgress &progress);

    // "Refresh", "Collect Usage", ...; unknown kinds as stored.
    static QString kindText(const QString &kind);
    static QString stateText(JobState state, bool interrupted);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<JobInfo> m_jobs;
};

} // namespace slp::ui
