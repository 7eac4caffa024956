#pragma once

#include "DroppedFile.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QMimeData;
class QUrl;
class QWidget;

namespace slp::ui {

class CsvInventoryController;
class DropImportDialog;
class ReportLibraryModel;

// Drag and drop anywhere on the window, and File > Import: reads and recognises each file by its
// content off the GUI thread, asks for confirmation with one line per file, then routes each
// confirmed file (inventory CSV import, SLR wizard, report library).
class DropImportController : public QObject
{
    Q_OBJECT
public:
    DropImportController(CsvInventoryController &csv, ReportLibraryModel &library, QWidget *window);

    // True when the drag carries files this controller would look at.
    static bool accepts(const QMimeData *mime);
    void handleDrop(const QMimeData *mime);
    void importFiles(const QStringList &paths);
    // The confirmation dialog while it is open (tests drive it).
    DropImportDialog *dialog() const;

signals:
    // Everything was read and recognised; the dialog is open.
    void inspected(const QList<slp::ui::DroppedFile> &files);
    void authorizationCodeDropped(const QString &path, const QByteArray &content);
    // ACK files and ACK bundles confirmed in the dialog, all at once: Upload from Cisco matches them
    // to their devices by UDI (and asks again with what it found).
    void acksDropped(const QStringList &paths);
    // For the status bar.
    void message(const QString &text);

private:
    void confirm(const QList<DroppedFile> &files);
    void route(const DroppedFile &file, QStringList *acks);

    CsvInventoryController &m_csv;
    ReportLibraryModel &m_library;
    QWidget *m_window;
    QPointer<DropImportDialog> m_dialog;
};

} // namespace slp::ui
