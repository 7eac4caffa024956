#pragma once

#include <QList>
#include <QWizard>

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

signals:
    void refreshRequested(const QList<qint64> &deviceIds);

private:
    SlrSession *m_session;
};

} // namespace slp::ui
