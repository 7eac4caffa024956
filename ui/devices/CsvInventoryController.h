#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>

class QWidget;

namespace slp::ui {

class ConsoleContext;
class CsvImportReportDialog;

// Inventory CSV import and export for the window (File menu, drag and drop). A refused import shows
// every bad row in a CsvImportReportDialog; nothing blocks the GUI thread.
class CsvInventoryController : public QObject
{
    Q_OBJECT
public:
    CsvInventoryController(ConsoleContext &context, QWidget *window);

    void importFile(const QString &path);
    void importContent(const QByteArray &csv, const QString &sourceName);
    void exportFile(const QString &path);
    // The report of the last refused import while it is open (tests use it).
    CsvImportReportDialog *reportDialog() const;

signals:
    // Outcome for the status bar: "Imported 12 devices from lab.csv".
    void finished(const QString &message);

private:
    void runImport(const QByteArray &csv, const QString &sourceName, bool skipBadRows);

    ConsoleContext &m_context;
    QWidget *m_window;
    QPointer<CsvImportReportDialog> m_report;
};

} // namespace slp::ui
