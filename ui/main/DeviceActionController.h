#pragma once

#include "DeviceAction.h"

#include <QHash>
#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace slp::ui {

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

signals:
    void showDeviceRequested(qint64 deviceId);
    void editDeviceRequested(qint64 deviceId);
    void removeDevicesRequested(const QList<qint64> &deviceIds);
    void slrWizardRequested(const QList<qint64> &deviceIds);
    void jobStarted(const QString &description);

private:
    void updateEnabled();
    void refresh(const QList<qint64> &deviceIds);

    ConsoleContext &m_context;
    QWidget *m_window;
    QHash<DeviceAction, QAction *> m_actions;
    QList<qint64> m_selection;
};

} // namespace slp::ui
