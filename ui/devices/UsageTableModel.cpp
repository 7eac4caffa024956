#include "UsageTableModel.h"

#include "style/ComplianceStyle.h"

namespace slp::ui {

UsageTableModel::UsageTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void UsageTableModel::setUsage(QList<UsageRow> usage)
{
    beginResetModel();
    m_usage = std::move(usage);
    endResetModel();
}

int UsageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_usage.size());
}

int UsageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsageTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UsageRow &row = m_usage.at(index.row());
    if (role == Qt::DecorationRole && index.column() == Status
        && row.status.contains(QLatin1String("OUT-OF-COMPLIANCE"), Qt::CaseInsensitive))
        return ComplianceStyle::icon(ComplianceState::OutOfCompliance);
    if (role == Qt::TextAlignmentRole && index.column() == Count)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Name)
        return row.entitlementTag;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return row.name;
    case Count:
        return row.count;
    case Status:
        return row.status;
    case LicenseType:
        return row.licenseType;
    case Enforcement:
        return row.enforcement;
    case ExportStatus:
        return row.exportStatus;
    case Version:
        return row.version;
    case EntitlementTag:
        return row.entitlementTag;
    default:
        return {};
    }
}

QVariant UsageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("License");
    case Count:
        return tr("Count");
    case Status:
        return tr("Status");
    case LicenseType:
        return tr("Type");
    case Enforcement:
        return tr("Enforcement");
    case ExportStatus:
        return tr("Export status");
    case Version:
        return tr("Version");
    case EntitlementTag:
        return tr("Entitlement tag");
    default:
        return {};
    }
}

} // namespace slp::ui
