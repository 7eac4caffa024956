#include "DeviceDialog.h"

#include "app/ConsoleContext.h"
#include "store/DeviceValidator.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace slp::ui {

DeviceDialog::DeviceDialog(ConsoleContext &context, const DeviceRecord &device, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_original(device)
{
    setWindowTitle(device.id == 0 ? tr("Add Device") : tr("Edit Device %1").arg(device.hostname));
    auto *form = new QFormLayout(this);
    m_hostname = new QLineEdit(device.hostname, this);
    m_hostname->setObjectName(QStringLiteral("hostname"));
    m_hostname->setPlaceholderText(tr("pe1-fra"));
    m_address = new QLineEdit(device.address, this);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setPlaceholderText(tr("192.0.2.10 or router.example.net"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(device.port);
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("credentialProfile"));
    m_profile->addItem(tr("(none)"), QString());
    if (!device.credentialRef.isEmpty())
        m_profile->addItem(device.credentialRef, device.credentialRef);
    m_profile->setCurrentIndex(device.credentialRef.isEmpty() ? 0 : 1);
    m_username = new QLineEdit(device.username, this);
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setPlaceholderText(tr("empty: the credential profile's user"));
    m_site = new QLineEdit(device.site, this);
    m_site->setObjectName(QStringLiteral("site"));
    m_tags = new QLineEdit(device.tags.join(QLatin1String("; ")), this);
    m_tags->setObjectName(QStringLiteral("tags"));
    m_tags->setPlaceholderText(tr("core; lab"));
    m_notes = new QPlainTextEdit(device.notes, this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setMaximumHeight(80);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    form->addRow(tr("&Hostname:"), m_hostname);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("SSH &port:"), m_port);
    form->addRow(tr("&Credential profile:"), m_profile);
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Site:"), m_site);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(m_error);
    form->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &DeviceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DeviceDialog::reject);
    for (QLineEdit *edit : {m_hostname, m_address, m_username, m_site, m_tags})
        connect(edit, &QLineEdit::textChanged, this, &DeviceDialog::validate);
    connect(m_port, &QSpinBox::valueChanged, this, &DeviceDialog::validate);
    loadProfiles();
    validate();
}

void DeviceDialog::loadProfiles()
{
    if (!m_context.isReady())
        return;
    m_context.store().credentialProfiles().then(this, [this](const StoreResult<QList<CredentialProfile>> &result) {
        if (!result.ok())
            return;
        const QString current = m_profile->currentData().toString();
        m_profile->clear();
        m_profile->addItem(tr("(none)"), QString());
        for (const CredentialProfile &profile : result.value)
            m_profile->addItem(tr("%1 (%2)").arg(profile.name, profile.username), profile.name);
        const int index = m_profile->findData(current);
        m_profile->setCurrentIndex(index < 0 ? 0 : index);
        // A new device gets the only profile there is: the common case of one fleet-wide login.
        if (m_original.id == 0 && current.isEmpty() && result.value.size() == 1)
            m_profile->setCurrentIndex(1);
    });
}

DeviceRecord DeviceDialog::device() const
{
    DeviceRecord device = m_original;
    device.hostname = m_hostname->text();
    device.address = m_address->text();
    device.port = m_port->value();
    device.credentialRef = m_profile->currentData().toString();
    device.username = m_username->text();
    device.site = m_site->text();
    QString tags = m_tags->text();
    tags.replace(u',', u';');
    device.tags = DeviceValidator::splitTags(tags);
    device.notes = m_notes->toPlainText();
    return device;
}

QString DeviceDialog::errorText() const
{
    return m_error->text();
}

void DeviceDialog::validate()
{
    DeviceRecord candidate = device();
    const QList<FieldIssue> issues = DeviceValidator::normalize(candidate);
    // An untouched new dialog shows no errors yet: the admin has not typed anything.
    const bool pristine = m_original.id == 0 && m_hostname->text().isEmpty() && m_address->text().isEmpty();
    m_error->setText(pristine || issues.isEmpty() ? QString() : describeIssues(issues));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(issues.isEmpty() && !m_saving);
}

void DeviceDialog::accept()
{
    DeviceRecord candidate = device();
    if (const QList<FieldIssue> issues = DeviceValidator::normalize(candidate); !issues.isEmpty()) {
        m_error->setText(describeIssues(issues));
        return;
    }
    if (m_saving || !m_context.isReady())
        return;
    m_saving = true;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_error->setText(tr("Saving..."));
    if (candidate.id == 0) {
        m_context.store().addDevice(candidate).then(this, [this](const StoreResult<qint64> &result) {
            finishSave(result.value, result.ok() ? QString() : result.error.message);
        });
    } else {
        const qint64 id = candidate.id;
        m_context.store().updateDevice(candidate).then(
            this, [this, id](const StoreError &error) { finishSave(id, error.ok() ? QString() : error.message); });
    }
}

void DeviceDialog::finishSave(qint64 id, const QString &error)
{
    m_saving = false;
    if (!error.isEmpty()) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
        m_error->setText(error);
        return;
    }
    m_savedId = id;
    m_context.notifyDevicesChanged();
    QDialog::accept();
}

} // namespace slp::ui
