#include "SlrRequestPage.h"

#include "SlrSession.h"
#include "common/AsyncFile.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace slp::ui {

SlrRequestPage::SlrRequestPage(SlrSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setTitle(tr("Request Codes"));
    setSubTitle(tr("Each device gives a request code. Enter the codes in the CSSM portal (Smart Software Licensing > "
                   "Inventory > Licenses > License Reservation) to get the authorization codes."));
    auto *layout = new QVBoxLayout(this);
    auto *request = new QPushButton(tr("&Enable Reservation and Request Codes"), this);
    request->setObjectName(QStringLiteral("requestCodes"));
    request->setToolTip(tr("Runs `license smart reservation` and `license smart reservation request local` on each "
                           "device and keeps the request codes."));
    connect(request, &QPushButton::clicked, this, [this] { m_session.runFlow(SlrJob::Mode::Request); });
    connect(&m_session, &SlrSession::flowStarted, request, [request](const QString &) { request->setEnabled(false); });
    connect(&m_session, &SlrSession::flowFinished, this, [this, request](bool ok, const QStringList &steps) {
        request->setEnabled(true);
        m_flowResult = (ok ? QString() : tr("Not every device succeeded:") + u'\n') + steps.join(u'\n');
    });
    connect(&m_session, &SlrSession::devicesLoaded, this, [this] {
        if (isVisible())
            initializePage();
    });
    layout->addWidget(request, 0, Qt::AlignLeft);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("requestCodeTable"));
    m_table->setHorizontalHeaderLabels({tr("Device"), tr("UDI"), tr("Request code")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 1);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    m_copy = new QPushButton(tr("&Copy All"), this);
    m_copy->setObjectName(QStringLiteral("copyAll"));
    m_save = new QPushButton(tr("&Save to File..."), this);
    m_save->setObjectName(QStringLiteral("saveCodes"));
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(requestCodesText());
        m_status->setText(tr("Request codes copied to the clipboard."));
    });
    connect(m_save, &QPushButton::clicked, this, &SlrRequestPage::save);
}

void SlrRequestPage::initializePage()
{
    const QList<SlrDevice> &devices = m_session.devices();
    m_table->setRowCount(static_cast<int>(devices.size()));
    int withCode = 0;
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (int row = 0; row < devices.size(); ++row) {
        const SlrDevice &device = devices.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(device.hostname));
        m_table->setItem(row, 1, new QTableWidgetItem(device.activeUdi.canonicalText()));
        auto *code = new QTableWidgetItem(device.requestCode.isEmpty() ? tr("(none yet)") : device.requestCode);
        code->setFont(fixed);
        m_table->setItem(row, 2, code);
        if (!device.requestCode.isEmpty())
            ++withCode;
    }
    m_table->resizeColumnsToContents();
    m_copy->setEnabled(withCode > 0);
    m_save->setEnabled(withCode > 0);
    const QString result = m_flowResult.isEmpty() ? QString() : m_flowResult + u'\n';
    m_status->setText(result
                      + (withCode == devices.size()
                             ? tr("Every device has a request code.")
                             : tr("%1 of %n device(s) have a request code from their last refresh. The others need "
                                  "`license smart reservation request local` first.",
                                  nullptr, static_cast<int>(devices.size()))
                                   .arg(withCode)));
}

QString SlrRequestPage::requestCodesText() const
{
    QStringList lines;
    for (const SlrDevice &device : m_session.devices()) {
        if (!device.requestCode.isEmpty())
            lines.append(device.hostname + u'\t' + device.activeUdi.canonicalText() + u'\t' + device.requestCode);
    }
    return lines.join(u'\n') + u'\n';
}

void SlrRequestPage::save()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save Request Codes"), QStringLiteral("slr-request-codes.txt"),
                                       tr("Text files (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    AsyncFile::write(path, requestCodesText().toUtf8()).then(this, [this, path](const QString &error) {
        m_status->setText(error.isEmpty() ? tr("Request codes saved to %1.").arg(path) : error);
    });
}

} // namespace slp::ui
