#pragma once

#include "compliance/ComplianceState.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QTableView;
class QToolButton;

namespace slp::ui {

class AttentionModel;
class DeviceActionController;
class DeviceInventory;
class DueTimelineWidget;

// The first screen: how many devices are in which compliance state, when the next reports are due
// (120-day timeline), and the list of what needs attention now, each one click from its fix.
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    DashboardView(DeviceInventory &inventory, DeviceActionController &actions, QWidget *parent = nullptr);

    AttentionModel *attentionModel() const { return m_attention; }
    DueTimelineWidget *timeline() const { return m_timeline; }
    QTableView *attentionTable() const { return m_attentionTable; }
    // The count shown on a state's tile.
    int tileCount(ComplianceState state) const;

signals:
    // A tile was clicked: show the devices in this state.
    void stateClicked(slp::ComplianceState state);
    // A timeline bar was clicked.
    void devicesClicked(const QList<qint64> &deviceIds, const QString &description);

private:
    void rebuild();
    void onAttentionClicked(const QModelIndex &index);

    DeviceInventory &m_inventory;
    DeviceActionController &m_actions;
    QLabel *m_headline = nullptr;
    QHash<ComplianceState, QToolButton *> m_tiles;
    QHash<ComplianceState, int> m_counts;
    DueTimelineWidget *m_timeline = nullptr;
    AttentionModel *m_attention = nullptr;
    QTableView *m_attentionTable = nullptr;
};

} // namespace slp::ui
