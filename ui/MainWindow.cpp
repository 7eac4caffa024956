#include "MainWindow.h"

#include "AboutDialog.h"
#include "UiLogging.h"
#include "app/ConsoleContext.h"
#include "audit/AuditView.h"
#include "dashboard/DashboardView.h"
#include "devices/CsvInventoryController.h"
#include "devices/DeviceDialog.h"
#include "devices/DeviceInventory.h"
#include "devices/DeviceTableModel.h"
#include "devices/DevicesView.h"
#include "dropimport/DropImportController.h"
#include "flows/Job.h"
#include "flows/JobManager.h"
#include "formats/SlrAuthorizationCodeReader.h"
#include "hostkeys/HostKeyPrompter.h"
#include "jobs/JobListModel.h"
#include "jobs/JobsView.h"
#include "main/DeviceActionController.h"
#include "main/RefreshScheduler.h"
#include "main/TrayNotifier.h"
#include "reports/ReportLibraryModel.h"
#include "reports/ReportsView.h"
#include "settings/ConsoleSettings.h"
#include "settings/SettingsDialog.h"
#include "slr/SlrWizard.h"
#include "store/Store.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

namespace slp::ui {

namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kPageKey = QStringLiteral("window/page");
constexpr int kStatusMessageMs = 8000;

} // namespace

MainWindow::MainWindow(ConsoleContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_inventory(new DeviceInventory(context, this))
    , m_actions(new DeviceActionController(context, this))
    , m_library(new ReportLibraryModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(context.sessionLabel().isEmpty() ? tr("SLP Console")
                                                    : tr("SLP Console \u2014 %1").arg(context.sessionLabel()));
    setAcceptDrops(true);
    m_csv = new CsvInventoryController(context, this);
    m_drop = new DropImportController(*m_csv, *m_library, this);
    m_hostKeys = new HostKeyPrompter(context, this);
    buildPages();
    buildMenus();
    buildToolBar();
    buildStatusBar();
    m_tray = new TrayNotifier(context, *m_inventory, this);
    m_scheduler = new RefreshScheduler(context, *m_inventory, this);
    connectContext();
    resize(1280, 820);
    restoreLayout();
    if (m_context.isReady())
        onReady();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPages()
{
    m_dashboard = new DashboardView(*m_inventory, *m_actions, this);
    m_devices = new DevicesView(m_context, *m_inventory, *m_actions, this);
    m_reports = new ReportsView(m_context, *m_library, this);
    m_jobs = new JobsView(m_context, *m_inventory->model(), this);
    m_audit = new AuditView(m_context, *m_inventory->model(), this);

    m_stack = new QStackedWidget(this);
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setFixedWidth(150);
    m_navigation->setSpacing(2);
    const struct
    {
        QString text;
        QStyle::StandardPixmap icon;
        QWidget *page;
    } pages[] = {
        {tr("Dashboard"), QStyle::SP_ComputerIcon, m_dashboard},
        {tr("Devices"), QStyle::SP_DriveNetIcon, m_devices},
        {tr("Reports"), QStyle::SP_FileDialogDetailedView, m_reports},
        {tr("Jobs"), QStyle::SP_BrowserReload, m_jobs},
        {tr("Audit Log"), QStyle::SP_FileDialogContentsView, m_audit},
    };
    for (const auto &page : pages) {
        new QListWidgetItem(style()->standardIcon(page.icon), page.text, m_navigation);
        m_stack->addWidget(page.page);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    connect(m_devices, &DevicesView::selectionChanged, m_actions, &DeviceActionController::setSelection);
    connect(m_dashboard, &DashboardView::stateClicked, this, [this](ComplianceState state) {
        m_devices->filterByState(state);
        showPage(Page::Devices);
    });
    connect(m_dashboard, &DashboardView::devicesClicked, this, [this](const QList<qint64> &ids, const QString &what) {
        m_devices->filterByDevices(ids);
        showStatus(what);
        showPage(Page::Devices);
    });
    connect(m_reports, &ReportsView::importRequested, this, &MainWindow::importFiles);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setToolTipsVisible(true);
    QAction *importAction = file->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Import Files..."),
                                            this, &MainWindow::importFiles);
    importAction->setObjectName(QStringLiteral("importFiles"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importAction->setToolTip(tr("Import RUM reports, ACKs, bundles, authorization codes or an inventory CSV; the "
                                "console recognises each file by its content."));
    file->addAction(tr("Import Inventory &CSV..."), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Inventory CSV"), QString(),
                                                          tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            m_csv->importFile(path);
    });
    file->addAction(tr("&Export Inventory CSV..."), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Inventory CSV"),
                                                          QStringLiteral("inventory.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            m_csv->exportFile(path);
    });
    file->addSeparator();
    QAction *settings = file->addAction(tr("&Settings..."), this, &MainWindow::openSettings);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QStringList pageNames {tr("&Dashboard"), tr("D&evices"), tr("&Reports"), tr("&Jobs"), tr("&Audit Log")};
    for (int index = 0; index < pageNames.size(); ++index) {
        QAction *action
            = view->addAction(pageNames.at(index), this, [this, index] { showPage(static_cast<Page>(index)); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index)));
        m_pageActions.append(action);
    }
    view->addSeparator();
    m_detailPaneAction = view->addAction(tr("Device &Detail Pane"));
    m_detailPaneAction->setCheckable(true);
    m_detailPaneAction->setChecked(true);
    m_detailPaneAction->setShortcut(QKeySequence(Qt::Key_F9));
    connect(m_detailPaneAction, &QAction::toggled, m_devices, &DevicesView::setDetailPaneVisible);
    QAction *find = view->addAction(tr("&Find Device"), this, [this] {
        showPage(Page::Devices);
        m_devices->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu *devices = menuBar()->addMenu(tr("&Devices"));
    devices->setToolTipsVisible(true);
    QAction *add = devices->addAction(style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("&Add Device..."), this,
                                      &MainWindow::addDevice);
    add->setObjectName(QStringLiteral("addDevice"));
    add->setShortcut(QKeySequence::New);
    devices->addAction(m_actions->action(DeviceAction::EditDevice));
    devices->addAction(m_actions->action(DeviceAction::RemoveDevices));
    devices->addSeparator();
    devices->addAction(m_actions->action(DeviceAction::Refresh));
    QAction *refreshAll = devices->addAction(tr("Refresh A&ll Devices"), this, [this] {
        QList<qint64> ids;
        for (const DeviceRow &row : m_inventory->model()->rows())
            ids.append(row.deviceId());
        m_actions->perform(DeviceAction::Refresh, ids);
    });
    refreshAll->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    refreshAll->setObjectName(QStringLiteral("refreshAll"));

    QMenu *licensing = menuBar()->addMenu(tr("&Licensing"));
    m_actions->addFlowActions(licensing);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About SLP Console"), this, [this] { AboutDialog(this).exec(); });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    // The toolbar and menus hold the actions; the window must own their shortcuts too.
    addAction(add);
    addAction(refreshAll);
    for (DeviceAction kind : DeviceActionController::flowActions())
        addAction(m_actions->action(kind));
}

void MainWindow::buildToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QAction *add = toolBar->addAction(style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("Add Device"), this,
                                      &MainWindow::addDevice);
    add->setToolTip(tr("Add a device to the inventory (Ctrl+N)"));
    QAction *refresh = m_actions->action(DeviceAction::Refresh);
    refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    toolBar->addAction(refresh);
    toolBar->addSeparator();
    QAction *collect = m_actions->action(DeviceAction::CollectUsage);
    collect->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    toolBar->addAction(collect);
    QAction *send = m_actions->action(DeviceAction::SendToCssm);
    send->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    toolBar->addAction(send);
    QAction *slr = m_actions->action(DeviceAction::SlrWizard);
    slr->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    toolBar->addAction(slr);
    toolBar->addSeparator();
    toolBar->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("Import"), this, &MainWindow::importFiles)
        ->setToolTip(tr("Import licensing files or an inventory CSV (Ctrl+I); you can also drop files on the window."));
}

void MainWindow::buildStatusBar()
{
    m_session = new QLabel(this);
    m_session->setObjectName(QStringLiteral("sessionLabel"));
    m_deviceCount = new QLabel(this);
    m_jobCount = new QLabel(this);
    m_jobCount->setObjectName(QStringLiteral("jobCount"));
    statusBar()->addPermanentWidget(m_jobCount);
    statusBar()->addPermanentWidget(m_deviceCount);
    statusBar()->addPermanentWidget(m_session);
    if (!m_context.sessionLabel().isEmpty())
        m_session->setText(QStringLiteral("<b>%1</b>").arg(m_context.sessionLabel().toHtmlEscaped()));
    showStatus(tr("Opening the database..."));
}

void MainWindow::connectContext()
{
    connect(&m_context, &ConsoleContext::ready, this, &MainWindow::onReady);
    connect(&m_context, &ConsoleContext::openFailed, this, [this](const QString &message) {
        showStatus(message);
        QMessageBox::critical(this, tr("Database"), tr("The database could not be opened:\n%1").arg(message));
    });
    connect(m_inventory, &DeviceInventory::loaded, this, &MainWindow::updateStatusCounts);
    connect(m_inventory, &DeviceInventory::loadFailed, this, &MainWindow::showStatus);
    connect(m_actions, &DeviceActionController::editDeviceRequested, this, &MainWindow::editDevice);
    connect(m_actions, &DeviceActionController::removeDevicesRequested, this, &MainWindow::removeDevices);
    connect(m_actions, &DeviceActionController::slrWizardRequested, this, &MainWindow::openSlrWizard);
    connect(m_actions, &DeviceActionController::showDeviceRequested, this, [this](qint64 deviceId) {
        showPage(Page::Devices);
        m_devices->showDevice(deviceId);
    });
    connect(m_actions, &DeviceActionController::jobStarted, this, &MainWindow::showStatus);
    connect(m_csv, &CsvInventoryController::finished, this, &MainWindow::showStatus);
    connect(m_drop, &DropImportController::message, this, &MainWindow::showStatus);
    connect(m_drop, &DropImportController::authorizationCodeDropped, this, &MainWindow::onAuthorizationCodeDropped);
    connect(m_drop, &DropImportController::acksDropped, m_actions,
            [this](const QStringList &paths) { m_actions->uploadFromCisco(paths); });
    connect(m_hostKeys, &HostKeyPrompter::knownHostsRequested, this,
            [this] { openSettings()->showPage(SettingsDialog::KnownHosts); });
    connect(m_jobs, &JobsView::runningCountChanged, this, &MainWindow::updateStatusCounts);
}

void MainWindow::onReady()
{
    showStatus(tr("Database: %1")
                   .arg(m_context.paths().database.isEmpty() ? Store::defaultPath() : m_context.paths().database));
    m_inventory->reload();
    JobManager *jobs = m_context.jobs();
    connect(jobs, &JobManager::jobFinished, this, [this](qint64 jobId, JobState state) {
        // A job changed devices and wrote the audit log: the views read them again.
        m_context.notifyDevicesChanged();
        m_context.notifyAuditChanged();
        // Name the job and count the devices: "Job #1 failed." alone reads as if nothing worked.
        const Job *job = m_context.jobs() ? m_context.jobs()->job(jobId) : nullptr;
        const JobProgress progress = job ? job->progress() : JobProgress();
        if (progress.failed > 0)
            showStatus(tr("%1 (job #%2): %3 of %4 device(s) succeeded, %5 failed; see Jobs.")
                           .arg(JobListModel::kindText(job->kind()))
                           .arg(jobId)
                           .arg(progress.succeeded)
                           .arg(progress.total)
                           .arg(progress.failed));
        else
            showStatus(tr("Job #%1 %2.").arg(jobId).arg(JobListModel::stateText(state, false).toLower()));
        updateStatusCounts();
    });
    connect(jobs, &JobManager::jobFailedToStart, this,
            [this](qint64, const QString &message) { showStatus(tr("The job did not start: %1").arg(message)); });
    connect(jobs, &JobManager::jobAdded, this, &MainWindow::updateStatusCounts);
    // Interrupted jobs are offered in the Jobs view; say so once.
    jobs->interruptedJobs().then(this, [this](const StoreResult<QList<JobInfo>> &result) {
        if (result.ok() && !result.value.isEmpty())
            showStatus(tr("%n interrupted job(s) can be resumed in the Jobs view.", nullptr,
                          static_cast<int>(result.value.size())));
    });
}

void MainWindow::updateStatusCounts()
{
    m_deviceCount->setText(tr("%n device(s)", nullptr, m_inventory->model()->rowCount()));
    const int running = m_context.jobs() ? static_cast<int>(m_context.jobs()->liveJobs().size()) : 0;
    m_jobCount->setText(running == 0 ? QString() : tr("%n job(s) running", nullptr, running));
}

void MainWindow::showStatus(const QString &message)
{
    qCInfo(lcUi, "%s", qPrintable(message));
    statusBar()->showMessage(message, kStatusMessageMs);
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(static_cast<int>(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_stack->currentIndex());
}

void MainWindow::addDevice()
{
    auto *dialog = new DeviceDialog(m_context, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        showStatus(tr("Device %1 added.").arg(dialog->device().hostname));
        showPage(Page::Devices);
        m_devices->showDevice(dialog->savedDeviceId());
    });
    dialog->open();
}

void MainWindow::editDevice(qint64 deviceId)
{
    const DeviceRow *row = m_inventory->model()->rowForDevice(deviceId);
    if (!row)
        return;
    auto *dialog = new DeviceDialog(m_context, row->overview.device, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { showStatus(tr("Device %1 saved.").arg(dialog->device().hostname)); });
    dialog->open();
}

void MainWindow::removeDevices(const QList<qint64> &deviceIds)
{
    QStringList names;
    for (qint64 id : deviceIds) {
        if (const DeviceRow *row = m_inventory->model()->rowForDevice(id))
            names.append(row->overview.device.hostname);
    }
    if (names.isEmpty())
        return;
    const QString shown = names.size() <= 10
        ? names.join(QLatin1String(", "))
        : tr("%1 and %2 more").arg(names.mid(0, 10).join(QLatin1String(", "))).arg(names.size() - 10);
    if (QMessageBox::question(this, tr("Remove Devices"),
                              tr("Remove %n device(s) and their snapshot history from the inventory?\n%1", nullptr,
                                 static_cast<int>(names.size()))
                                  .arg(shown))
        != QMessageBox::Yes)
        return;
    auto remaining = std::make_shared<int>(static_cast<int>(deviceIds.size()));
    auto errors = std::make_shared<QStringList>();
    for (qint64 id : deviceIds) {
        m_context.store().removeDevice(id).then(
            this, [this, remaining, errors, count = names.size()](const StoreError &error) {
                if (!error.ok())
                    errors->append(error.message);
                if (--*remaining > 0)
                    return;
                m_context.notifyDevicesChanged();
                if (errors->isEmpty())
                    showStatus(tr("Removed %n device(s).", nullptr, static_cast<int>(count)));
                else
                    QMessageBox::warning(this, tr("Remove Devices"), errors->join(u'\n'));
            });
    }
}

void MainWindow::openSlrWizard(const QList<qint64> &deviceIds)
{
    if (m_slrWizard) {
        m_slrWizard->raise();
        m_slrWizard->activateWindow();
        return;
    }
    m_slrWizard = new SlrWizard(m_context, *m_inventory->model(), deviceIds, this);
    m_slrWizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_slrWizard, &SlrWizard::refreshRequested, this,
            [this](const QList<qint64> &ids) { m_actions->perform(DeviceAction::Refresh, ids); });
    m_slrWizard->show();
}

void MainWindow::onAuthorizationCodeDropped(const QString &path, const QByteArray &content)
{
    if (!m_slrWizard) {
        // Preselect the devices the codes belong to, so the admin confirms rather than searches.
        QList<qint64> matching;
        const auto codes = SlrAuthorizationCodeReader::read(content);
        if (codes.ok()) {
            for (const SlrAuthorizationCode &code : codes.value()) {
                for (const DeviceRow &row : m_inventory->model()->rows()) {
                    const auto udi = row.overview.latest ? Udi::fromText(row.overview.latest->udi) : std::nullopt;
                    if (udi && udi->serial.compare(code.udi.serial, Qt::CaseInsensitive) == 0
                        && udi->pid.compare(code.udi.pid, Qt::CaseInsensitive) == 0)
                        matching.append(row.deviceId());
                }
            }
        }
        openSlrWizard(matching);
    }
    m_slrWizard->addAuthorizationFile(path, content);
    showStatus(tr("%1 given to the SLR wizard.").arg(QFileInfo(path).fileName()));
}

SettingsDialog *MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::settingsApplied, m_scheduler, &RefreshScheduler::apply);
    connect(dialog, &SettingsDialog::languageChanged, this,
            [this] { showStatus(tr("The new language applies the next time the console starts.")); });
    dialog->open();
    return dialog;
}

void MainWindow::importFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import Files"));
    if (!paths.isEmpty())
        m_drop->importFiles(paths);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (DropImportController::accepts(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (DropImportController::accepts(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (!DropImportController::accepts(event->mimeData()))
        return;
    m_drop->handleDrop(event->mimeData());
    event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const int running = m_context.jobs() ? static_cast<int>(m_context.jobs()->liveJobs().size()) : 0;
    if (running > 0
        && QMessageBox::question(this, tr("Quit"),
                                 tr("%n job(s) are still running. Quit anyway? They are cancelled and can be resumed "
                                    "the next time.",
                                    nullptr, running))
            != QMessageBox::Yes) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}

void MainWindow::restoreLayout()
{
    QSettings &settings = m_context.settings().raw();
    if (settings.contains(kGeometryKey))
        restoreGeometry(settings.value(kGeometryKey).toByteArray());
    if (settings.contains(kStateKey))
        restoreState(settings.value(kStateKey).toByteArray());
    const int page = settings.value(kPageKey, 0).toInt();
    if (page >= 0 && page < m_stack->count())
        m_navigation->setCurrentRow(page);
}

void MainWindow::saveLayout()
{
    QSettings &settings = m_context.settings().raw();
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kPageKey, m_stack->currentIndex());
}

SlrWizard *MainWindow::slrWizard() const
{
    return m_slrWizard;
}

} // namespace slp::ui
