#pragma once

#include "store/AuditEntry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace slp::ui {

// The audit log, newest first: who did what to which device, with which command, and how it went.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { At, Actor, Device, Action, Command, Outcome, Detail, ColumnCount };

    explicit AuditLogModel(QObject *parent = nullptr);

    // `deviceNames` names the devices the entries refer to (id -> hostname).
    void setEntries(QList<AuditEntry> entries, QHash<qint64, QString> deviceNames);
    const QList<AuditEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
    QHash<qint64, QString> m_deviceNames;
};

} // namespace slp::ui
