#include "DeviceTableModel.h"

#include "common/DisplayText.h"
#include "style/ComplianceStyle.h"

#include <QSet>
#include <limits>

namespace slp::ui {

DeviceTableModel::DeviceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void DeviceTableModel::setRows(QList<DeviceRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowById.insert(m_rows.at(row).deviceId(), row);
    endResetModel();
}

const DeviceRow *DeviceTableModel::rowForDevice(qint64 deviceId) const
{
    const int row = rowOf(deviceId);
    return row < 0 ? nullptr : &m_rows.at(row);
}

int DeviceTableModel::rowOf(qint64 deviceId) const
{
    return m_rowById.value(deviceId, -1);
}

QStringList DeviceTableModel::sites() const
{
    QSet<QString> sites;
    for (const DeviceRow &row : m_rows) {
        if (!row.overview.device.site.isEmpty())
            sites.insert(row.overview.device.site);
    }
    QStringList sorted(sites.begin(), sites.end());
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}

QStringList DeviceTableModel::tags() const
{
    QSet<QString> tags;
    for (const DeviceRow &row : m_rows) {
        for (const QString &tag : row.overview.device.tags)
            tags.insert(tag);
    }
    QStringList sorted(tags.begin(), tags.end());
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}

int DeviceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DeviceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags DeviceTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QVariant DeviceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeviceRow &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::DecorationRole:
        return column == State ? QVariant(ComplianceStyle::icon(row.state)) : QVariant();
    case Qt::ForegroundRole:
        if (column == DaysLeft && row.daysLeft && *row.daysLeft < 0)
            return ComplianceStyle::colour(ComplianceState::Overdue);
        return {};
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::TextAlignmentRole:
        if (column == Licenses || column == DaysLeft)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case DeviceIdRole:
        return row.deviceId();
    case StateRole:
        return static_cast<int>(row.state);
    case SortRole:
        return sortValue(row, column);
    case SiteRole:
        return row.overview.device.site;
    case TagsRole:
        return row.overview.device.tags;
    case SearchTextRole:
        return row.searchText;
    default:
        return {};
    }
}

QVariant DeviceTableModel::display(const DeviceRow &row, int column) const
{
    const DeviceRecord &device = row.overview.device;
    const auto &latest = row.overview.latest;
    switch (column) {
    case Hostname:
        return device.hostname;
    case Address:
        return device.endpoint();
    case Platform:
        return latest ? latest->platformPid : QString();
    case Serial:
        return latest ? latest->serial : QString();
    case Version:
        return latest ? latest->softwareVersion : QString();
    case Transport:
        return latest ? DisplayText::transport(latest->transportType) : QString();
    case Trust:
        return latest ? DisplayText::trust(latest->trustInstalled) : QString();
    case Licenses:
        return latest ? QVariant(row.overview.licensesInUse) : QVariant();
    case State:
        return ComplianceStyle::text(row.state);
    case NextDue:
        return latest ? DisplayText::date(latest->nextDue) : QString();
    case DaysLeft:
        return row.daysLeft ? QVariant(*row.daysLeft) : QVariant();
    case LastRefresh:
        return DisplayText::dateTime(device.lastSeen);
    case LastError:
        return device.lastError.section(u'\n', 0, 0);
    case Site:
        return device.site;
    case Tags:
        return device.tags.join(QLatin1String(", "));
    default:
        return {};
    }
}

QVariant DeviceTableModel::sortValue(const DeviceRow &row, int column) const
{
    const auto &latest = row.overview.latest;
    switch (column) {
    case Licenses:
        return latest ? row.overview.licensesInUse : -1;
    case State:
        return static_cast<int>(row.state);
    case NextDue:
        // Devices without a due date sort after every dated one.
        return latest && latest->nextDue.isValid() ? latest->nextDue.toSecsSinceEpoch()
                                                   : std::numeric_limits<qint64>::max();
    case DaysLeft:
        return row.daysLeft ? *row.daysLeft : std::numeric_limits<qint64>::max();
    case LastRefresh:
        return row.overview.device.lastSeen.isValid() ? row.overview.device.lastSeen.toSecsSinceEpoch() : 0;
    default:
        return display(row, column).toString().toLower();
    }
}

QVariant DeviceTableModel::toolTip(const DeviceRow &row, int column) const
{
    const auto &latest = row.overview.latest;
    switch (column) {
    case State: {
        QString text = ComplianceStyle::text(row.state) + QLatin1String(": ") + ComplianceStyle::description(row.state);
        if (latest && !latest->dueReason.isEmpty() && latest->nextDue.isValid())
            text += u'\n'
                + tr("Due %1 (%2)")
                      .arg(DisplayText::date(latest->nextDue), ComplianceStyle::dueReasonText(latest->dueReason));
        return text;
    }
    case NextDue:
        if (latest && latest->nextDue.isValid())
            return ComplianceStyle::dueReasonText(latest->dueReason);
        return {};
    case LastError:
        return row.overview.device.lastError;
    case Address:
        return row.overview.device.hostKeyFingerprint.isEmpty()
            ? tr("Host key not known yet")
            : tr("Host key %1").arg(row.overview.device.hostKeyFingerprint);
    default:
        return {};
    }
}

QVariant DeviceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Hostname:
        return tr("Hostname");
    case Address:
        return tr("Address");
    case Platform:
        return tr("Platform");
    case Serial:
        return tr("Serial");
    case Version:
        return tr("IOS XR");
    case Transport:
        return tr("Transport");
    case Trust:
        return tr("Trust");
    case Licenses:
        return tr("Licenses");
    case State:
        return tr("Compliance");
    case NextDue:
        return tr("Next due");
    case DaysLeft:
        return tr("Days left");
    case LastRefresh:
        return tr("Last refresh");
    case LastError:
        return tr("Last error");
    case Site:
        return tr("Site");
    case Tags:
        return tr("Tags");
    default:
        return {};
    }
}

} // namespace slp::ui
