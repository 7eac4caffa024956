#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace slp::ui {

class ReportLibraryModel;

// The report library: open a file, export a copy, reveal it in the file manager.
class ReportsView : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsView(ReportLibraryModel &library, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }

signals:
    void importRequested();

private:
    QString currentPath() const;
    void updateButtons();
    void exportCopy();

    ReportLibraryModel &m_library;
    QTableView *m_table = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_reveal = nullptr;
};

} // namespace slp::ui
