#pragma once

#include "ssh/SshError.h"

namespace slp {

// Why a device's step failed, for code that reacts to it (the GUI's changed-host-key dialog, a
// filter of failed devices) without reading the message text. None for steps that did not fail
// because of the SSH session (unreadable output, a store error, a refused change...).
enum class DeviceFailure {
    None,
    HostKeyChanged, // the router's key differs from known_hosts: possible man in the middle, refused
    HostKeyUnknown, // no known_hosts entry and the job's policy did not accept a new key
    Authentication, // credentials rejected or unusable
    Timeout,
    Connection, // DNS, refused, unreachable, closed mid-session, SSH protocol error
    Other,
};

// The failure class of an SSH error; None for SshErrorKind::None and Cancelled (not a failure).
DeviceFailure deviceFailureOf(SshErrorKind kind);

} // namespace slp
