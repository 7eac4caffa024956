#pragma once

#include "compliance/ComplianceState.h"

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace slp::ui {

// Search box and filters of the device table: text (hostname, address, serial, platform, site,
// tags), compliance states, site and tag. Sorting uses DeviceTableModel::SortRole so dates and
// numbers sort as such.
class DeviceFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DeviceFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    // Empty: every state.
    void setStates(const QSet<ComplianceState> &states);
    QSet<ComplianceState> states() const { return m_states; }
    void setSite(const QString &site); // empty: every site
    void setTag(const QString &tag); // empty: every tag
    // Only these devices (a dashboard timeline bar); empty: no such restriction.
    void setDeviceIds(const QSet<qint64> &deviceIds);
    void clearFilters();
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words; // lower-case; every word must occur
    QSet<ComplianceState> m_states;
    QString m_site;
    QString m_tag;
    QSet<qint64> m_deviceIds;
};

} // namespace slp::ui
