#pragma once

#include <QString>

namespace slp {

// What to do with a host key the known_hosts file does not have yet. A key that CHANGED is always
// refused, whatever the policy.
enum class UnknownHostKeyPolicy {
    Refuse, // slpctl default
    AcceptNew, // slpctl --accept-new-host-keys
    AskCaller, // GUI: the job pauses and asks with the SHA256 fingerprint
};

// How commands are run: over an exec channel, falling back to an interactive shell when the router
// denies exec (Auto), or always one way.
enum class SshCommandMode { Auto, ExecOnly, ShellOnly };

struct SshTimeouts
{
    int connectMs = 10'000; // TCP connect; and again each for key exchange and authentication
    int commandMs = 120'000; // one command from start to exit status
    int idleMs = 30'000; // no output / no transfer progress for this long
};

struct SshSessionOptions
{
    QString knownHostsPath; // required: the application's own file, never ~/.ssh/known_hosts
    UnknownHostKeyPolicy unknownHostKeyPolicy = UnknownHostKeyPolicy::Refuse;
    SshCommandMode commandMode = SshCommandMode::Auto;
    SshTimeouts timeouts;
    qint64 maxOutputBytes = 16 * 1024 * 1024; // per command; more is an OutputTooLarge error
    int terminalWidth = 511; // for the interactive shell fallback (PTY columns and `terminal width`)
    // Send `terminal length 0` in the shell fallback. Some AAA command authorization setups forbid it;
    // `--More--` prompts are answered with a space either way.
    bool shellDisablesPaging = true;
};

} // namespace slp
