#pragma once

#include "store/UsageRow.h"

#include <QAbstractTableModel>
#include <QList>

namespace slp::ui {

// The licenses a device uses, as read by its latest refresh (detail pane, Licenses tab).
class UsageTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Count, Status, LicenseType, Enforcement, ExportStatus, Version, EntitlementTag, ColumnCount };

    explicit UsageTableModel(QObject *parent = nullptr);

    void setUsage(QList<UsageRow> usage);
    const QList<UsageRow> &usage() const { return m_usage; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<UsageRow> m_usage;
};

} // namespace slp::ui
