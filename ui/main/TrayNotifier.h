#pragma once

#include "flows/JobProgress.h"
#include "store/JobStates.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

class QSystemTrayIcon;
class QWidget;

namespace slp::ui {

class ConsoleContext;
class DeviceInventory;

// Tray notifications: when a long job ends, and when devices become overdue or due soon. Without a
// system tray (headless, some desktops) it stays silent.
class TrayNotifier : public QObject
{
    Q_OBJECT
public:
    // A job shorter than this ends without a notification: the admin is still looking.
    static constexpr int longJobSeconds = 20;

    TrayNotifier(ConsoleContext &context, DeviceInventory &inventory, QWidget *window);

    // The text a finished job is announced with (tested directly).
    static QString jobFinishedText(const QString &kind, JobState state, const JobProgress &progress);

signals:
    void notified(const QString &title, const QString &message);

private:
    void connectManager();
    void notify(const QString &title, const QString &message);
    void checkDeadlines();

    ConsoleContext &m_context;
    DeviceInventory &m_inventory;
    QSystemTrayIcon *m_tray = nullptr;
    QHash<qint64, QDateTime> m_started;
    QHash<qint64, QString> m_kinds;
    QHash<qint64, JobProgress> m_progress;
    int m_lastUrgent = -1;
};

} // namespace slp::ui
