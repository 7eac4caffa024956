#pragma once

#include "compliance/ComplianceState.h"
#include "main/DeviceAction.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include <optional>

namespace slp::ui {

struct DeviceRow;

// What needs attention now and why: devices overdue, out of compliance, unreachable, without trust
// or due soon, worst first, each with the action that fixes it (one click on the Fix column).
class AttentionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Device, State, Why, Fix, ColumnCount };
    enum Role { DeviceIdRole = Qt::UserRole + 1, FixActionRole, FixAvailableRole };

    struct Item
    {
        qint64 deviceId = 0;
        QString hostname;
        ComplianceState state = ComplianceState::Unknown;
        QString why;
        DeviceAction fix = DeviceAction::ShowDevice;
        std::optional<qint64> daysLeft;
    };

    explicit AttentionModel(QObject *parent = nullptr);

    static bool needsAttention(ComplianceState state);
    static DeviceAction fixFor(ComplianceState state);
    static Item itemFor(const DeviceRow &row);

    void setRows(const QList<DeviceRow> &rows);
    const QList<Item> &items() const { return m_items; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Item> m_items;
};

} // namespace slp::ui
