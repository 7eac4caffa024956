#pragma once

#include "SlrWizardState.h"

#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QWizard>

class QMessageBox;

namespace slp::ui {

class ConsoleContext;
class DeviceTableModel;
class SlrSession;

// Specific License Reservation, guided: pick devices -> prechecks -> enable reservation and request
// codes -> authorization codes (dropped or browsed files, matched to devices by UDI) -> install ->
// summary. Steps that need the SLR flow on the routers are shown, disabled, until that flow exists.
class SlrWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { DevicesPage, PrecheckPage, RequestPage, AuthorizationPage, InstallPage, SummaryPage };

    SlrWizard(ConsoleContext &context, const DeviceTableModel &devices, const QList<qint64> &preselected,
              QWidget *parent = nullptr);

    SlrSession *session() const { return m_session; }
    // An authorization code file dropped on the main window while the wizard is open, or before it
    // was opened: the wizard goes to (or starts at) the authorization page.
    void addAuthorizationFile(const QString &path, const QByteArray &content);

    // The "resume or start over" question while it is open (a saved run was found), else null.
    QMessageBox *resumePrompt() const;
    void resume(const SlrWizardState &state);
    // Forgets the saved run (the key in the store) and stays on the first page.
    void startOver();

    void accept() override;

signals:
    void refreshRequested(const QList<qint64> &deviceIds);
    void resumeOffered();
    // The saved run was read back and the wizard is on its page.
    void resumed();

private:
    void offerResume(const SlrWizardState &state);
    void saveState();

    ConsoleContext &m_context;
    SlrSession *m_session;
    QPointer<QMessageBox> m_resumePrompt;
    QDateTime m_startedAt;
    bool m_restoring = false;
    bool m_finished = false;
};

} // namespace slp::ui
