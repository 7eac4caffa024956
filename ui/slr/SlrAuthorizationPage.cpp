#include "SlrAuthorizationPage.h"

#include "SlrSession.h"
#include "common/AsyncFile.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace slp::ui {

namespace {

// Authorization code files hold one XML element per UDI: a few KB. Anything far larger is not one.
constexpr qint64 kMaxCodeFileBytes = 4 * 1024 * 1024;

} // namespace

SlrAuthorizationPage::SlrAuthorizationPage(SlrSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setTitle(tr("Authorization Codes"));
    setSubTitle(tr("Drop the authorization code files from the CSSM portal here, or browse for them. Each code is "
                   "matched to its device by UDI."));
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QHBoxLayout;
    auto *browse = new QPushButton(tr("&Browse..."), this);
    auto *fetch = new QPushButton(tr("&Fetch from CSSM"), this);
    fetch->setEnabled(false);
    fetch->setToolTip(
        tr("Reserve the licenses online and fetch the codes.\nArrives with the CSSM client: not available "
           "in this version."));
    buttons->addWidget(browse);
    buttons->addWidget(fetch);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("authorizationTable"));
    m_table->setHorizontalHeaderLabels({tr("Device"), tr("UDIs"), tr("Authorization code")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 2);
    layout->addWidget(new QLabel(tr("What happened to each file:"), this));
    m_messages = new QListWidget(this);
    m_messages->setObjectName(QStringLiteral("authorizationMessages"));
    layout->addWidget(m_messages, 1);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Authorization Code Files"), QString(),
                                                                tr("Authorization codes (*.txt *.xml);;All files (*)"));
        addFiles(paths);
    });
    connect(&m_session, &SlrSession::codesChanged, this, &SlrAuthorizationPage::fill);
    connect(&m_session, &SlrSession::devicesLoaded, this, &SlrAuthorizationPage::fill);
    connect(&m_session, &SlrSession::messages, this, [this](const QStringList &messages) {
        m_messages->addItems(messages);
        m_messages->scrollToBottom();
    });
}

void SlrAuthorizationPage::initializePage()
{
    fill();
}

void SlrAuthorizationPage::addFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        AsyncFile::read(path, kMaxCodeFileBytes).then(this, [this](const AsyncFile::ReadResult &file) {
            if (!file.error.isEmpty()) {
                m_messages->addItem(file.error);
                return;
            }
            m_session.setAuthorizationFilePath(QFileInfo(file.path).absoluteFilePath());
            addContent(QFileInfo(file.path).fileName(), file.content);
        });
    }
}

void SlrAuthorizationPage::addContent(const QString &sourceName, const QByteArray &content)
{
    m_session.addAuthorizationCodes(sourceName, content);
}

void SlrAuthorizationPage::fill()
{
    const QList<SlrDevice> &devices = m_session.devices();
    m_table->setRowCount(static_cast<int>(devices.size()));
    for (int row = 0; row < devices.size(); ++row) {
        const SlrDevice &device = devices.at(row);
        QStringList udis;
        for (const Udi &udi : device.udis)
            udis.append(udi.canonicalText());
        m_table->setItem(row, 0, new QTableWidgetItem(device.hostname));
        m_table->setItem(row, 1,
                         new QTableWidgetItem(udis.isEmpty() ? tr("unknown: refresh the device") : udis.join(u'\n')));
        QString status;
        if (device.hasAllCodes()) {
            int licenses = 0;
            for (const SlrAuthorizationCode &code : device.codes)
                licenses += static_cast<int>(code.entitlements.size());
            status = tr("from %1: %n license(s)", nullptr, licenses).arg(device.codeSource);
        } else if (!device.codes.isEmpty()) {
            status = tr("%1 of %2 codes (an HA router needs one per UDI)")
                         .arg(device.codes.size())
                         .arg(device.udis.size());
        } else {
            status = tr("missing");
        }
        auto *item = new QTableWidgetItem(status);
        item->setIcon(QApplication::style()->standardIcon(device.hasAllCodes() ? QStyle::SP_DialogApplyButton
                                                                               : QStyle::SP_MessageBoxWarning));
        m_table->setItem(row, 2, item);
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
}

void SlrAuthorizationPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void SlrAuthorizationPage::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    addFiles(paths);
    event->acceptProposedAction();
}

} // namespace slp::ui
