#include "DroppedFile.h"

#include "common/AsyncFile.h"
#include "formats/FileTypeDetector.h"
#include "main/DeviceAction.h"

namespace slp::ui {

DroppedFile DroppedFile::inspect(const QString &path)
{
    DroppedFile file;
    file.path = path;
    AsyncFile::ReadResult read = AsyncFile::readNow(path, maxBytes);
    if (!read.error.isEmpty()) {
        file.readError = read.error;
        return file;
    }
    file.content = std::move(read.content);
    file.detected = FileTypeDetector::detect(file.content);
    return file;
}

DropRoute DroppedFile::route() const
{
    if (!readError.isEmpty())
        return DropRoute::None;
    switch (detected.kind) {
    case FileKind::CsvInventory:
        return DropRoute::InventoryImport;
    case FileKind::SlrAuthorizationCode:
        return DropRoute::SlrWizard;
    case FileKind::RumReport:
    case FileKind::UploadBundle:
    case FileKind::SlrRequestCode:
    case FileKind::SlrReturnCode:
    case FileKind::SlrConfirmationCode:
        return DropRoute::ReportLibrary;
    case FileKind::Ack:
    case FileKind::Policy:
        return DropRoute::ImportAck;
    case FileKind::AckBundle:
        return DropRoute::UploadFromCisco;
    case FileKind::Unknown:
        break;
    }
    return DropRoute::None;
}

bool DroppedFile::canRoute() const
{
    switch (route()) {
    case DropRoute::InventoryImport:
    case DropRoute::SlrWizard:
    case DropRoute::ReportLibrary:
        return true;
    case DropRoute::ImportAck:
        return DeviceActionCatalog::isImplemented(DeviceAction::ImportAck);
    case DropRoute::UploadFromCisco:
        return DeviceActionCatalog::isImplemented(DeviceAction::UploadFromCisco);
    case DropRoute::None:
        break;
    }
    return false;
}

QString DroppedFile::kindText() const
{
    if (!readError.isEmpty())
        return tr("Unreadable file");
    switch (detected.kind) {
    case FileKind::Unknown:
        return tr("Not recognised");
    case FileKind::RumReport:
        return tr("RUM report file");
    case FileKind::Ack:
        return tr("ACK file");
    case FileKind::Policy:
        return tr("Policy file");
    case FileKind::SlrAuthorizationCode:
        return tr("SLR authorization code");
    case FileKind::SlrRequestCode:
        return tr("SLR request code");
    case FileKind::SlrReturnCode:
        return tr("SLR return code");
    case FileKind::SlrConfirmationCode:
        return tr("SLR confirmation code");
    case FileKind::UploadBundle:
        return tr("Upload bundle (for CSSM)");
    case FileKind::AckBundle:
        return tr("ACK bundle (from CSSM)");
    case FileKind::CsvInventory:
        return tr("Inventory CSV");
    }
    return tr("Not recognised");
}

QString DroppedFile::routeText() const
{
    if (!readError.isEmpty())
        return readError;
    switch (route()) {
    case DropRoute::None:
        return tr("Not imported: %1").arg(detected.summary);
    case DropRoute::InventoryImport:
        return tr("Import the devices into the inventory");
    case DropRoute::SlrWizard:
        return tr("Open the SLR wizard to match the code to its devices");
    case DropRoute::ReportLibrary:
        return tr("Keep in the report library");
    case DropRoute::ImportAck:
        return canRoute() ? tr("Import the ACK into its device")
                          : DeviceActionCatalog::notImplementedReason(DeviceAction::ImportAck);
    case DropRoute::UploadFromCisco:
        return canRoute() ? tr("Import each ACK into its device")
                          : DeviceActionCatalog::notImplementedReason(DeviceAction::UploadFromCisco);
    }
    return {};
}

} // namespace slp::ui
