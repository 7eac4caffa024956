#include "ssh/SshError.h"

namespace slp {

SshError SshError::make(SshErrorKind kind, SshPhase phase, const QString &message)
{
    return SshError {kind, phase, message};
}

QString SshError::kindName(SshErrorKind kind)
{
    switch (kind) {
    case SshErrorKind::None:
        return QStringLiteral("none");
    case SshErrorKind::DnsFailure:
        return QStringLiteral("dns-failure");
    case SshErrorKind::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case SshErrorKind::NetworkUnreachable:
        return QStringLiteral("network-unreachable");
    case SshErrorKind::Timeout:
        return QStringLiteral("timeout");
    case SshErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    case SshErrorKind::ProtocolError:
        return QStringLiteral("protocol-error");
    case SshErrorKind::HostKeyUnknown:
        return QStringLiteral("host-key-unknown");
    case SshErrorKind::HostKeyChanged:
        return QStringLiteral("host-key-changed");
    case SshErrorKind::HostKeyStoreError:
        return QStringLiteral("host-key-store-error");
    case SshErrorKind::CredentialError:
        return QStringLiteral("credential-error");
    case SshErrorKind::AuthRejected:
        return QStringLiteral("auth-rejected");
    case SshErrorKind::CommandRejected:
        return QStringLiteral("command-rejected");
    case SshErrorKind::ChannelClosed:
        return QStringLiteral("channel-closed");
    case SshErrorKind::OutputTooLarge:
        return QStringLiteral("output-too-large");
    case SshErrorKind::SftpFailed:
        return QStringLiteral("sftp-failed");
    case SshErrorKind::SftpSizeLimit:
        return QStringLiteral("sftp-size-limit");
    case SshErrorKind::LocalFileError:
        return QStringLiteral("local-file-error");
    }
    return QStringLiteral("unknown");
}

QString SshError::phaseName(SshPhase phase)
{
    switch (phase) {
    case SshPhase::None:
        return QStringLiteral("none");
    case SshPhase::Resolve:
        return QStringLiteral("resolve");
    case SshPhase::Connect:
        return QStringLiteral("connect");
    case SshPhase::KeyExchange:
        return QStringLiteral("key-exchange");
    case SshPhase::HostKey:
        return QStringLiteral("host-key");
    case SshPhase::Authentication:
        return QStringLiteral("auth");
    case SshPhase::Command:
        return QStringLiteral("command");
    case SshPhase::Idle:
        return QStringLiteral("idle");
    case SshPhase::Transfer:
        return QStringLiteral("transfer");
    }
    return QStringLiteral("unknown");
}

QString SshError::phaseWords(SshPhase phase)
{
    switch (phase) {
    case SshPhase::None:
        return QStringLiteral("no phase");
    case SshPhase::Resolve:
        return QStringLiteral("name resolution");
    case SshPhase::Connect:
        return QStringLiteral("connection setup");
    case SshPhase::KeyExchange:
        return QStringLiteral("key exchange");
    case SshPhase::HostKey:
        return QStringLiteral("host key check");
    case SshPhase::Authentication:
        return QStringLiteral("authentication");
    case SshPhase::Command:
        return QStringLiteral("command");
    case SshPhase::Idle:
        return QStringLiteral("waiting for output");
    case SshPhase::Transfer:
        return QStringLiteral("file transfer");
    }
    return QStringLiteral("unknown phase");
}

} // namespace slp
