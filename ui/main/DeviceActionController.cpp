#include "DeviceActionController.h"

#include "app/ConsoleContext.h"
#include "flows/JobManager.h"
#include "flows/RefreshJob.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QWidget>

namespace slp::ui {

namespace {

QKeySequence shortcutOf(DeviceAction action)
{
    switch (action) {
    case DeviceAction::Refresh:
        return QKeySequence::Refresh;
    case DeviceAction::EditDevice:
        return QKeySequence(Qt::CTRL | Qt::Key_E);
    case DeviceAction::RemoveDevices:
        return QKeySequence::Delete;
    case DeviceAction::CollectUsage:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    case DeviceAction::SendToCssm:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    case DeviceAction::SlrWizard:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    default:
        return {};
    }
}

} // namespace

DeviceActionController::DeviceActionController(ConsoleContext &context, QWidget *window)
    : QObject(window)
    , m_context(context)
    , m_window(window)
{
    const QList<DeviceAction> all {
        DeviceAction::Refresh,           DeviceAction::CollectUsage,       DeviceAction::SendToCssm,
        DeviceAction::DownloadForCisco,  DeviceAction::UploadFromCisco,    DeviceAction::ImportAck,
        DeviceAction::EstablishTrust,    DeviceAction::ConfigureTransport, DeviceAction::SlrWizard,
        DeviceAction::ReturnReservation, DeviceAction::EditDevice,         DeviceAction::RemoveDevices,
        DeviceAction::ShowDevice};
    for (DeviceAction kind : all) {
        auto *action = new QAction(DeviceActionCatalog::text(kind), this);
        action->setToolTip(DeviceActionCatalog::toolTip(kind));
        action->setStatusTip(DeviceActionCatalog::toolTip(kind).replace(u'\n', u' '));
        action->setShortcut(shortcutOf(kind));
        // The device table's shortcuts (Delete, F5) must not fire while typing in the search box.
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, kind] { perform(kind, m_selection); });
        m_actions.insert(kind, action);
    }
    connect(&m_context, &ConsoleContext::ready, this, &DeviceActionController::updateEnabled);
    updateEnabled();
}

QList<DeviceAction> DeviceActionController::flowActions()
{
    return {DeviceAction::Refresh,          DeviceAction::CollectUsage,       DeviceAction::SendToCssm,
            DeviceAction::DownloadForCisco, DeviceAction::UploadFromCisco,    DeviceAction::ImportAck,
            DeviceAction::EstablishTrust,   DeviceAction::ConfigureTransport, DeviceAction::SlrWizard,
            DeviceAction::ReturnReservation};
}

void DeviceActionController::addFlowActions(QMenu *menu) const
{
    menu->setToolTipsVisible(true);
    for (DeviceAction kind : flowActions()) {
        menu->addAction(action(kind));
        if (kind == DeviceAction::Refresh || kind == DeviceAction::UploadFromCisco
            || kind == DeviceAction::ConfigureTransport)
            menu->addSeparator();
    }
}

void DeviceActionController::setSelection(const QList<qint64> &deviceIds)
{
    m_selection = deviceIds;
    updateEnabled();
}

void DeviceActionController::updateEnabled()
{
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        const DeviceAction kind = it.key();
        bool enabled = DeviceActionCatalog::isImplemented(kind) && m_context.isReady();
        if (kind == DeviceAction::EditDevice || kind == DeviceAction::ShowDevice)
            enabled = enabled && m_selection.size() == 1;
        else if (kind == DeviceAction::Refresh || kind == DeviceAction::RemoveDevices)
            enabled = enabled && !m_selection.isEmpty();
        // The SLR wizard starts with a device page of its own: it opens with or without a selection.
        it.value()->setEnabled(enabled);
    }
}

void DeviceActionController::perform(DeviceAction action, const QList<qint64> &deviceIds)
{
    if (!DeviceActionCatalog::isImplemented(action)) {
        QMessageBox::information(m_window, DeviceActionCatalog::plainText(action),
                                 DeviceActionCatalog::notImplementedReason(action));
        return;
    }
    switch (action) {
    case DeviceAction::Refresh:
        refresh(deviceIds);
        return;
    case DeviceAction::SlrWizard:
        emit slrWizardRequested(deviceIds);
        return;
    case DeviceAction::EditDevice:
        if (!deviceIds.isEmpty())
            emit editDeviceRequested(deviceIds.first());
        return;
    case DeviceAction::RemoveDevices:
        if (!deviceIds.isEmpty())
            emit removeDevicesRequested(deviceIds);
        return;
    case DeviceAction::ShowDevice:
        if (!deviceIds.isEmpty())
            emit showDeviceRequested(deviceIds.first());
        return;
    default:
        return;
    }
}

void DeviceActionController::refresh(const QList<qint64> &deviceIds)
{
    if (!m_context.jobs() || deviceIds.isEmpty())
        return;
    m_context.jobs()->startRefresh(deviceIds, m_context.jobOptions());
    emit jobStarted(tr("Refreshing %n device(s)", nullptr, static_cast<int>(deviceIds.size())));
}

} // namespace slp::ui
