#pragma once

#include "DroppedFile.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace slp::ui {

// Lists the dropped files with what each one is and where it will go; the admin confirms. Files
// that cannot go anywhere say why, one message per file.
class DropImportDialog : public QDialog
{
    Q_OBJECT
public:
    DropImportDialog(const QList<DroppedFile> &files, QWidget *parent = nullptr);

    // The files left checked (those that can be routed).
    QList<DroppedFile> confirmedFiles() const;
    QTreeWidget *fileList() const { return m_list; }
    QPushButton *importButton() const { return m_import; }
    QLabel *summaryLabel() const { return m_summary; }

private:
    void updateButton();

    QList<DroppedFile> m_files;
    QTreeWidget *m_list = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace slp::ui
