#include "ReportsView.h"

#include "ReportLibraryModel.h"
#include "common/AsyncFile.h"
#include "dropimport/DroppedFile.h"
#include "main/DeviceAction.h"

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

ReportsView::ReportsView(ReportLibraryModel &library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
{
    setObjectName(QStringLiteral("reportsView"));
    auto *layout = new QVBoxLayout(this);
    auto *intro
        = new QLabel(tr("Licensing files known to the console: RUM reports, offline bundles, ACKs and "
                        "reservation codes. Drop files anywhere on the window or use File > Import to add them. "
                        "Reports collected from devices appear here with the Collect Usage flow."),
                     this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *buttons = new QHBoxLayout;
    auto *import = new QPushButton(tr("&Import Files..."), this);
    m_open = new QPushButton(tr("&Open"), this);
    m_export = new QPushButton(tr("&Export Copy..."), this);
    m_reveal = new QPushButton(tr("Show in &Folder"), this);
    auto *collect = new QPushButton(DeviceActionCatalog::plainText(DeviceAction::CollectUsage), this);
    collect->setEnabled(DeviceActionCatalog::isImplemented(DeviceAction::CollectUsage));
    collect->setToolTip(DeviceActionCatalog::toolTip(DeviceAction::CollectUsage));
    buttons->addWidget(import);
    buttons->addWidget(m_open);
    buttons->addWidget(m_export);
    buttons->addWidget(m_reveal);
    buttons->addStretch(1);
    buttons->addWidget(collect);
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
}

QString ReportsView::currentPath() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(ReportLibraryModel::PathRole).toString();
}

void ReportsView::updateButtons()
{
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
