#pragma once

#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace slp::ui {

class SlrSession;

// Step 5: install each device's authorization code (SFTP upload, `license smart reservation install
// file`), then verify the reserved state. Shown with its plan; running it arrives with the SLR flow.
class SlrInstallPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SlrInstallPage(SlrSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    QTableWidget *table() const { return m_table; }
    bool finishedSuccessfully() const { return m_finished; }

private:
    SlrSession &m_session;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    bool m_finished = false;
};

} // namespace slp::ui
