#pragma once

#include <QDialog>

namespace slp::ui {

// Help > About: the application version and the versions of Qt, libssh and OpenSSL in use.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace slp::ui
