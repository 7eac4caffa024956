#pragma once

#include <QMainWindow>

namespace slp::ui {

// The console's main window. The views (Dashboard, Devices, Reports, Jobs, Audit log) arrive with
// the desktop console issue; for now it carries the menus that exist.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace slp::ui
