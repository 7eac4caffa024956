#include "RefreshScheduler.h"

#include "app/ConsoleContext.h"
#include "devices/DeviceInventory.h"
#include "devices/DeviceTableModel.h"
#include "flows/JobManager.h"
#include "settings/ConsoleSettings.h"

namespace slp::ui {

RefreshScheduler::RefreshScheduler(ConsoleContext &context, DeviceInventory &inventory, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_inventory(inventory)
{
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RefreshScheduler::fire);
    apply();
}

void RefreshScheduler::apply()
{
    m_hours = m_context.settings().refreshIntervalHours();
    if (m_hours <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(std::chrono::hours(m_hours));
}

void RefreshScheduler::fire()
{
    JobManager *jobs = m_context.jobs();
    if (!jobs || jobs->isBusy())
        return;
    QList<qint64> ids;
    for (const DeviceRow &row : m_inventory.model()->rows())
        ids.append(row.deviceId());
    if (ids.isEmpty())
        return;
    jobs->startRefresh(ids, m_context.jobOptions());
    emit refreshStarted(static_cast<int>(ids.size()));
}

} // namespace slp::ui
