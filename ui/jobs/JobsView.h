#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace slp::ui {

class ConsoleContext;
class DeviceTableModel;
class JobListModel;
class JobStepModel;

// Every running and finished job with overall and per-device progress; cancel a running job, retry
// its failed devices, resume one a crash interrupted.
class JobsView : public QWidget
{
    Q_OBJECT
public:
    JobsView(ConsoleContext &context, const DeviceTableModel &devices, QWidget *parent = nullptr);

    JobListModel *jobModel() const { return m_jobs; }
    JobStepModel *stepModel() const { return m_steps; }
    QTableView *jobTable() const { return m_jobTable; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *resumeButton() const { return m_resume; }
    void selectJob(qint64 jobId);
    int runningCount() const;

public slots:
    void reload();

signals:
    void runningCountChanged(int running);

private:
    void connectManager();
    void showSteps();
    void updateButtons();
    qint64 currentJobId() const;

    ConsoleContext &m_context;
    const DeviceTableModel &m_devices;
    JobListModel *m_jobs;
    JobStepModel *m_steps;
    QTableView *m_jobTable = nullptr;
    QTableView *m_stepTable = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_resume = nullptr;
    qint64 m_selectAfterReload = 0;
    bool m_loading = false;
    bool m_reloadAgain = false;
};

} // namespace slp::ui
