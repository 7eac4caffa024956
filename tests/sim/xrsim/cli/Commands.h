#pragma once

namespace slp::xrsim {

class CommandGrammar;

// Every command xrsim understands, by mode. The grammars hold their syntax.
enum ExecCommand {
    ShowLicenseStatus,
    ShowLicenseSummary,
    ShowLicenseUsage,
    ShowLicenseAll,
    ShowLicenseUdi,
    ShowLicenseReservation,
    ShowLicensePlatformSummary,
    ShowLicensePlatformDetail,
    ShowLicenseRumAll,
    ShowLicenseRumDetail,
    ShowVersion,
    ShowClock,
    ShowRunningConfig,
    SaveUsageAll,
    SaveUsageUnreported,
    LicenseImport,
    LicenseSyncAll,
    TrustIdTokenLocal,
    TrustIdTokenAll,
    TrustIdTokenLocalForce,
    TrustIdTokenAllForce,
    SaveTrustRequest,
    ReservationRequestLocal,
    ReservationInstallFile,
    ReservationReturnLocal,
    ReservationCancelLocal,
    Dir,
    TerminalLength,
    TerminalWidth,
    Exit,
    Configure,
};

enum ConfigCommand {
    ConfigTransport,
    ConfigUrlCslu,
    ConfigUrlSmart,
    ConfigProxy,
    ConfigNoProxy,
    ConfigVrf,
    ConfigNoVrf,
    ConfigReservation,
    ConfigNoReservation,
    ConfigUsageInterval,
    ConfigCommit,
    ConfigEnd,
    ConfigExit,
    ConfigAbort,
    ConfigShowCandidate,
};

const CommandGrammar &execGrammar();
// Release 25.3.1 dropped Call Home: the transport keyword is gone there.
const CommandGrammar &configGrammar(bool callHomeSupported);

} // namespace slp::xrsim
