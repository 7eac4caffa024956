#include "CsvInventoryController.h"

#include "CsvImportReportDialog.h"
#include "app/ConsoleContext.h"
#include "common/AsyncFile.h"
#include "store/DeviceCsv.h"
#include "store/Store.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QWidget>

namespace slp::ui {

CsvInventoryController::CsvInventoryController(ConsoleContext &context, QWidget *window)
    : QObject(window)
    , m_context(context)
    , m_window(window)
{ }

void CsvInventoryController::importFile(const QString &path)
{
    AsyncFile::read(path, DeviceCsv::maxFileSize).then(this, [this](const AsyncFile::ReadResult &file) {
        if (!file.error.isEmpty()) {
            QMessageBox::warning(m_window, tr("Import Inventory CSV"), file.error);
            emit finished(file.error);
            return;
        }
        importContent(file.content, QFileInfo(file.path).fileName());
    });
}

void CsvInventoryController::importContent(const QByteArray &csv, const QString &sourceName)
{
    runImport(csv, sourceName, false);
}

void CsvInventoryController::runImport(const QByteArray &csv, const QString &sourceName, bool skipBadRows)
{
    CsvImportOptions options;
    options.skipBadRows = skipBadRows;
    m_context.store()
        .importDevicesCsv(csv, options)
        .then(this, [this, csv, sourceName](const StoreResult<CsvImportReport> &result) {
            const CsvImportReport &report = result.value;
            if (report.imported > 0)
                m_context.notifyDevicesChanged();
            if (result.ok()) {
                QString message = tr("Imported %n device(s) from %1.", nullptr, report.imported).arg(sourceName);
                if (report.skipped > 0)
                    message += u' ' + tr("%n bad row(s) left out.", nullptr, report.skipped);
                emit finished(message);
                return;
            }
            if (report.issues.isEmpty()) {
                QMessageBox::warning(m_window, tr("Import Inventory CSV"),
                                     tr("%1 was not imported: %2").arg(sourceName, result.error.message));
                emit finished(result.error.message);
                return;
            }
            if (m_report)
                m_report->close();
            m_report = new CsvImportReportDialog(sourceName, report, m_window);
            m_report->setAttribute(Qt::WA_DeleteOnClose);
            connect(m_report, &CsvImportReportDialog::importGoodRowsRequested, this,
                    [this, csv, sourceName] { runImport(csv, sourceName, true); });
            m_report->open();
            emit finished(
                tr("%1 was not imported: %n problem(s) found.", nullptr, static_cast<int>(report.issues.size()))
                    .arg(sourceName));
        });
}

void CsvInventoryController::exportFile(const QString &path)
{
    m_context.store().exportDevicesCsv().then(this, [this, path](const StoreResult<QByteArray> &result) {
        if (!result.ok()) {
            QMessageBox::warning(m_window, tr("Export Inventory CSV"), result.error.message);
            return;
        }
        AsyncFile::write(path, result.value).then(this, [this, path](const QString &error) {
            if (!error.isEmpty()) {
                QMessageBox::warning(m_window, tr("Export Inventory CSV"), error);
                return;
            }
            emit finished(tr("Inventory exported to %1.").arg(QFileInfo(path).fileName()));
        });
    });
}

CsvImportReportDialog *CsvInventoryController::reportDialog() const
{
    return m_report;
}

} // namespace slp::ui
