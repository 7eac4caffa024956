#include "AboutDialog.h"

#include "util/BuildInfo.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace slp::ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About SLP Console"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<h2>SLP Console %1</h2>").arg(BuildInfo::applicationVersion()), this);
    auto *text
        = new QLabel(tr("License management for Cisco IOS XR routers under Smart Licensing Using Policy."), this);
    text->setWordWrap(true);
    auto *versions = new QLabel(
        tr("Qt %1\nlibssh %2\n%3").arg(BuildInfo::qtVersion(), BuildInfo::libsshVersion(), BuildInfo::opensslVersion()),
        this);
    versions->setObjectName(QStringLiteral("versions"));
    versions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addWidget(versions);
    layout->addWidget(buttons);
}

} // namespace slp::ui
