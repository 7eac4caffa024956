#pragma once

#include "compliance/ComplianceState.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;

namespace slp::ui {

class ConsoleContext;
class DeviceActionController;
class DeviceDetailPane;
class DeviceFilterProxy;
class DeviceInventory;

// The Devices view: search box and filters over the device table, multi-select, the context menu
// of device actions, and the detail pane of the current device.
class DevicesView : public QWidget
{
    Q_OBJECT
public:
    DevicesView(ConsoleContext &context, DeviceInventory &inventory, DeviceActionController &actions,
                QWidget *parent = nullptr);
    ~DevicesView() override;

    QList<qint64> selectedDeviceIds() const;
    // Selects one device (clearing filters that hide it) and scrolls to it.
    void showDevice(qint64 deviceId);
    // Shows only the devices in `state` (a dashboard tile).
    void filterByState(ComplianceState state);
    // Shows only these devices (a dashboard timeline bar), with every other filter cleared.
    void filterByDevices(const QList<qint64> &deviceIds);
    void clearFilters();
    void setDetailPaneVisible(bool visible);
    bool isDetailPaneVisible() const;
    void focusSearch();

    QTableView *table() const { return m_table; }
    DeviceFilterProxy *proxy() const { return m_proxy; }
    DeviceDetailPane *detailPane() const { return m_detail; }

signals:
    void selectionChanged(const QList<qint64> &deviceIds);
    void detailPaneVisibilityChanged(bool visible);

private:
    void buildFilters();
    void refillFilterChoices();
    void applyStateFilter();
    void updateCount();
    void onSelectionChanged();
    void showContextMenu(const QPoint &position);
    void showHeaderMenu(const QPoint &position);
    void restoreLayout();
    void saveLayout() const;

    ConsoleContext &m_context;
    DeviceInventory &m_inventory;
    DeviceActionController &m_actions;
    DeviceFilterProxy *m_proxy;
    QLineEdit *m_search = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QComboBox *m_siteFilter = nullptr;
    QComboBox *m_tagFilter = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    DeviceDetailPane *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    qint64 m_pendingShowDevice = 0;
};

} // namespace slp::ui
