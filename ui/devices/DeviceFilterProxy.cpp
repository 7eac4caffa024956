#include "DeviceFilterProxy.h"

#include "DeviceTableModel.h"

namespace slp::ui {

DeviceFilterProxy::DeviceFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DeviceTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void DeviceFilterProxy::setSearchText(const QString &text)
{
    const QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void DeviceFilterProxy::setStates(const QSet<ComplianceState> &states)
{
    if (states == m_states)
        return;
    m_states = states;
    invalidateFilter();
}

void DeviceFilterProxy::setSite(const QString &site)
{
    if (site == m_site)
        return;
    m_site = site;
    invalidateFilter();
}

void DeviceFilterProxy::setTag(const QString &tag)
{
    if (tag == m_tag)
        return;
    m_tag = tag;
    invalidateFilter();
}

void DeviceFilterProxy::setDeviceIds(const QSet<qint64> &deviceIds)
{
    if (deviceIds == m_deviceIds)
        return;
    m_deviceIds = deviceIds;
    invalidateFilter();
}

void DeviceFilterProxy::clearFilters()
{
    m_deviceIds.clear();
    m_words.clear();
    m_states.clear();
    m_site.clear();
    m_tag.clear();
    invalidateFilter();
}

bool DeviceFilterProxy::isFiltering() const
{
    return !m_words.isEmpty() || !m_states.isEmpty() || !m_site.isEmpty() || !m_tag.isEmpty() || !m_deviceIds.isEmpty();
}

bool DeviceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // Reads the row directly rather than through data(): with 10,000 devices every keystroke
    // filters all of them, and QVariant round trips would be most of the cost.
    const auto *model = qobject_cast<const DeviceTableModel *>(sourceModel());
    if (!model || sourceParent.isValid() || sourceRow < 0 || sourceRow >= model->rows().size())
        return false;
    const DeviceRow &row = model->rows().at(sourceRow);
    if (!m_deviceIds.isEmpty() && !m_deviceIds.contains(row.deviceId()))
        return false;
    if (!m_states.isEmpty() && !m_states.contains(row.state))
        return false;
    if (!m_site.isEmpty() && row.overview.device.site.compare(m_site, Qt::CaseInsensitive) != 0)
        return false;
    if (!m_tag.isEmpty() && !row.overview.device.tags.contains(m_tag, Qt::CaseInsensitive))
        return false;
    for (const QString &word : m_words) {
        if (!row.searchText.contains(word))
            return false;
    }
    return true;
}

} // namespace slp::ui
