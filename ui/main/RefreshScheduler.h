#pragma once

#include <QObject>
#include <QTimer>

namespace slp::ui {

class ConsoleContext;
class DeviceInventory;

// Settings > Automatic refresh / collect: refreshes every device, and collects every device's
// unreported usage into the report library, at the chosen intervals while the console runs (a run is
// skipped while another job is busy, so runs never pile up).
class RefreshScheduler : public QObject
{
    Q_OBJECT
public:
    RefreshScheduler(ConsoleContext &context, DeviceInventory &inventory, QObject *parent = nullptr);

    // Reads the interval from the settings again.
    void apply();
    bool isActive() const { return m_timer.isActive(); }
    int intervalHours() const { return m_hours; }
    bool isCollectActive() const { return m_collectTimer.isActive(); }
    int collectIntervalHours() const { return m_collectHours; }

signals:
    void refreshStarted(int devices);
    void collectStarted(int devices);

private:
    void fire();
    void fireCollect();
    // Every device of the inventory; empty while the console is not ready or another job runs.
    QList<qint64> idleFleet() const;

    ConsoleContext &m_context;
    DeviceInventory &m_inventory;
    QTimer m_timer;
    QTimer m_collectTimer;
    int m_hours = 0;
    int m_collectHours = 0;
};

} // namespace slp::ui
