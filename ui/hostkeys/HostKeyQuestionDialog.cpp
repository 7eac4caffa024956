#include "HostKeyQuestionDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace slp::ui {

HostKeyQuestionDialog::HostKeyQuestionDialog(const SshHostKeyQuestion &question, int othersWaiting,
                                             const QString &othersText, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Unknown Host Key"));
    setObjectName(QStringLiteral("hostKeyQuestion"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::style()->standardIcon(QStyle::SP_MessageBoxQuestion).pixmap(48, 48));
    top->addWidget(icon, 0, Qt::AlignTop);
    auto *text = new QLabel(tr("<p>The console connects to <b>%1</b> for the first time. Its host key is not in the "
                               "console's known hosts yet.</p><p>Trust it only if the fingerprint below is the "
                               "router's: compare it with the router's own key or your records.</p>")
                                .arg(question.displayName.toHtmlEscaped()),
                            this);
    text->setWordWrap(true);
    top->addWidget(text, 1);
    layout->addLayout(top);

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Key type:"), this), 0, 0);
    grid->addWidget(new QLabel(question.key.type, this), 0, 1);
    grid->addWidget(new QLabel(tr("SHA256 fingerprint:"), this), 1, 0);
    m_fingerprint = new QLabel(question.key.fingerprintSha256(), this);
    m_fingerprint->setObjectName(QStringLiteral("fingerprint"));
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(m_fingerprint, 1, 1);
    layout->addLayout(grid);

    if (othersWaiting > 0) {
        auto *othersLabel
            = new QLabel(tr("%n more router(s) of this job wait with a new host key:", nullptr, othersWaiting), this);
        layout->addWidget(othersLabel);
        auto *others = new QPlainTextEdit(othersText, this);
        others->setReadOnly(true);
        others->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        others->setMaximumHeight(120);
        layout->addWidget(others);
    }

    auto *buttons = new QDialogButtonBox(this);
    m_trust = buttons->addButton(tr("&Trust and Connect"), QDialogButtonBox::AcceptRole);
    m_trust->setObjectName(QStringLiteral("trust"));
    m_refuse = buttons->addButton(tr("&Refuse"), QDialogButtonBox::RejectRole);
    m_refuse->setObjectName(QStringLiteral("refuse"));
    m_refuse->setDefault(true); // Enter must not trust a key by accident
    if (othersWaiting > 0) {
        m_trustAll = buttons->addButton(tr("Trust &All %1 Listed").arg(othersWaiting + 1), QDialogButtonBox::YesRole);
        m_trustAll->setObjectName(QStringLiteral("trustAll"));
        connect(m_trustAll, &QPushButton::clicked, this, [this] {
            m_answer = TrustAllWaiting;
            accept();
        });
    }
    connect(m_trust, &QPushButton::clicked, this, [this] {
        m_answer = Trust;
        accept();
    });
    connect(m_refuse, &QPushButton::clicked, this, [this] {
        m_answer = Refuse;
        reject();
    });
    layout->addWidget(buttons);
}

} // namespace slp::ui
