#pragma once

#include "store/DeviceRecord.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace slp::ui {

class ConsoleContext;

// Add or edit one device. Fields are checked as typed (core's DeviceValidator); OK stores the device
// off the GUI thread and stays open with the store's message if it refuses (e.g. a duplicate).
class DeviceDialog : public QDialog
{
    Q_OBJECT
public:
    // `device.id == 0` adds a new device.
    DeviceDialog(ConsoleContext &context, const DeviceRecord &device, QWidget *parent = nullptr);

    DeviceRecord device() const; // as typed
    qint64 savedDeviceId() const { return m_savedId; }
    QString errorText() const;

    void accept() override;

private:
    void loadProfiles();
    void validate();
    void finishSave(qint64 id, const QString &error);

    ConsoleContext &m_context;
    DeviceRecord m_original;
    qint64 m_savedId = 0;
    bool m_saving = false;
    QLineEdit *m_hostname = nullptr;
    QLineEdit *m_address = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_profile = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_site = nullptr;
    QLineEdit *m_tags = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace slp::ui
