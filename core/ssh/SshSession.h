#pragma once

#include "ssh/SshCancelFlag.h"
#include "ssh/SshCommandResult.h"
#include "ssh/SshError.h"
#include "ssh/SshHostKey.h"
#include "ssh/SshHostKeyQuestion.h"
#include "ssh/SshSessionOptions.h"
#include "ssh/SshTarget.h"
#include "ssh/SshTransferResult.h"

#include <QStringList>

#include <memory>

namespace slp {

struct SshSessionContext;
class ShellCommandRunner;
class SftpClient;

// One SSH connection to one router, used by exactly one worker thread; every call blocks that thread
// (never call it on the GUI thread: SshPool runs sessions for you). Cancel from any thread through
// the SshCancelFlag given at construction: whatever call is in progress returns within ~50 ms with
// a Cancelled error.
//
// Commands run over exec channels; when the router denies exec (SshCommandMode::Auto), the session
// switches to one interactive shell for this and all later commands.
// After a timeout, cancel or broken connection the session is unusable: later calls return the
// same error at once.
class SshSession
{
public:
    SshSession(const SshTarget &target, const SshSessionOptions &options, const SshCancelFlag &cancel,
               SshHostKeyDecider hostKeyDecider = {});
    ~SshSession();
    SshSession(const SshSession &) = delete;
    SshSession &operator=(const SshSession &) = delete;

    // Connect, key exchange, host key check (known_hosts + policy), authentication.
    SshError open();
    bool isOpen() const { return m_open && m_broken.ok(); }

    // `answers` reply, in order, to confirmation questions the command asks ("[yes/no]:").
    // `inShell` types it into the session's interactive shell even when exec works (configuration
    // mode spans several commands of one CLI session).
    SshCommandResult run(const QString &command, const QStringList &answers = {}, bool inShell = false);
    SshTransferResult download(const QString &remotePath, const QString &localPath, qint64 maxBytes);
    SshTransferResult upload(const QString &localPath, const QString &remotePath);
    SshTransferResult remove(const QString &remotePath); // SFTP remove

    // The key the router presented (after open(), also when it was refused) and whether open()
    // recorded it as a newly accepted key.
    SshHostKey hostKey() const { return m_hostKey; }
    bool hostKeyAdded() const { return m_hostKeyAdded; }

    void close();

private:
    SshError configure();
    SshError remember(const SshError &error);
    SshCommandResult runInShell(const QString &command, const QStringList &answers);
    SshError ensureSftp();

    SshTarget m_target;
    SshSessionOptions m_options;
    SshHostKeyDecider m_hostKeyDecider;
    std::unique_ptr<SshSessionContext> m_context;
    std::unique_ptr<ShellCommandRunner> m_shell;
    std::unique_ptr<SftpClient> m_sftp;
    SshError m_broken; // set once the connection is unusable
    SshHostKey m_hostKey;
    bool m_hostKeyAdded = false;
    bool m_open = false;
    bool m_execRefused = false;
    bool m_socketOwnedByLibssh = false;
};

} // namespace slp
