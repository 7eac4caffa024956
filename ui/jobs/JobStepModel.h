#pragma once

#include "flows/DeviceStep.h"

#include <QAbstractTableModel>
#include <QList>

namespace slp::ui {

// The devices of one job with their progress, attempt and message.
class JobStepModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Device, State, Progress, Attempt, Message, ColumnCount };
    enum Role { DeviceIdRole = Qt::UserRole + 1, ProgressRole };

    explicit JobStepModel(QObject *parent = nullptr);

    qint64 jobId() const { return m_jobId; }
    void setSteps(qint64 jobId, QList<DeviceStep> steps);
    // Replaces the device's step, or appends it; steps of another job are ignored.
    void updateStep(const DeviceStep &step);
    const QList<DeviceStep> &steps() const { return m_steps; }

    static QString stateText(JobStepState state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    qint64 m_jobId = 0;
    QList<DeviceStep> m_steps;
};

} // namespace slp::ui
