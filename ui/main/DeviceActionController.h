#pragma once

#include "DeviceAction.h"

#include <QHash>
#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace slp {
class Job;
}

namespace slp::ui {

class AckUploadController;
class ConsoleContext;

// Owns one QAction per DeviceAction, keeps them enabled as the current device selection allows,
// and carries them out. Menus, toolbar, context menus and the dashboard share these actions, so an
// action looks and behaves the same wherever it is offered.
class DeviceActionController : public QObject
{
    Q_OBJECT
public:
    DeviceActionController(ConsoleContext &context, QWidget *window);

    QAction *action(DeviceAction action) const { return m_actions.value(action); }
    // The licensing flows, in menu order (for the Licensing menu and the context menu).
    static QList<DeviceAction> flowActions();
    void addFlowActions(QMenu *menu) const;

    void setSelection(const QList<qint64> &deviceIds);
    const QList<qint64> &selection() const { return m_selection; }

    // Runs `action` on `deviceIds` (the dashboard's one-click fixes use this).
    void perform(DeviceAction action, const QList<qint64> &deviceIds);
    // Upload from Cisco with these files (drag and drop hands them over after its own confirmation).
    void uploadFromCisco(const QStringList &paths, bool confirm = true);
    AckUploadController *ackUpload() const { return m_ackUpload; }

signals:
    void showDeviceRequested(qint64 deviceId);
    void editDeviceRequested(qint64 deviceId);
    void removeDevicesRequested(const QList<qint64> &deviceIds);
    void slrWizardRequested(const QList<qint64> &deviceIds);
    void jobStarted(const QString &description);

private:
    void updateEnabled();
    void refresh(const QList<qint64> &deviceIds);
    // The flows; each asks what it needs (file, token, settings), then starts its job.
    void startJob(Job *job, const QList<qint64> &deviceIds, const QString &description);
    void collectUsage(const QList<qint64> &deviceIds);
    void downloadForCisco(const QList<qint64> &deviceIds);
    void askUploadFromCisco();
    void importAck(const QList<qint64> &deviceIds);
    void sendToCssm(const QList<qint64> &deviceIds);
    void establishTrust(const QList<qint64> &deviceIds);
    void configureTransport(const QList<qint64> &deviceIds);
    void returnReservation(const QList<qint64> &deviceIds);

    ConsoleContext &m_context;
    QWidget *m_window;
    QHash<DeviceAction, QAction *> m_actions;
    QList<qint64> m_selection;
    AckUploadController *m_ackUpload;
};

} // namespace slp::ui
