#pragma once

#include <QDateTime>
#include <QString>

namespace slp {

// Who did what to which device, with which command, and how it went (table `audit_log`).
// Never a secret: the store masks ID tokens in `command` (AuditRedaction) but cannot know other
// secrets, so callers must not put passwords into any field.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // set by the store when left invalid
    QString actor; // OS user name or "slpctl"/"console"; see currentActor()
    qint64 deviceId = 0; // 0: not about one device
    QString action; // e.g. "refresh", "import-ack", "device-add"
    QString command; // the router command line, if any
    QString outcome; // "ok", "failed", "refused", ...
    QString detail;

    // The logged-in user's name ($USER / $USERNAME), or "unknown".
    static QString currentActor();

    bool operator==(const AuditEntry &) const = default;
};

} // namespace slp
