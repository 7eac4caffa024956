#include "TransportDialog.h"

#include "flows/TransportPlan.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace slp::ui {

namespace {

void addChanges(QComboBox *combo)
{
    combo->addItem(QCoreApplication::translate("slp::ui::TransportDialog", "Keep as configured"),
                   static_cast<int>(TransportSettings::Change::Keep));
    combo->addItem(QCoreApplication::translate("slp::ui::TransportDialog", "Remove"),
                   static_cast<int>(TransportSettings::Change::Remove));
    combo->addItem(QCoreApplication::translate("slp::ui::TransportDialog", "Set"),
                   static_cast<int>(TransportSettings::Change::Set));
}

TransportSettings::Change changeOf(const QComboBox *combo)
{
    return static_cast<TransportSettings::Change>(combo->currentData().toInt());
}

} // namespace

TransportDialog::TransportDialog(int deviceCount, QWidget *parent)
    : QDialog(parent)
    , m_type(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_proxy(new QComboBox(this))
    , m_proxyHost(new QLineEdit(this))
    , m_proxyPort(new QSpinBox(this))
    , m_vrf(new QComboBox(this))
    , m_vrfName(new QLineEdit(this))
    , m_preview(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Configure Transport"));
    m_type->addItem(tr("CSLU / SSM On-Prem"), static_cast<int>(TransportType::Cslu));
    m_type->addItem(tr("Smart (CSSM directly)"), static_cast<int>(TransportType::Smart));
    m_type->addItem(tr("Off (offline reporting)"), static_cast<int>(TransportType::Off));
    m_url->setPlaceholderText(tr("empty: keep the URL"));
    m_url->setObjectName(QStringLiteral("url"));
    addChanges(m_proxy);
    m_proxyHost->setPlaceholderText(tr("proxy host"));
    m_proxyPort->setRange(1, 65535);
    m_proxyPort->setValue(3128);
    addChanges(m_vrf);
    m_vrfName->setPlaceholderText(tr("VRF name, e.g. Mgmt-intf"));
    m_preview->setReadOnly(true);
    m_preview->setObjectName(QStringLiteral("commandPreview"));
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("problem"));

    auto *form = new QFormLayout;
    form->addRow(tr("Transport:"), m_type);
    form->addRow(tr("URL:"), m_url);
    form->addRow(tr("Proxy:"), m_proxy);
    auto *proxyRow = new QHBoxLayout;
    proxyRow->addWidget(m_proxyHost, 1);
    proxyRow->addWidget(m_proxyPort);
    form->addRow(QString(), proxyRow);
    form->addRow(tr("VRF:"), m_vrf);
    form->addRow(QString(), m_vrfName);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Applies to %n device(s) in one configuration session each; a device whose "
                                "state does not match afterwards is rolled back.",
                                nullptr, deviceCount),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Commands sent to each router (in configuration mode, then commit):"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    m_apply = buttons->button(QDialogButtonBox::Apply);
    layout->addWidget(buttons);
    connect(m_apply, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QComboBox *combo : {m_type, m_proxy, m_vrf})
        connect(combo, &QComboBox::currentIndexChanged, this, &TransportDialog::updatePreview);
    for (QLineEdit *edit : {m_url, m_proxyHost, m_vrfName})
        connect(edit, &QLineEdit::textChanged, this, &TransportDialog::updatePreview);
    connect(m_proxyPort, &QSpinBox::valueChanged, this, &TransportDialog::updatePreview);
    resize(560, 420);
    updatePreview();
}

TransportSettings TransportDialog::settings() const
{
    TransportSettings settings;
    settings.type = static_cast<TransportType>(m_type->currentData().toInt());
    settings.url = m_url->text().trimmed();
    settings.proxy = changeOf(m_proxy);
    if (settings.proxy == TransportSettings::Change::Set) {
        settings.proxyHost = m_proxyHost->text().trimmed();
        settings.proxyPort = m_proxyPort->value();
    }
    settings.vrf = changeOf(m_vrf);
    if (settings.vrf == TransportSettings::Change::Set)
        settings.vrfName = m_vrfName->text().trimmed();
    return settings;
}

QStringList TransportDialog::previewLines() const
{
    // No current state: every line the settings need is shown; the job leaves out what a router
    // already has.
    return TransportPlan::configLines(settings(), std::nullopt);
}

void TransportDialog::updatePreview()
{
    m_url->setEnabled(static_cast<TransportType>(m_type->currentData().toInt()) != TransportType::Off);
    const bool proxySet = changeOf(m_proxy) == TransportSettings::Change::Set;
    m_proxyHost->setEnabled(proxySet);
    m_proxyPort->setEnabled(proxySet);
    m_vrfName->setEnabled(changeOf(m_vrf) == TransportSettings::Change::Set);
    const QString problem = settings().validate();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_apply->setEnabled(problem.isEmpty());
    m_preview->setPlainText(problem.isEmpty() ? previewLines().join(u'\n') : QString());
}

} // namespace slp::ui
