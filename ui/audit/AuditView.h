#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace slp::ui {

class AuditLogModel;
class ConsoleContext;
class DeviceTableModel;

// The audit log with a search box; reloads when something wrote to it.
class AuditView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int maxEntries = 2000;

    AuditView(ConsoleContext &context, const DeviceTableModel &devices, QWidget *parent = nullptr);

    AuditLogModel *model() const { return m_model; }

public slots:
    void reload();

signals:
    void loaded(int entries);

private:
    ConsoleContext &m_context;
    const DeviceTableModel &m_devices;
    AuditLogModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace slp::ui
