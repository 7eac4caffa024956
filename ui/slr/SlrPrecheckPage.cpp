#include "SlrPrecheckPage.h"

#include "SlrSession.h"
#include "common/DisplayText.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace slp::ui {

namespace {

QTableWidgetItem *checkItem(const QString &text, bool ok)
{
    auto *item = new QTableWidgetItem(text);
    item->setIcon(
        QApplication::style()->standardIcon(ok ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning));
    return item;
}

} // namespace

SlrPrecheckPage::SlrPrecheckPage(SlrSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setTitle(tr("Prechecks"));
    setSubTitle(tr("What the last refresh of each device says. Refresh the devices to check again."));
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("prechecks"));
    m_table->setHorizontalHeaderLabels({tr("Device"), tr("Reachable"), tr("Reservation"), tr("Trust"), tr("Status")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 1);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *refresh = new QPushButton(tr("&Refresh These Devices"), this);
    refresh->setToolTip(tr("Read the devices again; the checks update when the refresh has finished."));
    layout->addWidget(refresh, 0, Qt::AlignLeft);
    connect(refresh, &QPushButton::clicked, this, [this] {
        QList<qint64> ids;
        for (const SlrDevice &device : m_session.devices())
            ids.append(device.deviceId);
        emit refreshRequested(ids);
    });
    connect(&m_session, &SlrSession::devicesLoaded, this, &SlrPrecheckPage::fill);
}

QString SlrPrecheckPage::reachableText(const SlrDevice &device)
{
    if (!device.refreshed)
        return tr("never refreshed");
    if (!device.lastError.isEmpty())
        return tr("last refresh failed: %1").arg(device.lastError.section(u'\n', 0, 0));
    return tr("yes");
}

QString SlrPrecheckPage::reservationText(const SlrDevice &device)
{
    if (!device.refreshed)
        return tr("unknown");
    if (!device.reservationEnabled)
        return tr("not reported by the device");
    return *device.reservationEnabled ? tr("enabled") : tr("supported, not enabled yet");
}

void SlrPrecheckPage::fill()
{
    const QList<SlrDevice> &devices = m_session.devices();
    m_table->setRowCount(static_cast<int>(devices.size()));
    int ready = 0;
    for (int row = 0; row < devices.size(); ++row) {
        const SlrDevice &device = devices.at(row);
        const bool reachable = device.refreshed && device.lastError.isEmpty();
        const bool reservationKnown = device.reservationEnabled.has_value();
        m_table->setItem(row, Device, new QTableWidgetItem(device.hostname));
        m_table->setItem(row, Reachable, checkItem(reachableText(device), reachable));
        m_table->setItem(row, Reservation, checkItem(reservationText(device), reservationKnown));
        // Trust is not needed for SLR; it is shown because an installed reservation replaces reporting.
        m_table->setItem(row, Trust, new QTableWidgetItem(DisplayText::trust(device.trustInstalled)));
        m_table->setItem(
            row, Status,
            new QTableWidgetItem(device.reservationStatus.isEmpty() ? tr("unknown") : device.reservationStatus));
        if (reachable && reservationKnown)
            ++ready;
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(ready == devices.size()
                           ? tr("All %n device(s) passed the checks.", nullptr, static_cast<int>(devices.size()))
                           : tr("%1 of %n device(s) passed the checks; the others need a successful refresh first.",
                                nullptr, static_cast<int>(devices.size()))
                                 .arg(ready));
    emit completeChanged();
}

bool SlrPrecheckPage::isComplete() const
{
    return !m_session.isLoading();
}

} // namespace slp::ui
