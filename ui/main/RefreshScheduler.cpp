#include "RefreshScheduler.h"

#include "app/ConsoleContext.h"
#include "devices/DeviceInventory.h"
#include "devices/DeviceTableModel.h"
#include "flows/CollectUsageJob.h"
#include "flows/JobManager.h"
#include "settings/ConsoleSettings.h"

namespace slp::ui {

RefreshScheduler::RefreshScheduler(ConsoleContext &context, DeviceInventory &inventory, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_inventory(inventory)
{
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    m_collectTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RefreshScheduler::fire);
    connect(&m_collectTimer, &QTimer::timeout, this, &RefreshScheduler::fireCollect);
    apply();
}

void RefreshScheduler::apply()
{
    m_hours = m_context.settings().refreshIntervalHours();
    if (m_hours > 0)
        m_timer.start(std::chrono::hours(m_hours));
    else
        m_timer.stop();
    m_collectHours = m_context.settings().collectIntervalHours();
    if (m_collectHours > 0)
        m_collectTimer.start(std::chrono::hours(m_collectHours));
    else
        m_collectTimer.stop();
}

QList<qint64> RefreshScheduler::idleFleet() const
{
    JobManager *jobs = m_context.jobs();
    if (!jobs || jobs->isBusy())
        return {};
    QList<qint64> ids;
    for (const DeviceRow &row : m_inventory.model()->rows())
        ids.append(row.deviceId());
    return ids;
}

void RefreshScheduler::fire()
{
    const QList<qint64> ids = idleFleet();
    if (ids.isEmpty())
        return;
    m_context.jobs()->startRefresh(ids, m_context.jobOptions());
    emit refreshStarted(static_cast<int>(ids.size()));
}

void RefreshScheduler::fireCollect()
{
    const QList<qint64> ids = idleFleet();
    if (ids.isEmpty())
        return;
    JobManager *jobs = m_context.jobs();
    jobs->startJob(new CollectUsageJob(jobs->environment(), m_context.jobOptions(), UsageMode::Unreported), ids);
    emit collectStarted(static_cast<int>(ids.size()));
}

} // namespace slp::ui
