#pragma once

#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace slp::ui {

struct SlrDevice;
class SlrSession;

// Step 2: prechecks from the stored snapshots: reachable at the last refresh, reservation supported
// and enabled, trust, reservation already installed.
class SlrPrecheckPage : public QWizardPage
{
    Q_OBJECT
public:
    enum Column { Device, Reachable, Reservation, Trust, Status, ColumnCount };

    explicit SlrPrecheckPage(SlrSession &session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    bool isComplete() const override;

    // The words of each check for one device (tested directly).
    static QString reachableText(const SlrDevice &device);
    static QString reservationText(const SlrDevice &device);

signals:
    void refreshRequested(const QList<qint64> &deviceIds);

private:
    void fill();

    SlrSession &m_session;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace slp::ui
