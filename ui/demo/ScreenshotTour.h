#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class QWidget;

namespace slp::ui {

class MainWindow;

// `slpconsole --demo-lab --screenshots DIR` (scripts/screenshots.sh): once the lab's first refresh
// has finished, saves the dashboard, the devices view with its detail pane and the SLR wizard as PNG
// files into DIR, then finished(0). A tour that cannot complete within its time limit finishes(1).
class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    static constexpr int timeLimitMs = 300'000; // a loaded machine refreshes 24 routers slowly

    ScreenshotTour(MainWindow &window, QString directory);

signals:
    void finished(int exitCode);

private:
    void shootDashboard();
    void shootDevices();
    void shootWizard();
    bool save(QWidget *widget, const QString &name);
    void fail(const QString &message);

    MainWindow &m_window;
    QString m_directory;
    QTimer m_limit;
    bool m_refreshDone = false;
    bool m_started = false;
};

} // namespace slp::ui
