#include "CommandLine.h"

namespace slp::cli {

// Each sub-command is implemented in its own <Name>Command.cpp and declared here.
int runParse(const QStringList &args); // ParseCommand.cpp
int runDevices(const QStringList &args); // DevicesCommand.cpp
int runCredentials(const QStringList &args); // CredentialsCommand.cpp
int runRefresh(const QStringList &args); // RefreshCommand.cpp
int runStatus(const QStringList &args); // StatusCommand.cpp
int runHostKeys(const QStringList &args); // HostKeysCommand.cpp
int runJobs(const QStringList &args); // JobsCommand.cpp
int runCssm(const QStringList &args); // CssmCommand.cpp
int runSend(const QStringList &args); // SendCommand.cpp
int runTrust(const QStringList &args); // TrustCommand.cpp
int runTransport(const QStringList &args); // TransportCommand.cpp
int runSlr(const QStringList &args); // SlrCommand.cpp
int runCollect(const QStringList &args); // CollectCommand.cpp
int runExportBundle(const QStringList &args); // ExportBundleCommand.cpp
int runReports(const QStringList &args); // ReportsCommand.cpp
int runImportAcks(const QStringList &args); // ImportAcksCommand.cpp

const std::vector<Command> &commands()
{
    static const std::vector<Command> all {
        {QStringLiteral("devices"), QStringLiteral("The inventory: add, edit, remove, list, import, export"),
         runDevices},
        {QStringLiteral("credentials"), QStringLiteral("Credential profiles and their secrets: add, list, remove"),
         runCredentials},
        {QStringLiteral("refresh"), QStringLiteral("Read the license state of devices over SSH"), runRefresh},
        {QStringLiteral("status"), QStringLiteral("Compliance per device: state, due date, days left, why"), runStatus},
        {QStringLiteral("hostkeys"), QStringLiteral("Trusted SSH host keys: list, forget"), runHostKeys},
        {QStringLiteral("jobs"), QStringLiteral("Past and interrupted jobs: list, resume"), runJobs},
        {QStringLiteral("trust"), QStringLiteral("Establish trust with an ID token (checks the router's clock first)"),
         runTrust},
        {QStringLiteral("transport"),
         QStringLiteral("Configure the license transport (cslu | smart | off, URL, proxy, VRF); --dry-run"),
         runTransport},
        {QStringLiteral("slr"), QStringLiteral("Specific License Reservation: request, install, return, cancel, codes"),
         runSlr},
        {QStringLiteral("collect"), QStringLiteral("Collect Usage: save the routers' usage reports into the library"),
         runCollect},
        {QStringLiteral("export-bundle"),
         QStringLiteral("Download All for Cisco: one upload bundle of every device's usage"), runExportBundle},
        {QStringLiteral("reports"), QStringLiteral("The report library: list, show, export"), runReports},
        {QStringLiteral("import-acks"),
         QStringLiteral("Upload from Cisco: import ACK bundles / ACK files on the matching devices"), runImportAcks},
        {QStringLiteral("cssm"), QStringLiteral("The CSSM / SSM On-Prem endpoint and account: configure, show, test"),
         runCssm},
        {QStringLiteral("send"), QStringLiteral("Send to CSSM (online): collect usage, send it, import the ACKs"),
         runSend},
        {QStringLiteral("parse"), QStringLiteral("Read captured `show license ...` output (JSON or digest)"), runParse},
    };
    return all;
}

} // namespace slp::cli
