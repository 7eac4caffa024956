#pragma once

#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace slp::ui {

class SlrSession;

// Step 6: the reservation state and confirmation codes of every device, exportable (CSV).
class SlrSummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SlrSummaryPage(SlrSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    // device,udi,reservation status,request code,confirmation code
    QByteArray summaryCsv() const;
    QTableWidget *table() const { return m_table; }

private:
    void exportSummary();

    SlrSession &m_session;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace slp::ui
