#include "SlrWizard.h"

#include "SlrAuthorizationPage.h"
#include "SlrDevicesPage.h"
#include "SlrInstallPage.h"
#include "SlrPrecheckPage.h"
#include "SlrRequestPage.h"
#include "SlrSession.h"
#include "SlrSummaryPage.h"

#include <QFileInfo>

namespace slp::ui {

SlrWizard::SlrWizard(ConsoleContext &context, const DeviceTableModel &devices, const QList<qint64> &preselected,
                     QWidget *parent)
    : QWizard(parent)
    , m_session(new SlrSession(context, this))
{
    setWindowTitle(tr("Specific License Reservation"));
    setObjectName(QStringLiteral("slrWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(DevicesPage, new SlrDevicesPage(devices, preselected, *m_session, this));
    auto *precheck = new SlrPrecheckPage(*m_session, this);
    connect(precheck, &SlrPrecheckPage::refreshRequested, this, &SlrWizard::refreshRequested);
    setPage(PrecheckPage, precheck);
    setPage(RequestPage, new SlrRequestPage(*m_session, this));
    setPage(AuthorizationPage, new SlrAuthorizationPage(*m_session, this));
    setPage(InstallPage, new SlrInstallPage(*m_session, this));
    setPage(SummaryPage, new SlrSummaryPage(*m_session, this));
    resize(860, 560);
}

void SlrWizard::addAuthorizationFile(const QString &path, const QByteArray &content)
{
    // The page lists the outcome; a file that arrives before the devices are chosen waits for them.
    m_session->setAuthorizationFilePath(QFileInfo(path).absoluteFilePath());
    m_session->addAuthorizationCodes(QFileInfo(path).fileName(), content);
}

} // namespace slp::ui
