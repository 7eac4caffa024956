#include "JobStepModel.h"

#include <QApplication>
#include <QStyle>

namespace slp::ui {

JobStepModel::JobStepModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void JobStepModel::setSteps(qint64 jobId, QList<DeviceStep> steps)
{
    beginResetModel();
    m_jobId = jobId;
    m_steps = std::move(steps);
    endResetModel();
}

void JobStepModel::updateStep(const DeviceStep &step)
{
    if (step.jobId != m_jobId)
        return;
    for (int row = 0; row < m_steps.size(); ++row) {
        if (m_steps.at(row).deviceId == step.deviceId) {
            m_steps[row] = step;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    const int row = static_cast<int>(m_steps.size());
    beginInsertRows({}, row, row);
    m_steps.append(step);
    endInsertRows();
}

QString JobStepModel::stateText(JobStepState state)
{
    switch (state) {
    case JobStepState::Pending:
        return tr("Waiting");
    case JobStepState::Running:
        return tr("Running");
    case JobStepState::Succeeded:
        return tr("Succeeded");
    case JobStepState::Failed:
        return tr("Failed");
    case JobStepState::Cancelled:
        return tr("Cancelled");
    case JobStepState::Skipped:
        return tr("Skipped");
    }
    return {};
}

int JobStepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_steps.size());
}

int JobStepModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobStepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeviceStep &step = m_steps.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Device:
            return step.deviceName;
        case State:
            return stateText(step.state);
        case Progress:
            return step.state == JobStepState::Running ? step.message : stateText(step.state);
        case Attempt:
            return step.attempt;
        case Message:
            return step.message;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() != State)
            return {};
        switch (step.state) {
        case JobStepState::Succeeded:
            return QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton);
        case JobStepState::Failed:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        case JobStepState::Cancelled:
            return QApplication::style()->standardIcon(QStyle::SP_DialogCancelButton);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == Message ? QVariant(step.message) : QVariant();
    case DeviceIdRole:
        return step.deviceId;
    case ProgressRole:
        if (index.column() != Progress)
            return {};
        if (step.state == JobStepState::Running)
            return -1;
        return isTerminal(step.state) ? 100 : 0;
    default:
        return {};
    }
}

QVariant JobStepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Device:
        return tr("Device");
    case State:
        return tr("State");
    case Progress:
        return tr("Progress");
    case Attempt:
        return tr("Attempt");
    case Message:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace slp::ui
