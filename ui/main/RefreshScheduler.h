#pragma once

#include <QObject>
#include <QTimer>

namespace slp::ui {

class ConsoleContext;
class DeviceInventory;

// Settings > Automatic refresh: refreshes every device at the chosen interval while the console runs
// (skipped while another job is busy, so runs never pile up).
class RefreshScheduler : public QObject
{
    Q_OBJECT
public:
    RefreshScheduler(ConsoleContext &context, DeviceInventory &inventory, QObject *parent = nullptr);

    // Reads the interval from the settings again.
    void apply();
    bool isActive() const { return m_timer.isActive(); }
    int intervalHours() const { return m_hours; }

signals:
    void refreshStarted(int devices);

private:
    void fire();

    ConsoleContext &m_context;
    DeviceInventory &m_inventory;
    QTimer m_timer;
    int m_hours = 0;
};

} // namespace slp::ui
