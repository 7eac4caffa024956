#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QRadioButton;

namespace slp::ui {

// Establish Trust: where the ID token comes from (a new one from CSSM, or pasted from the CSSM
// portal) and whether an installed trust code is replaced. The pasted token is handed to the caller,
// which puts it into the SecretStore; it is never shown again, logged or kept in the dialog.
class TrustDialog : public QDialog
{
    Q_OBJECT
public:
    TrustDialog(int deviceCount, bool cssmConfigured, QWidget *parent = nullptr);

    bool fromCssm() const;
    QString pastedToken() const;
    bool force() const;

private:
    void updateEnabled();

    QRadioButton *m_fromCssm;
    QRadioButton *m_pasted;
    QLineEdit *m_token;
    QCheckBox *m_force;
};

} // namespace slp::ui
