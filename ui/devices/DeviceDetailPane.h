#pragma once

#include "store/SnapshotRecord.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;
class QTableView;

namespace slp::ui {

class ConsoleContext;
class DeviceTableModel;
class FactsView;
class SnapshotHistoryModel;
class UsageTableModel;

// Everything known about one device: compliance verdict and why, license usage, policy and
// reporting timers, trust and transport, reservation, snapshot history and the raw output of the
// last refresh. Loads from the store off the GUI thread when the current device changes.
class DeviceDetailPane : public QWidget
{
    Q_OBJECT
public:
    DeviceDetailPane(ConsoleContext &context, const DeviceTableModel &devices, QWidget *parent = nullptr);

    // 0 clears the pane.
    void showDevice(qint64 deviceId);
    qint64 deviceId() const { return m_deviceId; }
    // Reads the current device again (after a refresh or an edit).
    void reload();

    QTabWidget *tabs() const { return m_tabs; }
    UsageTableModel *usageModel() const { return m_usage; }
    SnapshotHistoryModel *historyModel() const { return m_history; }

signals:
    // A load finished (for tests and the status bar).
    void loaded(qint64 deviceId);

private:
    void showHeader();
    void showSnapshot(const SnapshotRecord &snapshot, bool found);
    void showRawOutput(int row);

    ConsoleContext &m_context;
    const DeviceTableModel &m_devices;
    qint64 m_deviceId = 0;
    quint64 m_generation = 0; // answers for an older device are dropped
    QLabel *m_title = nullptr;
    QLabel *m_stateIcon = nullptr;
    QLabel *m_stateText = nullptr;
    QTabWidget *m_tabs = nullptr;
    FactsView *m_overview = nullptr;
    QTableView *m_usageTable = nullptr;
    UsageTableModel *m_usage = nullptr;
    FactsView *m_policy = nullptr;
    FactsView *m_trust = nullptr;
    FactsView *m_reservation = nullptr;
    QTableView *m_historyTable = nullptr;
    SnapshotHistoryModel *m_history = nullptr;
    QListWidget *m_rawCommands = nullptr;
    QPlainTextEdit *m_rawText = nullptr;
    QList<RawOutput> m_rawOutputs;
};

} // namespace slp::ui
