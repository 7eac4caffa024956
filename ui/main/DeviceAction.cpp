#include "DeviceAction.h"

namespace slp::ui {

QString DeviceActionCatalog::text(DeviceAction action)
{
    switch (action) {
    case DeviceAction::Refresh:
        return tr("&Refresh");
    case DeviceAction::CollectUsage:
        return tr("&Collect Usage");
    case DeviceAction::SendToCssm:
        return tr("&Send to CSSM");
    case DeviceAction::DownloadForCisco:
        return tr("&Download All for Cisco...");
    case DeviceAction::UploadFromCisco:
        return tr("&Upload from Cisco...");
    case DeviceAction::ImportAck:
        return tr("Import &ACK...");
    case DeviceAction::EstablishTrust:
        return tr("Establish &Trust...");
    case DeviceAction::ConfigureTransport:
        return tr("Configure Trans&port...");
    case DeviceAction::SlrWizard:
        return tr("Specific License Reser&vation...");
    case DeviceAction::ReturnReservation:
        return tr("Re&turn Reservation...");
    case DeviceAction::EditDevice:
        return tr("&Edit Device...");
    case DeviceAction::RemoveDevices:
        return tr("Re&move Devices...");
    case DeviceAction::ShowDevice:
        return tr("S&how Device");
    }
    return {};
}

QString DeviceActionCatalog::plainText(DeviceAction action)
{
    QString plain = text(action);
    plain.remove(u'&');
    if (plain.endsWith(QLatin1String("...")))
        plain.chop(3);
    return plain;
}

QString DeviceActionCatalog::description(DeviceAction action)
{
    switch (action) {
    case DeviceAction::Refresh:
        return tr("Read the license state of the selected devices over SSH.");
    case DeviceAction::CollectUsage:
        return tr("Save the unreported usage reports (RUM) of the selected devices into the report library.");
    case DeviceAction::SendToCssm:
        return tr("Send the collected usage to CSSM, wait for the ACKs and import them into the devices.");
    case DeviceAction::DownloadForCisco:
        return tr("Write one offline bundle of the selected devices' usage for upload to the CSSM portal.");
    case DeviceAction::UploadFromCisco:
        return tr("Read the ACK bundle downloaded from the CSSM portal and import each ACK into its device.");
    case DeviceAction::ImportAck:
        return tr("Import an ACK file into the device it belongs to.");
    case DeviceAction::EstablishTrust:
        return tr("Install a trust code on the selected devices with an ID token.");
    case DeviceAction::ConfigureTransport:
        return tr("Set the transport (CSLU, Smart, off), URL, proxy and VRF, with a preview of the commands.");
    case DeviceAction::SlrWizard:
        return tr("Reserve licenses for air-gapped devices: request codes, authorization codes, install.");
    case DeviceAction::ReturnReservation:
        return tr("Return an installed reservation and get the return code for the CSSM portal.");
    case DeviceAction::EditDevice:
        return tr("Change the address, credentials, site or tags of the device.");
    case DeviceAction::RemoveDevices:
        return tr("Remove the selected devices and their history from the inventory.");
    case DeviceAction::ShowDevice:
        return tr("Show the device and its details in the Devices view.");
    }
    return {};
}

bool DeviceActionCatalog::isImplemented(DeviceAction action)
{
    switch (action) {
    case DeviceAction::Refresh:
    case DeviceAction::SlrWizard:
    case DeviceAction::EditDevice:
    case DeviceAction::RemoveDevices:
    case DeviceAction::ShowDevice:
    case DeviceAction::CollectUsage:
    case DeviceAction::SendToCssm:
    case DeviceAction::DownloadForCisco:
    case DeviceAction::UploadFromCisco:
    case DeviceAction::ImportAck:
    case DeviceAction::EstablishTrust:
    case DeviceAction::ConfigureTransport:
    case DeviceAction::ReturnReservation:
        return true;
    }
    return false;
}

QString DeviceActionCatalog::notImplementedReason(DeviceAction action)
{
    if (isImplemented(action))
        return {};
    return tr("Arrives with the %1 flow: not available in this version.").arg(plainText(action));
}

QString DeviceActionCatalog::toolTip(DeviceAction action)
{
    const QString reason = notImplementedReason(action);
    return reason.isEmpty() ? description(action) : description(action) + u'\n' + reason;
}

bool DeviceActionCatalog::takesManyDevices(DeviceAction action)
{
    return action != DeviceAction::EditDevice && action != DeviceAction::ShowDevice
        && action != DeviceAction::ImportAck;
}

} // namespace slp::ui
