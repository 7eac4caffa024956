#pragma once

#include "store/CredentialProfile.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace slp::ui {

class ConsoleContext;

// Add or edit a credential profile. The password or key passphrase goes to the SecretStore (the OS
// keychain), never to the database; an empty secret field on edit keeps the stored one.
class CredentialProfileDialog : public QDialog
{
    Q_OBJECT
public:
    CredentialProfileDialog(ConsoleContext &context, const CredentialProfile &profile, QWidget *parent = nullptr);

    void accept() override;
    QString errorText() const;

private:
    CredentialProfile profile() const;
    void updateFields();
    void fail(const QString &message);

    ConsoleContext &m_context;
    CredentialProfile m_original;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_username = nullptr;
    QComboBox *m_method = nullptr;
    QLineEdit *m_secret = nullptr;
    QLineEdit *m_keyPath = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace slp::ui
