#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace slp::ui {

class ConsoleContext;
class LibraryFilesModel;
class ReportLibraryModel;

// The report library kept by the flows (LibraryFilesModel: export a verified copy, reveal the folder;
// reloaded when a job ends or a flow adds files), and below it the files recognised in this session
// (drag and drop, File > Import): open, export a copy, reveal.
class ReportsView : public QWidget
{
    Q_OBJECT
public:
    ReportsView(ConsoleContext &context, ReportLibraryModel &session, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QTableView *libraryTable() const { return m_libraryTable; }
    LibraryFilesModel *libraryModel() const { return m_libraryFiles; }

signals:
    void importRequested();

private:
    QString currentPath() const;
    void updateButtons();
    void exportCopy();
    void exportLibraryFile();
    void revealLibraryFile();
    void connectJobs();

    ConsoleContext &m_context;
    ReportLibraryModel &m_library;
    LibraryFilesModel *m_libraryFiles = nullptr;
    QTableView *m_libraryTable = nullptr;
    QPushButton *m_libraryExport = nullptr;
    QPushButton *m_libraryReveal = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_reveal = nullptr;
};

} // namespace slp::ui
