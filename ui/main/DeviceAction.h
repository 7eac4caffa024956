#pragma once

#include <QCoreApplication>
#include <QString>

namespace slp::ui {

// Everything the console can do to a selection of devices: the Devices menu, the toolbar, the
// context menu and the dashboard's "fix it" links all name their action with this.
enum class DeviceAction {
    Refresh,
    CollectUsage,
    SendToCssm,
    DownloadForCisco,
    UploadFromCisco,
    ImportAck,
    EstablishTrust,
    ConfigureTransport,
    SlrWizard,
    ReturnReservation,
    EditDevice,
    RemoveDevices,
    ShowDevice,
};

// Names and availability of the actions. Flows that the core does not implement yet are shown,
// disabled, with a tooltip saying so: never faked.
class DeviceActionCatalog
{
    Q_DECLARE_TR_FUNCTIONS(slp::ui::DeviceActionCatalog)
public:
    static QString text(DeviceAction action); // menu text with & mnemonic
    static QString plainText(DeviceAction action); // without the mnemonic
    static QString description(DeviceAction action); // one sentence for tooltips and status tips
    // True when this build implements the action.
    static bool isImplemented(DeviceAction action);
    // For an action that is not implemented: "Arrives with the Collect Usage flow."
    static QString notImplementedReason(DeviceAction action);
    // The tooltip: the description, plus the reason when not implemented.
    static QString toolTip(DeviceAction action);
    // True when the action works on a selection of several devices (false: exactly one).
    static bool takesManyDevices(DeviceAction action);
};

} // namespace slp::ui
