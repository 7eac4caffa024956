#include "SlrSummaryPage.h"

#include "SlrSession.h"
#include "common/AsyncFile.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace slp::ui {

namespace {

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n'))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

SlrSummaryPage::SlrSummaryPage(SlrSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setTitle(tr("Summary"));
    setSubTitle(tr("Keep the confirmation codes: CSSM asks for them when a reservation is returned or changed."));
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("summaryTable"));
    m_table->setHorizontalHeaderLabels({tr("Device"), tr("Reservation"), tr("Confirmation code"), tr("Request code")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 1);
    m_status = new QLabel(this);
    layout->addWidget(m_status);
    auto *exportButton = new QPushButton(tr("&Export Summary..."), this);
    layout->addWidget(exportButton, 0, Qt::AlignLeft);
    connect(exportButton, &QPushButton::clicked, this, &SlrSummaryPage::exportSummary);
}

void SlrSummaryPage::initializePage()
{
    const QList<SlrDevice> &devices = m_session.devices();
    m_table->setRowCount(static_cast<int>(devices.size()));
    for (int row = 0; row < devices.size(); ++row) {
        const SlrDevice &device = devices.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(device.hostname));
        m_table->setItem(
            row, 1,
            new QTableWidgetItem(device.reservationStatus.isEmpty() ? tr("unknown") : device.reservationStatus));
        m_table->setItem(row, 2, new QTableWidgetItem(device.confirmationCode));
        m_table->setItem(row, 3, new QTableWidgetItem(device.requestCode));
    }
    m_table->resizeColumnsToContents();
}

QByteArray SlrSummaryPage::summaryCsv() const
{
    QStringList lines {QStringLiteral("device,udi,reservation_status,request_code,confirmation_code")};
    for (const SlrDevice &device : m_session.devices())
        lines.append(QStringList {csvField(device.hostname), csvField(device.activeUdi.canonicalText()),
                                  csvField(device.reservationStatus), csvField(device.requestCode),
                                  csvField(device.confirmationCode)}
                         .join(u','));
    return (lines.join(u'\n') + u'\n').toUtf8();
}

void SlrSummaryPage::exportSummary()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export SLR Summary"), QStringLiteral("slr-summary.csv"),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    AsyncFile::write(path, summaryCsv()).then(this, [this, path](const QString &error) {
        m_status->setText(error.isEmpty() ? tr("Summary saved to %1.").arg(path) : error);
    });
}

} // namespace slp::ui
