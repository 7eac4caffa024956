#include "DeviceActionController.h"

#include "actions/AckUploadController.h"
#include "actions/TransportDialog.h"
#include "actions/TrustDialog.h"
#include "app/ConsoleContext.h"
#include "flows/CollectUsageJob.h"
#include "flows/ExportBundleJob.h"
#include "flows/JobManager.h"
#include "flows/RefreshJob.h"
#include "flows/SendToCssmJob.h"
#include "flows/SlrJob.h"
#include "flows/TransportJob.h"
#include "flows/TrustJob.h"
#include "secrets/SecretStore.h"
#include "store/CssmSettingsStore.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
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
    , m_ackUpload(new AckUploadController(context, window))
{
    connect(m_ackUpload, &AckUploadController::jobStarted, this, &DeviceActionController::jobStarted);
    connect(m_ackUpload, &AckUploadController::failed, this, [this](const QString &message) {
        QMessageBox::warning(m_window, DeviceActionCatalog::plainText(DeviceAction::UploadFromCisco), message);
    });
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
        else if (kind == DeviceAction::ImportAck)
            enabled = enabled && m_selection.size() == 1;
        else if (kind != DeviceAction::SlrWizard && kind != DeviceAction::UploadFromCisco)
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
    case DeviceAction::CollectUsage:
        collectUsage(deviceIds);
        return;
    case DeviceAction::DownloadForCisco:
        downloadForCisco(deviceIds);
        return;
    case DeviceAction::UploadFromCisco:
        askUploadFromCisco();
        return;
    case DeviceAction::ImportAck:
        importAck(deviceIds);
        return;
    case DeviceAction::SendToCssm:
        sendToCssm(deviceIds);
        return;
    case DeviceAction::EstablishTrust:
        establishTrust(deviceIds);
        return;
    case DeviceAction::ConfigureTransport:
        configureTransport(deviceIds);
        return;
    case DeviceAction::ReturnReservation:
        returnReservation(deviceIds);
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

namespace slp::ui {

void DeviceActionController::startJob(Job *job, const QList<qint64> &deviceIds, const QString &description)
{
    m_context.jobs()->startJob(job, deviceIds);
    emit jobStarted(description);
}

void DeviceActionController::collectUsage(const QList<qint64> &deviceIds)
{
    if (!m_context.jobs() || deviceIds.isEmpty())
        return;
    startJob(new CollectUsageJob(m_context.jobs()->environment(), m_context.jobOptions(), UsageMode::Unreported),
             deviceIds, tr("Collecting usage on %n device(s)", nullptr, static_cast<int>(deviceIds.size())));
}

void DeviceActionController::downloadForCisco(const QList<qint64> &deviceIds)
{
    if (!m_context.jobs() || deviceIds.isEmpty())
        return;
    const QString suggested
        = QDir::home().filePath(QStringLiteral("UD_SA_%1.tar.gz")
                                    .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd_HHmmss"))));
    const QString path
        = QFileDialog::getSaveFileName(m_window, tr("Download All for Cisco"), suggested,
                                       tr("Usage bundles (*.tar.gz)"), nullptr, QFileDialog::DontUseNativeDialog);
    if (path.isEmpty())
        return;
    ExportBundleJob::Settings settings;
    settings.outputPath = path;
    settings.overwrite = true; // the save dialog already asked about an existing file
    startJob(new ExportBundleJob(m_context.jobs()->environment(), m_context.jobOptions(), settings), deviceIds,
             tr("Writing the usage of %n device(s) into %1", nullptr, static_cast<int>(deviceIds.size()))
                 .arg(QDir::toNativeSeparators(path)));
}

void DeviceActionController::askUploadFromCisco()
{
    const QStringList paths
        = QFileDialog::getOpenFileNames(m_window, tr("Upload from Cisco"), QDir::homePath(),
                                        tr("ACK bundles and ACK files (*.tar.gz *.tgz *.xml *.txt);;All files (*)"),
                                        nullptr, QFileDialog::DontUseNativeDialog);
    uploadFromCisco(paths);
}

void DeviceActionController::uploadFromCisco(const QStringList &paths, bool confirm)
{
    m_ackUpload->upload(paths, confirm);
}

void DeviceActionController::importAck(const QList<qint64> &deviceIds)
{
    if (deviceIds.size() != 1)
        return;
    const QStringList paths = QFileDialog::getOpenFileNames(m_window, tr("Import ACK"), QDir::homePath(),
                                                            tr("ACK files (*.xml *.txt);;All files (*)"), nullptr,
                                                            QFileDialog::DontUseNativeDialog);
    m_ackUpload->importOnDevice(deviceIds.first(), paths);
}

void DeviceActionController::sendToCssm(const QList<qint64> &deviceIds)
{
    if (!m_context.jobs() || deviceIds.isEmpty())
        return;
    if (!m_context.isCssmConfigured()) {
        QMessageBox::information(m_window, DeviceActionCatalog::plainText(DeviceAction::SendToCssm),
                                 CssmSettingsStore::notConfiguredMessage());
        return;
    }
    startJob(new SendToCssmJob(m_context.jobs()->environment(), m_context.jobOptions()), deviceIds,
             tr("Sending the usage of %n device(s) to CSSM", nullptr, static_cast<int>(deviceIds.size())));
}

void DeviceActionController::establishTrust(const QList<qint64> &deviceIds)
{
    if (!m_context.jobs() || deviceIds.isEmpty())
        return;
    TrustDialog dialog(static_cast<int>(deviceIds.size()), m_context.isCssmConfigured(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    TrustJob::Settings settings;
    settings.force = dialog.force();
    const QString description = tr("Establishing trust on %n device(s)", nullptr, static_cast<int>(deviceIds.size()));
    if (dialog.fromCssm()) {
        settings.fromCssm = true;
        startJob(new TrustJob(m_context.jobs()->environment(), m_context.jobOptions(), settings), deviceIds,
                 description);
        return;
    }
    // The pasted token goes into the secret store; the job's parameters name only the reference.
    settings.tokenReference = QStringLiteral("idtoken/console");
    m_context.secrets()
        .write(settings.tokenReference, Secret::fromString(dialog.pastedToken()))
        .then(this, [this, settings, deviceIds, description](const SecretResult &stored) {
            if (!stored.ok()) {
                QMessageBox::warning(m_window, DeviceActionCatalog::plainText(DeviceAction::EstablishTrust),
                                     tr("The ID token could not be kept in the secret store: %1").arg(stored.message));
                return;
            }
            if (m_context.jobs())
                startJob(new TrustJob(m_context.jobs()->environment(), m_context.jobOptions(), settings), deviceIds,
                         description);
        });
}

void DeviceActionController::configureTransport(const QList<qint64> &deviceIds)
{
    if (!m_context.jobs() || deviceIds.isEmpty())
        return;
    TransportDialog dialog(static_cast<int>(deviceIds.size()), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const TransportSettings settings = dialog.settings();
    startJob(new TransportJob(m_context.jobs()->environment(), m_context.jobOptions(), settings), deviceIds,
             tr("Configuring the transport of %n device(s): %1", nullptr, static_cast<int>(deviceIds.size()))
                 .arg(settings.describe()));
}

void DeviceActionController::returnReservation(const QList<qint64> &deviceIds)
{
    if (!m_context.jobs() || deviceIds.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        m_window, DeviceActionCatalog::plainText(DeviceAction::ReturnReservation),
        tr("Return the installed reservation of %n device(s)? The licenses stop being reserved on the router; "
           "the return code is shown in the job's steps%1.",
           nullptr, static_cast<int>(deviceIds.size()))
            .arg(m_context.isCssmConfigured() ? tr(" and credited back in CSSM")
                                              : tr(" (enter it in the CSSM portal to credit the licenses back)")));
    if (answer != QMessageBox::Yes)
        return;
    SlrJob::Settings settings;
    settings.mode = SlrJob::Mode::Return;
    startJob(new SlrJob(m_context.jobs()->environment(), m_context.jobOptions(), settings), deviceIds,
             tr("Returning the reservation of %n device(s)", nullptr, static_cast<int>(deviceIds.size())));
}

} // namespace slp::ui
