#include "SlrDevicesPage.h"

#include "SlrSession.h"
#include "devices/DeviceTableModel.h"
#include "style/ComplianceStyle.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace slp::ui {

namespace {

constexpr int kDeviceIdRole = Qt::UserRole + 1;

} // namespace

SlrDevicesPage::SlrDevicesPage(const DeviceTableModel &devices, const QList<qint64> &preselected, SlrSession &session,
                               QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setTitle(tr("Choose Devices"));
    setSubTitle(tr("Specific License Reservation is for devices that can never reach CSSM. Tick the devices that get "
                   "a reservation."));
    auto *layout = new QVBoxLayout(this);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter devices..."));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("slrDevices"));
    m_list->setUniformItemSizes(true);
    for (const DeviceRow &row : devices.rows()) {
        QString text = row.overview.device.hostname;
        if (row.overview.latest && !row.overview.latest->udi.isEmpty())
            text += QLatin1String("   ") + row.overview.latest->udi;
        auto *item = new QListWidgetItem(ComplianceStyle::icon(row.state), text, m_list);
        item->setData(kDeviceIdRole, row.deviceId());
        item->setToolTip(ComplianceStyle::text(row.state));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(preselected.contains(row.deviceId()) ? Qt::Checked : Qt::Unchecked);
    }
    layout->addWidget(m_list, 1);
    auto *hint = new QLabel(this);
    layout->addWidget(hint);
    const auto update = [this, hint] {
        hint->setText(tr("%n device(s) chosen.", nullptr, static_cast<int>(checkedDeviceIds().size())));
        emit completeChanged();
    };
    connect(m_list, &QListWidget::itemChanged, this, update);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int row = 0; row < m_list->count(); ++row)
            m_list->item(row)->setHidden(!m_list->item(row)->text().contains(text, Qt::CaseInsensitive));
    });
    update();
}

QList<qint64> SlrDevicesPage::checkedDeviceIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            ids.append(m_list->item(row)->data(kDeviceIdRole).toLongLong());
    }
    return ids;
}

void SlrDevicesPage::setChecked(qint64 deviceId, bool checked)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kDeviceIdRole).toLongLong() == deviceId)
            m_list->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

bool SlrDevicesPage::isComplete() const
{
    return !checkedDeviceIds().isEmpty();
}

bool SlrDevicesPage::validatePage()
{
    QHash<qint64, QString> names;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->checkState() == Qt::Checked)
            names.insert(item->data(kDeviceIdRole).toLongLong(), item->text().section(QLatin1String("   "), 0, 0));
    }
    m_session.load(checkedDeviceIds(), names);
    return true;
}

} // namespace slp::ui
