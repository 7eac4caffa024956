#pragma once

#include <QObject>

namespace slp::ui {

class ConsoleContext;
class DeviceTableModel;

// Keeps the shared DeviceTableModel in step with the store: one deviceOverview() call per reload,
// off the GUI thread; reload requests that arrive while one runs are folded into one more.
class DeviceInventory : public QObject
{
    Q_OBJECT
public:
    DeviceInventory(ConsoleContext &context, QObject *parent = nullptr);

    DeviceTableModel *model() const { return m_model; }
    bool isLoading() const { return m_loading; }
    bool hasLoaded() const { return m_loaded; }

public slots:
    void reload();

signals:
    void loaded(int deviceCount);
    void loadFailed(const QString &message);

private:
    ConsoleContext &m_context;
    DeviceTableModel *m_model;
    bool m_loading = false;
    bool m_reloadAgain = false;
    bool m_loaded = false;
};

} // namespace slp::ui
