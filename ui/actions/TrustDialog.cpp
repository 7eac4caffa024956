#include "TrustDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace slp::ui {

TrustDialog::TrustDialog(int deviceCount, bool cssmConfigured, QWidget *parent)
    : QDialog(parent)
    , m_fromCssm(new QRadioButton(tr("Ask CSSM for a new ID token"), this))
    , m_pasted(new QRadioButton(tr("Use this ID token (from the CSSM portal):"), this))
    , m_token(new QLineEdit(this))
    , m_force(new QCheckBox(tr("Replace an installed trust code (force)"), this))
{
    setWindowTitle(tr("Establish Trust"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Install a trust code on %n device(s). The router's clock is checked first; the "
                                "token is kept in the secret store only.",
                                nullptr, deviceCount),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_fromCssm);
    m_fromCssm->setEnabled(cssmConfigured);
    if (!cssmConfigured)
        m_fromCssm->setToolTip(tr("No CSSM is configured (Settings > CSSM)."));
    layout->addWidget(m_pasted);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("ID token"));
    m_token->setObjectName(QStringLiteral("idToken"));
    layout->addWidget(m_token);
    layout->addWidget(m_force);
    (cssmConfigured ? m_fromCssm : m_pasted)->setChecked(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Establish Trust"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fromCssm, &QRadioButton::toggled, this, &TrustDialog::updateEnabled);
    connect(m_token, &QLineEdit::textChanged, this, &TrustDialog::updateEnabled);
    updateEnabled();
}

bool TrustDialog::fromCssm() const
{
    return m_fromCssm->isChecked();
}

QString TrustDialog::pastedToken() const
{
    return m_token->text().trimmed();
}

bool TrustDialog::force() const
{
    return m_force->isChecked();
}

void TrustDialog::updateEnabled()
{
    m_token->setEnabled(m_pasted->isChecked());
    auto *buttons = findChild<QDialogButtonBox *>();
    if (buttons)
        buttons->button(QDialogButtonBox::Ok)->setEnabled(fromCssm() || !pastedToken().isEmpty());
}

} // namespace slp::ui
