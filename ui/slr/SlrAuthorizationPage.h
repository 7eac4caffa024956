#pragma once

#include <QWizardPage>

class QLabel;
class QListWidget;
class QTableWidget;

namespace slp::ui {

class SlrSession;

// Step 4: the authorization codes from the CSSM portal, dropped on the page or browsed, matched to
// the devices by UDI. Fetching them online arrives with the CSSM client.
class SlrAuthorizationPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SlrAuthorizationPage(SlrSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    // Reads the files off the GUI thread and matches their codes.
    void addFiles(const QStringList &paths);
    void addContent(const QString &sourceName, const QByteArray &content);

    QTableWidget *table() const { return m_table; }
    QListWidget *messages() const { return m_messages; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void fill();

    SlrSession &m_session;
    QTableWidget *m_table = nullptr;
    QListWidget *m_messages = nullptr;
};

} // namespace slp::ui
