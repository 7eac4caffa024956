#include "SlrInstallPage.h"

#include "SlrSession.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace slp::ui {

SlrInstallPage::SlrInstallPage(SlrSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setTitle(tr("Install"));
    setSubTitle(tr("Each authorization code is copied to its device and installed; the device then shows SPECIFIC "
                   "INSTALLED and a confirmation code."));
    auto *layout = new QVBoxLayout(this);
    auto *install = new QPushButton(tr("&Install on All Devices"), this);
    install->setObjectName(QStringLiteral("install"));
    install->setToolTip(tr("Installs the authorization codes from the file given on the previous page, or asks CSSM "
                           "for them when no file was given and CSSM is configured."));
    connect(install, &QPushButton::clicked, this, [this] { m_session.runFlow(SlrJob::Mode::Install); });
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("installStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(&m_session, &SlrSession::flowStarted, this, [this, install](const QString &what) {
        install->setEnabled(false);
        m_status->setText(tr("%1: running...").arg(what));
    });
    connect(&m_session, &SlrSession::flowFinished, this, [this, install](bool ok, const QStringList &steps) {
        install->setEnabled(true);
        m_finished = ok;
        m_status->setText((ok ? tr("Installed.") : tr("Not every device succeeded:")) + u'\n' + steps.join(u'\n'));
        emit completeChanged();
    });
    layout->addWidget(install, 0, Qt::AlignLeft);
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("installPlan"));
    m_table->setHorizontalHeaderLabels({tr("Device"), tr("Plan")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
}

void SlrInstallPage::initializePage()
{
    const QList<SlrDevice> &devices = m_session.devices();
    m_table->setRowCount(static_cast<int>(devices.size()));
    for (int row = 0; row < devices.size(); ++row) {
        const SlrDevice &device = devices.at(row);
        QString plan;
        if (device.isInstalled())
            plan = tr("Already installed (%1); nothing to do").arg(device.reservationStatus);
        else if (device.hasAllCodes())
            plan = tr("Install the authorization code from %1").arg(device.codeSource);
        else if (m_session.authorizationFilePath().isEmpty() && m_session.canInstallOnline())
            plan = tr("Install an authorization code reserved in CSSM for the request code");
        else
            plan = tr("Skipped: no authorization code for every UDI");
        m_table->setItem(row, 0, new QTableWidgetItem(device.hostname));
        m_table->setItem(row, 1, new QTableWidgetItem(plan));
    }
    m_table->resizeColumnToContents(0);
}

} // namespace slp::ui
