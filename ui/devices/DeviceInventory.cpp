#include "DeviceInventory.h"

#include "DeviceTableModel.h"
#include "UiLogging.h"
#include "app/ConsoleContext.h"
#include "store/Store.h"

namespace slp::ui {

DeviceInventory::DeviceInventory(ConsoleContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_model(new DeviceTableModel(this))
{
    connect(&m_context, &ConsoleContext::devicesChanged, this, &DeviceInventory::reload);
}

void DeviceInventory::reload()
{
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    m_reloadAgain = false;
    // The rows are derived on a pool thread too: with 10,000 devices the search texts are worth it.
    m_context.store()
        .deviceOverview()
        .then(QtFuture::Launch::Async,
              [](const StoreResult<QList<DeviceOverview>> &result) {
                  QList<DeviceRow> rows;
                  if (!result.ok())
                      return std::make_pair(rows, result.error.message);
                  const QDateTime now = QDateTime::currentDateTimeUtc();
                  rows.reserve(result.value.size());
                  for (const DeviceOverview &overview : result.value)
                      rows.append(DeviceRow::from(overview, now));
                  return std::make_pair(rows, QString());
              })
        .then(this, [this](const std::pair<QList<DeviceRow>, QString> &outcome) {
            m_loading = false;
            if (!outcome.second.isEmpty()) {
                qCWarning(lcUi, "Loading the devices failed: %s", qPrintable(outcome.second));
                emit loadFailed(outcome.second);
            } else {
                m_model->setRows(outcome.first);
                m_loaded = true;
                emit loaded(static_cast<int>(outcome.first.size()));
            }
            if (m_reloadAgain)
                reload();
        });
}

} // namespace slp::ui
