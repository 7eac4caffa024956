#include "LibraryFilesModel.h"

#include "app/ConsoleContext.h"
#include "store/ReportLibrary.h"
#include "store/Store.h"

#include <QLocale>

namespace slp::ui {

LibraryFilesModel::LibraryFilesModel(ConsoleContext &context, QObject *parent)
    : QAbstractTableModel(parent)
    , m_context(context)
{ }

void LibraryFilesModel::reload()
{
    if (!m_context.isReady())
        return;
    // One read at a time; a reload asked for meanwhile runs once the current one is in.
    if (m_loading) {
        m_again = true;
        return;
    }
    m_loading = true;
    ReportLibrary library(m_context.store(), m_context.libraryDirectory());
    library.list().then(this, [this](const StoreResult<QList<LibraryFile>> &files) {
        m_context.store().deviceOverview().then(this, [this, files](const StoreResult<QList<DeviceOverview>> &devices) {
            m_loading = false;
            if (!files.ok()) {
                emit reloadFailed(files.error.message);
            } else {
                beginResetModel();
                m_files = files.value;
                m_hostnames.clear();
                for (const DeviceOverview &device : devices.value)
                    m_hostnames.insert(device.device.id, device.device.hostname);
                endResetModel();
                emit reloaded();
            }
            if (std::exchange(m_again, false))
                reload();
        });
    });
}

const LibraryFile *LibraryFilesModel::fileAt(int row) const
{
    return row >= 0 && row < m_files.size() ? &m_files.at(row) : nullptr;
}

QString LibraryFilesModel::kindText(LibraryFileKind kind)
{
    switch (kind) {
    case LibraryFileKind::Rum:
        return tr("Usage report (RUM)");
    case LibraryFileKind::Ack:
        return tr("ACK");
    case LibraryFileKind::Policy:
        return tr("Policy");
    case LibraryFileKind::UploadBundle:
        return tr("Bundle for Cisco");
    case LibraryFileKind::AckBundle:
        return tr("ACK bundle from Cisco");
    case LibraryFileKind::SlrAuthorization:
        return tr("SLR authorization code");
    case LibraryFileKind::SlrRequest:
        return tr("SLR request code");
    case LibraryFileKind::SlrConfirmation:
        return tr("SLR confirmation code");
    case LibraryFileKind::SlrReturn:
        return tr("SLR return code");
    }
    return toText(kind);
}

QString LibraryFilesModel::stateText(LibraryFileState state)
{
    switch (state) {
    case LibraryFileState::Collected:
        return tr("Collected");
    case LibraryFileState::Bundled:
        return tr("In a bundle");
    case LibraryFileState::Sent:
        return tr("Sent to CSSM");
    case LibraryFileState::Acknowledged:
        return tr("Acknowledged");
    case LibraryFileState::Imported:
        return tr("Imported");
    case LibraryFileState::Failed:
        return tr("Failed");
    }
    return toText(state);
}

int LibraryFilesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_files.size());
}

int LibraryFilesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryFilesModel::data(const QModelIndex &index, int role) const
{
    const LibraryFile *file = index.isValid() ? fileAt(index.row()) : nullptr;
    if (!file)
        return {};
    if (role == LibraryFileIdRole)
        return file->id;
    if (role == Qt::ToolTipRole && !file->detail.isEmpty())
        return file->detail;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Kind:
        return kindText(file->kind);
    case State:
        return stateText(file->state);
    case Device:
        return file->deviceId == 0 ? QString() : m_hostnames.value(file->deviceId, tr("(removed device)"));
    case Udi:
        return file->udi;
    case ReportIds:
        return file->reportIds.join(u' ');
    case Created:
        return QLocale().toString(file->createdAt.toLocalTime(), QLocale::ShortFormat);
    case FileName:
        return file->fileName;
    default:
        return {};
    }
}

QVariant LibraryFilesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind:
        return tr("Kind");
    case State:
        return tr("State");
    case Device:
        return tr("Device");
    case Udi:
        return tr("UDI");
    case ReportIds:
        return tr("Report IDs");
    case Created:
        return tr("Created");
    case FileName:
        return tr("File name");
    default:
        return {};
    }
}

} // namespace slp::ui
