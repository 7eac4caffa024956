#pragma once

#include "ssh/SshCommandResult.h"

#include <QStringList>

#include <libssh/libssh.h>

namespace slp {

struct SshSessionContext;

// The interactive-shell fallback for routers that deny exec channels: one PTY shell per session,
// waits for the IOS XR prompt, turns paging off (`terminal length 0`, `terminal width`), then runs
// each command by typing it and collecting output until the prompt returns, answering `--More--`
// with a space if paging is still on. No exit status exists on this path.
class ShellCommandRunner
{
public:
    explicit ShellCommandRunner(SshSessionContext &context);
    ~ShellCommandRunner();
    ShellCommandRunner(const ShellCommandRunner &) = delete;
    ShellCommandRunner &operator=(const ShellCommandRunner &) = delete;

    // Opens the shell and prepares the terminal; must succeed before run().
    SshError start();
    // `answers` are typed, in order, when the command asks a confirmation question.
    SshCommandResult run(const QString &command, const QStringList &answers = {});

    QString prompt() const { return m_prompt; }

private:
    // Types `line` and reads until the prompt returns; the raw bytes received go to *received.
    SshError exchange(const QString &line, QByteArray *received, QStringList answers = {});

    SshSessionContext &m_context;
    ssh_channel m_channel = nullptr;
    QString m_prompt; // as first seen, e.g. "RP/0/RSP0/CPU0:r1#"
    QString m_promptBase; // without mode and '#', e.g. "RP/0/RSP0/CPU0:r1"
};

} // namespace slp
