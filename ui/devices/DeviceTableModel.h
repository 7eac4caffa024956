#pragma once

#include "DeviceRow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

namespace slp::ui {

// The device table: one row per inventory device, filled in one go from Store::deviceOverview()
// (never a query per row), so it stays smooth with 10,000 devices.
class DeviceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Hostname,
        Address,
        Platform,
        Serial,
        Version,
        Transport,
        Trust,
        Licenses,
        State,
        NextDue,
        DaysLeft,
        LastRefresh,
        LastError,
        Site,
        Tags,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        DeviceIdRole = Qt::UserRole + 1,
        StateRole, // int(ComplianceState)
        SortRole, // a value that sorts naturally (dates, numbers), per column
        SiteRole,
        TagsRole, // QStringList
        SearchTextRole, // DeviceRow::searchText
    };

    explicit DeviceTableModel(QObject *parent = nullptr);

    void setRows(QList<DeviceRow> rows);
    const QList<DeviceRow> &rows() const { return m_rows; }
    const DeviceRow *rowForDevice(qint64 deviceId) const;
    int rowOf(qint64 deviceId) const; // -1 when absent
    // Every site and tag in use, sorted: the choices of the filters.
    QStringList sites() const;
    QStringList tags() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QVariant display(const DeviceRow &row, int column) const;
    QVariant sortValue(const DeviceRow &row, int column) const;
    QVariant toolTip(const DeviceRow &row, int column) const;

    QList<DeviceRow> m_rows;
    QHash<qint64, int> m_rowById;
};

} // namespace slp::ui
