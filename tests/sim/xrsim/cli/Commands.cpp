#include "Commands.h"

#include "CommandGrammar.h"

namespace slp::xrsim {

const CommandGrammar &execGrammar()
{
    static const CommandGrammar grammar = [] {
        CommandGrammar g;
        g.add(ShowLicenseStatus, QStringLiteral("show license status"));
        g.add(ShowLicenseSummary, QStringLiteral("show license summary"));
        g.add(ShowLicenseUsage, QStringLiteral("show license usage"));
        g.add(ShowLicenseAll, QStringLiteral("show license all"));
        g.add(ShowLicenseUdi, QStringLiteral("show license udi"));
        g.add(ShowLicenseReservation, QStringLiteral("show license reservation"));
        g.add(ShowLicensePlatformSummary, QStringLiteral("show license platform summary"));
        g.add(ShowLicensePlatformDetail, QStringLiteral("show license platform detail"));
        g.add(ShowLicenseRumAll, QStringLiteral("show license rum id all"));
        g.add(ShowLicenseRumDetail, QStringLiteral("show license rum id <id:number> detail"));
        g.add(ShowVersion, QStringLiteral("show version"));
        g.add(ShowClock, QStringLiteral("show clock"));
        g.add(ShowRunningConfig, QStringLiteral("show running-config"));
        g.add(SaveUsageAll, QStringLiteral("license smart save usage all <file>"));
        g.add(SaveUsageUnreported, QStringLiteral("license smart save usage unreported <file>"));
        g.add(LicenseImport, QStringLiteral("license smart import <file>"));
        g.add(LicenseSyncAll, QStringLiteral("license smart sync all"));
        g.add(TrustIdTokenLocal, QStringLiteral("license smart trust idtoken <token> local"));
        g.add(TrustIdTokenAll, QStringLiteral("license smart trust idtoken <token> all"));
        g.add(TrustIdTokenLocalForce, QStringLiteral("license smart trust idtoken <token> local force"));
        g.add(TrustIdTokenAllForce, QStringLiteral("license smart trust idtoken <token> all force"));
        g.add(SaveTrustRequest, QStringLiteral("license smart save trust-request <file>"));
        g.add(ReservationRequestLocal, QStringLiteral("license smart reservation request local"));
        g.add(ReservationInstallFile, QStringLiteral("license smart reservation install file <file>"));
        g.add(ReservationReturnLocal, QStringLiteral("license smart reservation return local"));
        g.add(ReservationCancelLocal, QStringLiteral("license smart reservation cancel local"));
        g.add(Dir, QStringLiteral("dir <filesystem>"));
        g.add(TerminalLength, QStringLiteral("terminal length <n:number>"));
        g.add(TerminalWidth, QStringLiteral("terminal width <n:number>"));
        g.add(Exit, QStringLiteral("exit"));
        g.add(Exit, QStringLiteral("logout"));
        g.add(Configure, QStringLiteral("configure"));
        g.add(Configure, QStringLiteral("configure terminal"));
        return g;
    }();
    return grammar;
}

namespace {

CommandGrammar makeConfigGrammar(bool callHomeSupported)
{
    CommandGrammar g;
    QStringList transports {QStringLiteral("cslu"), QStringLiteral("smart"), QStringLiteral("off")};
    if (callHomeSupported)
        transports.append(QStringLiteral("callhome"));
    for (const QString &transport : std::as_const(transports))
        g.add(ConfigTransport, QStringLiteral("license smart transport ") + transport);
    g.add(ConfigUrlCslu, QStringLiteral("license smart url cslu <url>"));
    g.add(ConfigUrlSmart, QStringLiteral("license smart url smart <url>"));
    g.add(ConfigProxy, QStringLiteral("license smart proxy hostname <host> port <port:number>"));
    g.add(ConfigNoProxy, QStringLiteral("no license smart proxy"));
    g.add(ConfigVrf, QStringLiteral("http client vrf <vrf>"));
    g.add(ConfigNoVrf, QStringLiteral("no http client vrf"));
    g.add(ConfigReservation, QStringLiteral("license smart reservation"));
    g.add(ConfigNoReservation, QStringLiteral("no license smart reservation"));
    g.add(ConfigUsageInterval, QStringLiteral("license smart usage interval <days:number>"));
    g.add(ConfigCommit, QStringLiteral("commit"));
    g.add(ConfigEnd, QStringLiteral("end"));
    g.add(ConfigExit, QStringLiteral("exit"));
    g.add(ConfigAbort, QStringLiteral("abort"));
    g.add(ConfigShowCandidate, QStringLiteral("show configuration"));
    return g;
}

} // namespace

const CommandGrammar &configGrammar(bool callHomeSupported)
{
    static const CommandGrammar withCallHome = makeConfigGrammar(true);
    static const CommandGrammar withoutCallHome = makeConfigGrammar(false);
    return callHomeSupported ? withCallHome : withoutCallHome;
}

} // namespace slp::xrsim
