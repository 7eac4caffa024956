#pragma once

#include "store/CsvImportReport.h"

#include <QDialog>

class QDialogButtonBox;
class QTableWidget;

namespace slp::ui {

// Shows every bad row of a refused inventory CSV with its line number, field and problem, and offers
// to import the good rows only.
class CsvImportReportDialog : public QDialog
{
    Q_OBJECT
public:
    CsvImportReportDialog(const QString &fileName, const CsvImportReport &report, QWidget *parent = nullptr);

    QTableWidget *issueTable() const { return m_issues; }
    // The button that imports the good rows; null when no row is good.
    QPushButton *importGoodRowsButton() const { return m_importGood; }

signals:
    void importGoodRowsRequested();

private:
    QTableWidget *m_issues = nullptr;
    QPushButton *m_importGood = nullptr;
};

} // namespace slp::ui
