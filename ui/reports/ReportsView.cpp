#include "ReportsView.h"

#include "LibraryFilesModel.h"
#include "ReportLibraryModel.h"
#include "app/ConsoleContext.h"
#include "common/AsyncFile.h"
#include "dropimport/DroppedFile.h"
#include "flows/JobManager.h"
#include "store/ReportLibrary.h"

#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace slp::ui {

ReportsView::ReportsView(ConsoleContext &context, ReportLibraryModel &library, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_library(library)
    , m_libraryFiles(new LibraryFilesModel(context, this))
{
    setObjectName(QStringLiteral("reportsView"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The report library: usage reports (RUM), bundles for Cisco, ACKs and reservation "
                                "codes that the flows collected or received, newest first."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *libraryButtons = new QHBoxLayout;
    m_libraryExport = new QPushButton(tr("E&xport..."), this);
    m_libraryExport->setToolTip(tr("Save a copy of the file; its checksum is verified first."));
    m_libraryReveal = new QPushButton(tr("&Reveal in File Manager"), this);
    libraryButtons->addWidget(m_libraryExport);
    libraryButtons->addWidget(m_libraryReveal);
    libraryButtons->addStretch(1);
    layout->addLayout(libraryButtons);
    m_libraryTable = new QTableView(this);
    m_libraryTable->setObjectName(QStringLiteral("libraryTable"));
    m_libraryTable->setModel(m_libraryFiles);
    m_libraryTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_libraryTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_libraryTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_libraryTable->verticalHeader()->hide();
    m_libraryTable->horizontalHeader()->setSectionResizeMode(LibraryFilesModel::FileName, QHeaderView::Stretch);
    m_libraryTable->horizontalHeader()->resizeSection(LibraryFilesModel::Kind, 170);
    m_libraryTable->horizontalHeader()->resizeSection(LibraryFilesModel::Udi, 220);
    layout->addWidget(m_libraryTable, 2);
    connect(m_libraryExport, &QPushButton::clicked, this, &ReportsView::exportLibraryFile);
    connect(m_libraryReveal, &QPushButton::clicked, this, &ReportsView::revealLibraryFile);
    connect(m_libraryTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReportsView::updateButtons);
    connect(m_libraryFiles, &QAbstractItemModel::modelReset, this, &ReportsView::updateButtons);
    connect(&m_context, &ConsoleContext::libraryChanged, m_libraryFiles, &LibraryFilesModel::reload);
    connect(&m_context, &ConsoleContext::ready, this, &ReportsView::connectJobs);

    auto *sessionIntro = new QLabel(tr("Files recognised in this session: drop files anywhere on the window or use "
                                       "File > Import to add them."),
                                    this);
    sessionIntro->setWordWrap(true);
    layout->addWidget(sessionIntro);

    auto *buttons = new QHBoxLayout;
    auto *import = new QPushButton(tr("&Import Files..."), this);
    m_open = new QPushButton(tr("&Open"), this);
    m_export = new QPushButton(tr("&Export Copy..."), this);
    m_reveal = new QPushButton(tr("Show in &Folder"), this);
    buttons->addWidget(import);
    buttons->addWidget(m_open);
    buttons->addWidget(m_export);
    buttons->addWidget(m_reveal);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setModel(&m_library);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ReportLibraryModel::Details, QHeaderView::Stretch);
    m_table->horizontalHeader()->resizeSection(ReportLibraryModel::File, 200);
    m_table->horizontalHeader()->resizeSection(ReportLibraryModel::Kind, 170);
    m_table->horizontalHeader()->resizeSection(ReportLibraryModel::State, 260);
    layout->addWidget(m_table, 1);

    connect(import, &QPushButton::clicked, this, &ReportsView::importRequested);
    connect(m_open, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(currentPath())); });
    connect(m_reveal, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(currentPath()).absolutePath())); });
    connect(m_export, &QPushButton::clicked, this, &ReportsView::exportCopy);
    connect(m_table, &QTableView::doubleClicked, m_open, &QPushButton::click);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReportsView::updateButtons);
    connect(&m_library, &QAbstractItemModel::rowsInserted, this, &ReportsView::updateButtons);
    updateButtons();
    // Last: the library's first read may answer at once and update the buttons built above.
    if (m_context.isReady())
        connectJobs();
}

QString ReportsView::currentPath() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(ReportLibraryModel::PathRole).toString();
}

void ReportsView::connectJobs()
{
    // Every job may have added or changed library files (collect, bundle, send, import, SLR).
    if (JobManager *jobs = m_context.jobs())
        connect(jobs, &JobManager::jobFinished, m_libraryFiles, &LibraryFilesModel::reload, Qt::UniqueConnection);
    m_libraryFiles->reload();
}

void ReportsView::exportLibraryFile()
{
    const QModelIndexList rows = m_libraryTable->selectionModel()->selectedRows();
    const LibraryFile *file = rows.isEmpty() ? nullptr : m_libraryFiles->fileAt(rows.constFirst().row());
    if (!file)
        return;
    const QString target = QFileDialog::getSaveFileName(this, tr("Export"), file->fileName, QString(), nullptr,
                                                        QFileDialog::DontUseNativeDialog);
    if (target.isEmpty())
        return;
    ReportLibrary library(m_context.store(), m_context.libraryDirectory());
    // content() verifies the stored checksum: a file changed on disk is refused, not exported.
    library.content(file->id).then(this, [this, target](const StoreResult<QByteArray> &content) {
        if (!content.ok()) {
            QMessageBox::warning(this, tr("Export"), content.error.message);
            return;
        }
        AsyncFile::write(target, content.value).then(this, [this](const QString &error) {
            if (!error.isEmpty())
                QMessageBox::warning(this, tr("Export"), error);
        });
    });
}

void ReportsView::revealLibraryFile()
{
    const QModelIndexList rows = m_libraryTable->selectionModel()->selectedRows();
    const LibraryFile *file = rows.isEmpty() ? nullptr : m_libraryFiles->fileAt(rows.constFirst().row());
    if (!file)
        return;
    const QString path = ReportLibrary(m_context.store(), m_context.libraryDirectory()).absolutePath(*file);
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

void ReportsView::updateButtons()
{
    const bool librarySelected = m_libraryTable->selectionModel()->hasSelection();
    m_libraryExport->setEnabled(librarySelected);
    m_libraryReveal->setEnabled(librarySelected);
    const bool selected = !currentPath().isEmpty();
    m_open->setEnabled(selected);
    m_export->setEnabled(selected);
    m_reveal->setEnabled(selected);
}

void ReportsView::exportCopy()
{
    const QString source = currentPath();
    const QString target = QFileDialog::getSaveFileName(this, tr("Export Copy"), QFileInfo(source).fileName());
    if (target.isEmpty())
        return;
    AsyncFile::read(source, DroppedFile::maxBytes).then(this, [this, target](const AsyncFile::ReadResult &file) {
        if (!file.error.isEmpty()) {
            QMessageBox::warning(this, tr("Export Copy"), file.error);
            return;
        }
        AsyncFile::write(target, file.content).then(this, [this](const QString &error) {
            if (!error.isEmpty())
                QMessageBox::warning(this, tr("Export Copy"), error);
        });
    });
}

} // namespace slp::ui
