#include "DropImportDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace slp::ui {

DropImportDialog::DropImportDialog(const QList<DroppedFile> &files, QWidget *parent)
    : QDialog(parent)
    , m_files(files)
{
    setWindowTitle(tr("Import Files"));
    setObjectName(QStringLiteral("dropImportDialog"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("files"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("File"), tr("Recognised as"), tr("Goes to"), tr("Details")});
    m_list->header()->resizeSection(0, 200);
    m_list->header()->resizeSection(1, 170);
    m_list->header()->resizeSection(2, 300);
    int routable = 0;
    for (const DroppedFile &file : m_files) {
        const QString details = file.readError.isEmpty() ? file.detected.summary : file.readError;
        auto *item = new QTreeWidgetItem(m_list,
                                         {QFileInfo(file.path).fileName(), file.kindText(), file.routeText(), details});
        item->setToolTip(0, file.path);
        item->setToolTip(2, file.routeText());
        item->setToolTip(3, details);
        if (file.canRoute()) {
            item->setCheckState(0, Qt::Checked);
            ++routable;
        } else {
            item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
            item->setIcon(0, QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
        }
    }
    layout->addWidget(m_list, 1);
    const int refused = static_cast<int>(m_files.size()) - routable;
    if (refused == 0)
        m_summary->setText(tr("%n file(s) recognised. Check where each goes, then import.", nullptr, routable));
    else if (routable == 0)
        m_summary->setText(tr("None of the %n file(s) can be imported; the list says why for each.", nullptr, refused));
    else
        m_summary->setText(
            tr("%1 file(s) can be imported; %n cannot (the list says why).", nullptr, refused).arg(routable));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("import"));
    if (routable == 0)
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemChanged, this, &DropImportDialog::updateButton);
    layout->addWidget(buttons);
    updateButton();
    resize(900, 320);
}

QList<DroppedFile> DropImportDialog::confirmedFiles() const
{
    QList<DroppedFile> confirmed;
    for (int row = 0; row < m_files.size(); ++row) {
        const QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (m_files.at(row).canRoute() && item->checkState(0) == Qt::Checked)
            confirmed.append(m_files.at(row));
    }
    return confirmed;
}

void DropImportDialog::updateButton()
{
    m_import->setEnabled(!confirmedFiles().isEmpty());
}

} // namespace slp::ui
