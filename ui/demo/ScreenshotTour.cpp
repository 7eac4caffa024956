#include "ScreenshotTour.h"

#include "MainWindow.h"
#include "app/ConsoleContext.h"
#include "devices/DeviceDetailPane.h"
#include "devices/DeviceInventory.h"
#include "devices/DeviceTableModel.h"
#include "devices/DevicesView.h"
#include "flows/JobManager.h"
#include "slr/SlrSession.h"
#include "slr/SlrWizard.h"

#include <QDir>
#include <QPixmap>
#include <QTabWidget>

#include <cstdio>

namespace slp::ui {

namespace {

// Lets layouts, the detail pane's store reads and repaints settle between steps.
constexpr int kSettleMs = 1500;

qint64 deviceNamed(const DeviceTableModel &model, const QString &hostname)
{
    for (const DeviceRow &row : model.rows()) {
        if (row.overview.device.hostname == hostname)
            return row.deviceId();
    }
    return model.rows().isEmpty() ? 0 : model.rows().constFirst().deviceId();
}

} // namespace

ScreenshotTour::ScreenshotTour(MainWindow &window, QString directory)
    : QObject(&window)
    , m_window(window)
    , m_directory(std::move(directory))
{
    m_limit.setSingleShot(true);
    connect(&m_limit, &QTimer::timeout, this, [this] { fail(QStringLiteral("the tour did not finish in time")); });
    m_limit.start(timeLimitMs);
    ConsoleContext &context = m_window.context();
    connect(&context, &ConsoleContext::ready, this, [this, &context] {
        // The demo lab's first refresh: once it has finished and the inventory has reloaded, the
        // dashboard shows the lab's states.
        connect(context.jobs(), &JobManager::jobFinished, this, [this] { m_refreshDone = true; });
    });
    connect(m_window.inventory(), &DeviceInventory::loaded, this, [this] {
        if (!m_refreshDone || m_started)
            return;
        m_started = true;
        QTimer::singleShot(kSettleMs, this, &ScreenshotTour::shootDashboard);
    });
}

void ScreenshotTour::shootDashboard()
{
    m_window.showPage(MainWindow::Page::Dashboard);
    QTimer::singleShot(kSettleMs, this, [this] {
        if (save(&m_window, QStringLiteral("dashboard.png")))
            shootDevices();
    });
}

void ScreenshotTour::shootDevices()
{
    m_window.showPage(MainWindow::Page::Devices);
    const qint64 device = deviceNamed(*m_window.inventory()->model(), QStringLiteral("vie-p04"));
    m_window.devices()->showDevice(device);
    m_window.devices()->detailPane()->tabs()->setCurrentIndex(1); // Licenses
    QTimer::singleShot(kSettleMs, this, [this] {
        if (save(&m_window, QStringLiteral("devices.png")))
            shootWizard();
    });
}

void ScreenshotTour::shootWizard()
{
    const DeviceTableModel &model = *m_window.inventory()->model();
    QList<qint64> reserved;
    for (const QString &name : {QStringLiteral("lon-bng10"), QStringLiteral("dub-cr28"), QStringLiteral("cph-p77"),
                                QStringLiteral("vie-agg90")})
        reserved.append(deviceNamed(model, name));
    m_window.openSlrWizard(reserved);
    SlrWizard *wizard = m_window.slrWizard();
    if (!wizard) {
        fail(QStringLiteral("the SLR wizard did not open"));
        return;
    }
    connect(wizard->session(), &SlrSession::devicesLoaded, this, [this, wizard] {
        QTimer::singleShot(kSettleMs, this, [this, wizard] {
            if (!save(wizard, QStringLiteral("slr-wizard.png")))
                return;
            wizard->close();
            m_limit.stop();
            emit finished(0);
        });
    });
    wizard->next(); // to the prechecks, which read the devices' snapshots
}

bool ScreenshotTour::save(QWidget *widget, const QString &name)
{
    const QString path = QDir(m_directory).filePath(name);
    // A screenshot is written once at the end of a scripted run: the GUI has nothing else to do.
    if (!QDir().mkpath(m_directory) || !widget->grab().save(path)) {
        fail(QStringLiteral("cannot write %1").arg(path));
        return false;
    }
    std::fprintf(stderr, "slpconsole: saved %s\n", qPrintable(path));
    return true;
}

void ScreenshotTour::fail(const QString &message)
{
    std::fprintf(stderr, "slpconsole: screenshots: %s\n", qPrintable(message));
    m_limit.stop();
    emit finished(1);
}

} // namespace slp::ui
