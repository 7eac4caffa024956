#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableWidget;

namespace slp::ui {

class SlrSession;

// Step 3: enable reservation and get the request codes; copy them all or save them to a file for
// the CSSM portal.
class SlrRequestPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SlrRequestPage(SlrSession &session, QWidget *parent = nullptr);

    // "hostname<TAB>UDI<TAB>code" lines: what Copy All and Save write.
    QString requestCodesText() const;
    QTableWidget *table() const { return m_table; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *saveButton() const { return m_save; }

    void initializePage() override;

private:
    void save();

    SlrSession &m_session;
    QString m_flowResult; // the last request job's step messages
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace slp::ui
