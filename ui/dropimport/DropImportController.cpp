#include "DropImportController.h"

#include "DropImportDialog.h"
#include "devices/CsvInventoryController.h"
#include "reports/ReportLibraryModel.h"

#include <QFileInfo>
#include <QMimeData>
#include <QUrl>
#include <QWidget>
#include <QtConcurrent/QtConcurrentMap>

namespace slp::ui {

namespace {

constexpr int kMaxFilesPerDrop = 200;

} // namespace

DropImportController::DropImportController(CsvInventoryController &csv, ReportLibraryModel &library, QWidget *window)
    : QObject(window)
    , m_csv(csv)
    , m_library(library)
    , m_window(window)
{ }

bool DropImportController::accepts(const QMimeData *mime)
{
    return mime && mime->hasUrls();
}

void DropImportController::handleDrop(const QMimeData *mime)
{
    if (!accepts(mime))
        return;
    QStringList paths;
    QStringList notLocal;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
        else
            notLocal.append(url.toDisplayString());
    }
    if (!notLocal.isEmpty())
        emit message(tr("Only local files can be imported; ignored: %1").arg(notLocal.join(QLatin1String(", "))));
    if (!paths.isEmpty())
        importFiles(paths);
}

void DropImportController::importFiles(const QStringList &paths)
{
    QStringList files = paths;
    if (files.size() > kMaxFilesPerDrop) {
        emit message(tr("Only the first %1 of %2 files are imported at once.").arg(kMaxFilesPerDrop).arg(files.size()));
        files = files.mid(0, kMaxFilesPerDrop);
    }
    emit message(tr("Reading %n file(s)...", nullptr, static_cast<int>(files.size())));
    QtConcurrent::mapped(files, &DroppedFile::inspect).then(this, [this](const QFuture<DroppedFile> &future) {
        confirm(future.results());
    });
}

void DropImportController::confirm(const QList<DroppedFile> &files)
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = new DropImportDialog(files, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, dialog = m_dialog] {
        const QList<DroppedFile> confirmed = dialog->confirmedFiles();
        QStringList acks;
        for (const DroppedFile &file : confirmed)
            route(file, &acks);
        if (!acks.isEmpty())
            emit acksDropped(acks);
    });
    m_dialog->open();
    emit inspected(files);
}

void DropImportController::route(const DroppedFile &file, QStringList *acks)
{
    const QString name = QFileInfo(file.path).fileName();
    switch (file.route()) {
    case DropRoute::InventoryImport:
        m_csv.importContent(file.content, name);
        return;
    case DropRoute::SlrWizard:
        m_library.addEntry({file.path, file.kindText(), file.detected.summary, tr("Given to the SLR wizard"),
                            QDateTime::currentDateTime()});
        emit authorizationCodeDropped(file.path, file.content);
        return;
    case DropRoute::ReportLibrary:
        m_library.addEntry(
            {file.path, file.kindText(), file.detected.summary, tr("Recognised"), QDateTime::currentDateTime()});
        emit message(tr("%1 added to the report library.").arg(name));
        return;
    case DropRoute::ImportAck:
    case DropRoute::UploadFromCisco:
        m_library.addEntry({file.path, file.kindText(), file.detected.summary, tr("Given to Upload from Cisco"),
                            QDateTime::currentDateTime()});
        acks->append(file.path);
        return;
    case DropRoute::None:
        emit message(tr("%1: %2").arg(name, file.routeText()));
        return;
    }
}

DropImportDialog *DropImportController::dialog() const
{
    return m_dialog;
}

} // namespace slp::ui
