#pragma once

#include <QString>

namespace slp {

// What went wrong talking to a router, as a type a caller can branch on (retry, ask, mark failed).
enum class SshErrorKind {
    None,
    DnsFailure,
    ConnectionRefused,
    NetworkUnreachable,
    Timeout,
    Cancelled,
    ProtocolError, // key exchange failed, incompatible algorithms, garbage instead of SSH
    HostKeyUnknown,
    HostKeyChanged,
    HostKeyStoreError, // the app's known_hosts file cannot be read or written
    CredentialError, // a configured credential cannot be used (unreadable key file, wrong passphrase)
    AuthRejected,
    CommandRejected, // the router accepts neither an exec channel nor an interactive shell
    ChannelClosed, // the router closed the channel or connection before the command finished
    OutputTooLarge,
    SftpFailed,
    SftpSizeLimit,
    LocalFileError,
};

// Where it went wrong; for timeouts this is the phase that did not finish in time.
enum class SshPhase {
    None,
    Resolve,
    Connect,
    KeyExchange,
    HostKey,
    Authentication,
    Command,
    Idle, // no output (or no transfer progress) for longer than the idle timeout
    Transfer,
};

// A typed error with a message worded for a network admin (names the router and says what to do).
struct SshError
{
    SshErrorKind kind = SshErrorKind::None;
    SshPhase phase = SshPhase::None;
    QString message;

    bool ok() const { return kind == SshErrorKind::None; }
    bool isTimeout() const { return kind == SshErrorKind::Timeout; }

    static SshError make(SshErrorKind kind, SshPhase phase, const QString &message);

    // Stable lower-case identifiers for logs and JSON output ("timeout", "key-exchange", ...).
    static QString kindName(SshErrorKind kind);
    static QString phaseName(SshPhase phase);
    // "host key unknown", "key exchange": for sentences.
    static QString phaseWords(SshPhase phase);
};

} // namespace slp
