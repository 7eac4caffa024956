#pragma once

#include <QList>
#include <QMainWindow>
#include <QPointer>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace slp::ui {

class AuditView;
class ConsoleContext;
class CsvInventoryController;
class DashboardView;
class DeviceActionController;
class DeviceInventory;
class DevicesView;
class DropImportController;
class HostKeyPrompter;
class JobsView;
class RefreshScheduler;
class ReportLibraryModel;
class ReportsView;
class SettingsDialog;
class SlrWizard;
class TrayNotifier;

// The console's main window: navigation between Dashboard, Devices, Reports, Jobs and Audit log;
// menus, toolbar, shortcuts, status bar; drag and drop of licensing files anywhere on it. Window
// layout and column choices are remembered.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page { Dashboard, Devices, Reports, Jobs, Audit };

    explicit MainWindow(ConsoleContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;

    ConsoleContext &context() const { return m_context; }
    DashboardView *dashboard() const { return m_dashboard; }
    DevicesView *devices() const { return m_devices; }
    ReportsView *reports() const { return m_reports; }
    JobsView *jobs() const { return m_jobs; }
    AuditView *audit() const { return m_audit; }
    DeviceInventory *inventory() const { return m_inventory; }
    DeviceActionController *actions() const { return m_actions; }
    DropImportController *dropImport() const { return m_drop; }
    CsvInventoryController *csv() const { return m_csv; }
    HostKeyPrompter *hostKeys() const { return m_hostKeys; }
    ReportLibraryModel *reportLibrary() const { return m_library; }
    SlrWizard *slrWizard() const;

public slots:
    void addDevice();
    void editDevice(qint64 deviceId);
    void removeDevices(const QList<qint64> &deviceIds);
    void openSlrWizard(const QList<qint64> &deviceIds);
    SettingsDialog *openSettings();
    void importFiles();
    void showStatus(const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPages();
    void buildMenus();
    void buildToolBar();
    void buildStatusBar();
    void connectContext();
    void onReady();
    void onAuthorizationCodeDropped(const QString &path, const QByteArray &content);
    void updateStatusCounts();
    void restoreLayout();
    void saveLayout();

    ConsoleContext &m_context;
    DeviceInventory *m_inventory;
    DeviceActionController *m_actions;
    ReportLibraryModel *m_library;
    CsvInventoryController *m_csv = nullptr;
    DropImportController *m_drop = nullptr;
    HostKeyPrompter *m_hostKeys = nullptr;
    TrayNotifier *m_tray = nullptr;
    RefreshScheduler *m_scheduler = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    DashboardView *m_dashboard = nullptr;
    DevicesView *m_devices = nullptr;
    ReportsView *m_reports = nullptr;
    JobsView *m_jobs = nullptr;
    AuditView *m_audit = nullptr;
    QLabel *m_deviceCount = nullptr;
    QLabel *m_jobCount = nullptr;
    QLabel *m_session = nullptr;
    QPointer<SlrWizard> m_slrWizard;
    QAction *m_detailPaneAction = nullptr;
    QList<QAction *> m_pageActions;
};

} // namespace slp::ui
