#pragma once

#include "flows/TransportSettings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace slp::ui {

// Configure Transport: type, URL, proxy and VRF, with the exact configuration lines the transport
// job will type (TransportPlan::configLines) updating as the admin edits, and what is wrong with a
// value (TransportSettings::validate) before Apply is possible.
class TransportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TransportDialog(int deviceCount, QWidget *parent = nullptr);

    TransportSettings settings() const;
    QStringList previewLines() const;

private:
    void updatePreview();

    QComboBox *m_type;
    QLineEdit *m_url;
    QComboBox *m_proxy;
    QLineEdit *m_proxyHost;
    QSpinBox *m_proxyPort;
    QComboBox *m_vrf;
    QLineEdit *m_vrfName;
    QPlainTextEdit *m_preview;
    QLabel *m_problem;
    QPushButton *m_apply;
};

} // namespace slp::ui
