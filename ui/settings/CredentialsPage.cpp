#include "CredentialsPage.h"

#include "CredentialProfileDialog.h"
#include "app/ConsoleContext.h"
#include "secrets/SecretStore.h"
#include "store/Store.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace slp::ui {

CredentialsPage::CredentialsPage(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Devices log in with a credential profile. Passwords and passphrases are kept in %1, "
                                "never in the database.")
                                 .arg(m_context.secrets().backendName()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("profiles"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Name"), tr("Username"), tr("Method"), tr("Key file")});
    layout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto *add = new QPushButton(tr("&Add..."), this);
    auto *editButton = new QPushButton(tr("&Edit..."), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(add);
    buttons->addWidget(editButton);
    buttons->addWidget(remove);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] { edit({}); });
    const auto editCurrent = [this] {
        const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
        if (row >= 0 && row < m_profiles.size())
            edit(m_profiles.at(row));
    };
    connect(editButton, &QPushButton::clicked, this, editCurrent);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, editCurrent);
    connect(remove, &QPushButton::clicked, this, &CredentialsPage::removeSelected);
    reload();
}

void CredentialsPage::reload()
{
    if (!m_context.isReady())
        return;
    m_context.store().credentialProfiles().then(this, [this](const StoreResult<QList<CredentialProfile>> &result) {
        m_profiles = result.value;
        m_list->clear();
        for (const CredentialProfile &profile : std::as_const(m_profiles))
            new QTreeWidgetItem(m_list,
                                {profile.name, profile.username, CredentialProfile::toText(profile.authMethod),
                                 profile.privateKeyPath});
        m_status->setText(result.ok() ? QString() : result.error.message);
        emit loaded(static_cast<int>(m_profiles.size()));
    });
}

void CredentialsPage::edit(const CredentialProfile &profile)
{
    auto *dialog = new CredentialProfileDialog(m_context, profile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &CredentialsPage::reload);
    dialog->open();
}

void CredentialsPage::removeSelected()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || row >= m_profiles.size())
        return;
    const CredentialProfile profile = m_profiles.at(row);
    if (QMessageBox::question(this, tr("Remove Credential Profile"),
                              tr("Remove the credential profile %1 and its stored secret?").arg(profile.name))
        != QMessageBox::Yes)
        return;
    m_context.store().removeCredentialProfile(profile.id).then(this, [this, profile](const StoreError &error) {
        if (!error.ok()) {
            m_status->setText(error.message);
            return;
        }
        if (!profile.secretRef.isEmpty())
            m_context.secrets().remove(profile.secretRef);
        m_status->setText(tr("Removed %1.").arg(profile.name));
        reload();
    });
}

} // namespace slp::ui
