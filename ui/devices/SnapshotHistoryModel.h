#pragma once

#include "store/SnapshotSummary.h"

#include <QAbstractTableModel>
#include <QList>

namespace slp::ui {

// A device's snapshots over time, newest first (detail pane, History tab).
class SnapshotHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TakenAt, State, NextDue, LastAck, Transport, Trust, Version, ParseIssues, ColumnCount };
    enum Role { SnapshotIdRole = Qt::UserRole + 1 };

    explicit SnapshotHistoryModel(QObject *parent = nullptr);

    void setHistory(QList<SnapshotSummary> history);
    const QList<SnapshotSummary> &history() const { return m_history; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SnapshotSummary> m_history;
};

} // namespace slp::ui
