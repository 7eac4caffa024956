#include "SnapshotHistoryModel.h"

#include "common/DisplayText.h"
#include "style/ComplianceStyle.h"

namespace slp::ui {

SnapshotHistoryModel::SnapshotHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SnapshotHistoryModel::setHistory(QList<SnapshotSummary> history)
{
    beginResetModel();
    m_history = std::move(history);
    endResetModel();
}

int SnapshotHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_history.size());
}

int SnapshotHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SnapshotHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SnapshotSummary &snapshot = m_history.at(index.row());
    const ComplianceState state = complianceStateFromId(snapshot.complianceState);
    if (role == SnapshotIdRole)
        return snapshot.id;
    if (role == Qt::DecorationRole && index.column() == State)
        return ComplianceStyle::icon(state);
    if (role == Qt::ToolTipRole && index.column() == NextDue)
        return ComplianceStyle::dueReasonText(snapshot.dueReason);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TakenAt:
        return DisplayText::dateTime(snapshot.takenAt);
    case State:
        return ComplianceStyle::text(state);
    case NextDue:
        return DisplayText::date(snapshot.nextDue);
    case LastAck:
        return DisplayText::dateTime(snapshot.lastAck);
    case Transport:
        return DisplayText::transport(snapshot.transportType);
    case Trust:
        return DisplayText::trust(snapshot.trustInstalled);
    case Version:
        return snapshot.softwareVersion;
    case ParseIssues:
        return snapshot.parseIssueCount;
    default:
        return {};
    }
}

QVariant SnapshotHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TakenAt:
        return tr("Taken");
    case State:
        return tr("Compliance");
    case NextDue:
        return tr("Next due");
    case LastAck:
        return tr("Last ACK");
    case Transport:
        return tr("Transport");
    case Trust:
        return tr("Trust");
    case Version:
        return tr("IOS XR");
    case ParseIssues:
        return tr("Unread lines");
    default:
        return {};
    }
}

} // namespace slp::ui
