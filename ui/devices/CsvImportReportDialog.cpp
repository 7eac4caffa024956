#include "CsvImportReportDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace slp::ui {

CsvImportReportDialog::CsvImportReportDialog(const QString &fileName, const CsvImportReport &report, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Inventory CSV Not Imported"));
    setObjectName(QStringLiteral("csvImportReport"));
    QSet<int> badLines;
    for (const CsvImportIssue &issue : report.issues)
        badLines.insert(issue.line);
    const int goodRows = qMax(0, report.rowsRead - static_cast<int>(badLines.size()));

    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(tr("%1: %n row(s) have problems, so nothing was imported. Fix the file and import it "
                                  "again, or import only the good rows.",
                                  nullptr, static_cast<int>(badLines.size()))
                                   .arg(fileName),
                               this);
    summary->setObjectName(QStringLiteral("summary"));
    summary->setWordWrap(true);
    layout->addWidget(summary);

    m_issues = new QTableWidget(static_cast<int>(report.issues.size()), 3, this);
    m_issues->setObjectName(QStringLiteral("issues"));
    m_issues->setHorizontalHeaderLabels({tr("Line"), tr("Field"), tr("Problem")});
    m_issues->verticalHeader()->hide();
    m_issues->horizontalHeader()->setStretchLastSection(true);
    m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < report.issues.size(); ++row) {
        const CsvImportIssue &issue = report.issues.at(row);
        auto *line = new QTableWidgetItem;
        line->setData(Qt::DisplayRole, issue.line);
        m_issues->setItem(row, 0, line);
        m_issues->setItem(row, 1, new QTableWidgetItem(issue.field));
        m_issues->setItem(row, 2, new QTableWidgetItem(issue.message));
    }
    m_issues->resizeColumnToContents(0);
    m_issues->resizeColumnToContents(1);
    layout->addWidget(m_issues, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    if (goodRows > 0) {
        m_importGood
            = buttons->addButton(tr("Import the %n good row(s)", nullptr, goodRows), QDialogButtonBox::AcceptRole);
        m_importGood->setObjectName(QStringLiteral("importGoodRows"));
    }
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        emit importGoodRowsRequested();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 360);
}

} // namespace slp::ui
