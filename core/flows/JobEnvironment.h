#pragma once

#include <QString>

namespace slp {

class CssmClient;
class SecretStore;
class SshPool;
class Store;

// What every job works with. Owned by the JobManager (or a test), outliving every job it runs.
struct JobEnvironment
{
    Store *store = nullptr; // open
    SecretStore *secrets = nullptr; // where credential profiles' secrets are read from
    SshPool *sshPool = nullptr;
    QString knownHostsPath; // the application's own known_hosts file
    QString actor; // who the audit log names ("alice"); AuditEntry::currentActor() by default
    // Where a running job keeps its lock file (job-<id>.lock): a job whose lock no live process
    // holds was interrupted and may be resumed.
    QString lockDirectory;
    // The flows' report library: where collected reports, bundles, ACKs and SLR code files are kept
    // (files named in the store's library_files table, relative to this folder).
    QString libraryDirectory;
    // CSSM / SSM On-Prem for the online flows (Send to CSSM, ID tokens, SLR reservations); null when
    // no endpoint is configured, and online flows then fail with a message saying so.
    CssmClient *cssm = nullptr;
};

} // namespace slp
