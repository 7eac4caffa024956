#include "AttentionModel.h"

#include "common/DisplayText.h"
#include "devices/DeviceRow.h"
#include "style/ComplianceStyle.h"

#include <QFont>
#include <QPalette>

#include <algorithm>
#include <limits>

namespace slp::ui {

AttentionModel::AttentionModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

bool AttentionModel::needsAttention(ComplianceState state)
{
    switch (state) {
    case ComplianceState::Overdue:
    case ComplianceState::OutOfCompliance:
    case ComplianceState::Unreachable:
    case ComplianceState::NoTrust:
    case ComplianceState::DueSoon:
        return true;
    default:
        return false;
    }
}

DeviceAction AttentionModel::fixFor(ComplianceState state)
{
    switch (state) {
    case ComplianceState::Overdue:
    case ComplianceState::DueSoon:
    case ComplianceState::Pending:
    case ComplianceState::NeverReported:
        return DeviceAction::CollectUsage;
    case ComplianceState::NoTrust:
        return DeviceAction::EstablishTrust;
    case ComplianceState::Unreachable:
    case ComplianceState::Unknown:
        return DeviceAction::Refresh;
    default:
        return DeviceAction::ShowDevice;
    }
}

AttentionModel::Item AttentionModel::itemFor(const DeviceRow &row)
{
    Item item;
    item.deviceId = row.deviceId();
    item.hostname = row.overview.device.hostname;
    item.state = row.state;
    item.fix = fixFor(row.state);
    item.daysLeft = row.daysLeft;
    const auto &latest = row.overview.latest;
    const QString reason = latest ? ComplianceStyle::dueReasonText(latest->dueReason) : QString();
    const QString due = latest ? DisplayText::date(latest->nextDue) : QString();
    switch (row.state) {
    case ComplianceState::Unreachable:
        item.why = tr("Last refresh failed: %1").arg(row.overview.device.lastError.section(u'\n', 0, 0));
        break;
    case ComplianceState::Overdue:
        item.why = row.daysLeft
            ? tr("Report overdue since %1 (%2), %3").arg(due, reason, DisplayText::relativeDays(*row.daysLeft))
            : tr("Report overdue");
        break;
    case ComplianceState::DueSoon:
        item.why = row.daysLeft
            ? tr("Report due %1 (%2), %3").arg(due, reason, DisplayText::relativeDays(*row.daysLeft))
            : tr("Report due soon");
        break;
    case ComplianceState::NoTrust:
        item.why = row.daysLeft ? tr("No trust code installed; first report due %1").arg(due)
                                : tr("No trust code installed");
        break;
    case ComplianceState::OutOfCompliance:
        item.why = tr("A license is out of compliance: check the license usage");
        break;
    default:
        item.why = ComplianceStyle::description(row.state);
        break;
    }
    return item;
}

void AttentionModel::setRows(const QList<DeviceRow> &rows)
{
    QList<Item> items;
    for (const DeviceRow &row : rows) {
        if (needsAttention(row.state))
            items.append(itemFor(row));
    }
    // Worst state first; within a state the nearest (or longest overdue) due date first.
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        if (a.state != b.state)
            return a.state > b.state;
        const qint64 left = a.daysLeft.value_or(std::numeric_limits<qint64>::max());
        const qint64 right = b.daysLeft.value_or(std::numeric_limits<qint64>::max());
        if (left != right)
            return left < right;
        return a.hostname.compare(b.hostname, Qt::CaseInsensitive) < 0;
    });
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int AttentionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int AttentionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttentionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items.at(index.row());
    const bool fixAvailable = DeviceActionCatalog::isImplemented(item.fix);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Device:
            return item.hostname;
        case State:
            return ComplianceStyle::text(item.state);
        case Why:
            return item.why;
        case Fix:
            return DeviceActionCatalog::plainText(item.fix);
        default:
            return {};
        }
    case Qt::DecorationRole:
        return index.column() == State ? QVariant(ComplianceStyle::icon(item.state)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Fix)
            return DeviceActionCatalog::toolTip(item.fix);
        if (index.column() == Why)
            return item.why;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Fix)
            return QPalette().color(fixAvailable ? QPalette::Active : QPalette::Disabled,
                                    fixAvailable ? QPalette::Link : QPalette::Text);
        return {};
    case Qt::FontRole:
        if (index.column() == Fix && fixAvailable) {
            QFont font;
            font.setUnderline(true);
            return font;
        }
        return {};
    case DeviceIdRole:
        return item.deviceId;
    case FixActionRole:
        return static_cast<int>(item.fix);
    case FixAvailableRole:
        return fixAvailable;
    default:
        return {};
    }
}

QVariant AttentionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Device:
        return tr("Device");
    case State:
        return tr("State");
    case Why:
        return tr("Why");
    case Fix:
        return tr("Fix");
    default:
        return {};
    }
}

} // namespace slp::ui
