#include "AuditLogModel.h"

#include "common/DisplayText.h"

#include <QApplication>
#include <QStyle>

namespace slp::ui {

AuditLogModel::AuditLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AuditLogModel::setEntries(QList<AuditEntry> entries, QHash<qint64, QString> deviceNames)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_deviceNames = std::move(deviceNames);
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &entry = m_entries.at(index.row());
    if (role == Qt::DecorationRole && index.column() == Outcome && entry.outcome != QLatin1String("ok"))
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    if (role == Qt::ToolTipRole && (index.column() == Command || index.column() == Detail))
        return index.column() == Command ? entry.command : entry.detail;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case At:
        return entry.at.isValid() ? entry.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
    case Actor:
        return entry.actor;
    case Device:
        if (entry.deviceId == 0)
            return QString();
        return m_deviceNames.value(entry.deviceId, QStringLiteral("#%1").arg(entry.deviceId));
    case Action:
        return entry.action;
    case Command:
        return entry.command;
    case Outcome:
        return entry.outcome;
    case Detail:
        return entry.detail.section(u'\n', 0, 0);
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case At:
        return tr("Time");
    case Actor:
        return tr("Who");
    case Device:
        return tr("Device");
    case Action:
        return tr("Action");
    case Command:
        return tr("Command");
    case Outcome:
        return tr("Outcome");
    case Detail:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace slp::ui
