#include "DeviceFailure.h"

namespace slp {

DeviceFailure deviceFailureOf(SshErrorKind kind)
{
    switch (kind) {
    case SshErrorKind::None:
    case SshErrorKind::Cancelled:
        return DeviceFailure::None;
    case SshErrorKind::HostKeyChanged:
        return DeviceFailure::HostKeyChanged;
    case SshErrorKind::HostKeyUnknown:
        return DeviceFailure::HostKeyUnknown;
    case SshErrorKind::AuthRejected:
    case SshErrorKind::CredentialError:
        return DeviceFailure::Authentication;
    case SshErrorKind::Timeout:
        return DeviceFailure::Timeout;
    case SshErrorKind::DnsFailure:
    case SshErrorKind::ConnectionRefused:
    case SshErrorKind::NetworkUnreachable:
    case SshErrorKind::ProtocolError:
    case SshErrorKind::ChannelClosed:
        return DeviceFailure::Connection;
    case SshErrorKind::HostKeyStoreError:
    case SshErrorKind::CommandRejected:
    case SshErrorKind::OutputTooLarge:
    case SshErrorKind::SftpFailed:
    case SshErrorKind::SftpSizeLimit:
    case SshErrorKind::LocalFileError:
        break;
    }
    return DeviceFailure::Other;
}

} // namespace slp
