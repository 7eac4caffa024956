#include "SlrWizard.h"

#include "SlrAuthorizationPage.h"
#include "SlrDevicesPage.h"
#include "SlrInstallPage.h"
#include "SlrPrecheckPage.h"
#include "SlrRequestPage.h"
#include "SlrSession.h"
#include "SlrSummaryPage.h"

#include "app/ConsoleContext.h"
#include "common/AsyncFile.h"

#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace slp::ui {

SlrWizard::SlrWizard(ConsoleContext &context, const DeviceTableModel &devices, const QList<qint64> &preselected,
                     QWidget *parent)
    : QWizard(parent)
    , m_context(context)
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

    // Every step and every code that arrives is kept, so the admin can leave while CSSM works.
    connect(this, &QWizard::currentIdChanged, this, &SlrWizard::saveState);
    connect(m_session, &SlrSession::devicesLoaded, this, &SlrWizard::saveState);
    connect(m_session, &SlrSession::codesChanged, this, &SlrWizard::saveState);
    connect(m_session, &SlrSession::flowFinished, this, &SlrWizard::saveState);
    if (m_context.isReady()) {
        SlrWizardState::load(m_context.store())
            .then(this, [this](const StoreResult<std::optional<SlrWizardState>> &saved) {
                // Nothing saved, or it cannot be read: the wizard simply starts fresh.
                if (saved.ok() && saved.value && !m_finished)
                    offerResume(*saved.value);
            });
    }
}

QMessageBox *SlrWizard::resumePrompt() const
{
    return m_resumePrompt;
}

void SlrWizard::offerResume(const SlrWizardState &state)
{
    const QString started = state.startedAt.isValid()
        ? QLocale().toString(state.startedAt.toLocalTime(), QLocale::ShortFormat)
        : tr("an earlier day");
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Resume Specific License Reservation"),
        tr("Resume the reservation started on %1 for %n device(s)?", nullptr, static_cast<int>(state.deviceIds.size()))
            .arg(started),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("slrResumePrompt"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *resumeButton = box->addButton(tr("&Resume"), QMessageBox::AcceptRole);
    resumeButton->setObjectName(QStringLiteral("resume"));
    QPushButton *startOverButton = box->addButton(tr("&Start Over"), QMessageBox::DestructiveRole);
    startOverButton->setObjectName(QStringLiteral("startOver"));
    box->setDefaultButton(resumeButton);
    // Window-modal and asynchronous: the GUI thread never sits in an exec() loop here.
    connect(box, &QMessageBox::buttonClicked, this, [this, state, resumeButton](QAbstractButton *button) {
        if (button == resumeButton)
            resume(state);
        else
            startOver();
    });
    m_resumePrompt = box;
    box->open();
    emit resumeOffered();
}

void SlrWizard::resume(const SlrWizardState &state)
{
    auto *devicesPage = qobject_cast<SlrDevicesPage *>(page(DevicesPage));
    for (qint64 id : devicesPage->checkedDeviceIds())
        devicesPage->setChecked(id, false);
    for (qint64 id : state.deviceIds)
        devicesPage->setChecked(id, true);
    m_startedAt = state.startedAt;
    m_restoring = true;
    connect(
        m_session, &SlrSession::devicesLoaded, this,
        [this, state] {
            m_session->restore(state);
            m_restoring = false;
            const int target = pageIds().contains(state.pageId) ? state.pageId : int(DevicesPage);
            setStartId(target);
            restart();
            // The start page is where the wizard restarts to; Start Over and new runs begin at the list.
            setStartId(DevicesPage);
            if (!state.authorizationFile.isEmpty()) {
                // Read the file again so the codes are matched as before; a file that is gone is reported
                // by the authorization page's messages.
                AsyncFile::read(state.authorizationFile, 4 * 1024 * 1024)
                    .then(this, [this](const AsyncFile::ReadResult &read) {
                        if (read.error.isEmpty())
                            addAuthorizationFile(read.path, read.content);
                        else
                            emit m_session->messages({read.error});
                    });
            }
            emit resumed();
        },
        Qt::SingleShotConnection);
    m_session->load(state.deviceIds, state.hostnames);
}

void SlrWizard::startOver()
{
    m_startedAt = QDateTime();
    if (currentId() != DevicesPage)
        restart();
    if (m_context.isReady())
        SlrWizardState::clear(m_context.store());
}

void SlrWizard::accept()
{
    // Finished on the summary: there is nothing left to resume.
    m_finished = true;
    if (m_context.isReady())
        SlrWizardState::clear(m_context.store());
    QWizard::accept();
}

void SlrWizard::saveState()
{
    // Before devices are chosen there is nothing worth resuming; while a resume reads the devices,
    // the half-restored session must not overwrite what is being restored.
    if (m_restoring || m_finished || !m_context.isReady() || currentId() == DevicesPage || currentId() < 0
        || m_session->isLoading() || m_session->devices().isEmpty())
        return;
    SlrWizardState state = m_session->durableState();
    if (!m_startedAt.isValid())
        m_startedAt = QDateTime::currentDateTimeUtc();
    state.startedAt = m_startedAt;
    state.pageId = currentId();
    SlrWizardState::save(m_context.store(), state);
}

void SlrWizard::addAuthorizationFile(const QString &path, const QByteArray &content)
{
    // The page lists the outcome; a file that arrives before the devices are chosen waits for them.
    m_session->setAuthorizationFilePath(QFileInfo(path).absoluteFilePath());
    m_session->addAuthorizationCodes(QFileInfo(path).fileName(), content);
}

} // namespace slp::ui
