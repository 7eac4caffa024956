#pragma once

#include <QList>
#include <QWizardPage>

class QLineEdit;
class QListWidget;

namespace slp::ui {

class DeviceTableModel;
class SlrSession;

// Step 1: which devices get a reservation.
class SlrDevicesPage : public QWizardPage
{
    Q_OBJECT
public:
    SlrDevicesPage(const DeviceTableModel &devices, const QList<qint64> &preselected, SlrSession &session,
                   QWidget *parent = nullptr);

    QList<qint64> checkedDeviceIds() const;
    QListWidget *list() const { return m_list; }
    void setChecked(qint64 deviceId, bool checked);

    bool isComplete() const override;
    bool validatePage() override;

private:
    SlrSession &m_session;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace slp::ui
