#include "CredentialProfileDialog.h"

#include "app/ConsoleContext.h"
#include "secrets/SecretStore.h"
#include "store/DeviceValidator.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace slp::ui {

CredentialProfileDialog::CredentialProfileDialog(ConsoleContext &context, const CredentialProfile &profile,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_original(profile)
{
    setWindowTitle(profile.id == 0 ? tr("Add Credential Profile") : tr("Edit Credential Profile %1").arg(profile.name));
    auto *form = new QFormLayout(this);
    m_name = new QLineEdit(profile.name, this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setReadOnly(profile.id != 0); // devices refer to the profile by name
    m_username = new QLineEdit(profile.username, this);
    m_username->setObjectName(QStringLiteral("username"));
    m_method = new QComboBox(this);
    m_method->addItem(tr("Password"), CredentialProfile::toText(CredentialProfile::AuthMethod::Password));
    m_method->addItem(tr("Keyboard-interactive"),
                      CredentialProfile::toText(CredentialProfile::AuthMethod::KeyboardInteractive));
    m_method->addItem(tr("Public key"), CredentialProfile::toText(CredentialProfile::AuthMethod::PublicKey));
    m_method->addItem(tr("SSH agent"), CredentialProfile::toText(CredentialProfile::AuthMethod::Agent));
    m_method->setCurrentIndex(m_method->findData(CredentialProfile::toText(profile.authMethod)));
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(profile.id == 0 ? QString() : tr("unchanged"));
    m_keyPath = new QLineEdit(profile.privateKeyPath, this);
    m_keyPath->setPlaceholderText(tr("/home/admin/.ssh/id_ed25519"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("&Password / passphrase:"), m_secret);
    form->addRow(tr("Private &key file:"), m_keyPath);
    form->addRow(new QLabel(tr("Secrets are kept in: %1").arg(m_context.secrets().backendName()), this));
    form->addRow(m_error);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CredentialProfileDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_method, &QComboBox::currentIndexChanged, this, &CredentialProfileDialog::updateFields);
    updateFields();
}

QString CredentialProfileDialog::errorText() const
{
    return m_error->text();
}

CredentialProfile CredentialProfileDialog::profile() const
{
    CredentialProfile profile = m_original;
    profile.name = m_name->text().trimmed();
    profile.username = m_username->text().trimmed();
    profile.authMethod = CredentialProfile::authMethodFromText(m_method->currentData().toString())
                             .value_or(CredentialProfile::AuthMethod::Password);
    profile.privateKeyPath
        = profile.authMethod == CredentialProfile::AuthMethod::PublicKey ? m_keyPath->text().trimmed() : QString();
    if (profile.secretRef.isEmpty())
        profile.secretRef = CredentialProfile::defaultSecretReference(profile.name);
    return profile;
}

void CredentialProfileDialog::updateFields()
{
    const auto method = CredentialProfile::authMethodFromText(m_method->currentData().toString());
    m_keyPath->setEnabled(method == CredentialProfile::AuthMethod::PublicKey);
    m_secret->setEnabled(method != CredentialProfile::AuthMethod::Agent);
}

void CredentialProfileDialog::fail(const QString &message)
{
    m_error->setText(message);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
}

void CredentialProfileDialog::accept()
{
    CredentialProfile candidate = profile();
    if (const QList<FieldIssue> issues = DeviceValidator::normalize(candidate); !issues.isEmpty()) {
        fail(describeIssues(issues));
        return;
    }
    if (m_original.id == 0 && candidate.authMethod != CredentialProfile::AuthMethod::Agent
        && candidate.authMethod != CredentialProfile::AuthMethod::PublicKey && m_secret->text().isEmpty()) {
        fail(tr("Enter the password: the profile cannot log in without it."));
        return;
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_error->setText(tr("Saving..."));
    const QString secretText = m_secret->text();
    m_secret->clear();
    // The secret first: a profile must never exist pointing at a secret that failed to save.
    const auto storeProfile = [this, candidate] {
        const auto done = [this](const StoreError &error) {
            if (!error.ok()) {
                fail(error.message);
                return;
            }
            QDialog::accept();
        };
        if (candidate.id == 0)
            m_context.store().addCredentialProfile(candidate).then(
                this, [done](const StoreResult<qint64> &result) { done(result.error); });
        else
            m_context.store().updateCredentialProfile(candidate).then(this, done);
    };
    if (secretText.isEmpty() || candidate.authMethod == CredentialProfile::AuthMethod::Agent) {
        storeProfile();
        return;
    }
    m_context.secrets()
        .write(candidate.secretRef, Secret::fromString(secretText))
        .then(this, [this, storeProfile](const SecretResult &result) {
            if (!result.ok()) {
                fail(tr("The secret could not be stored: %1").arg(result.message));
                return;
            }
            storeProfile();
        });
}

} // namespace slp::ui
