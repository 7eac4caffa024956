#pragma once

#include "CredentialProfile.h"
#include "DeviceRecord.h"
#include "FieldIssue.h"

#include <QCoreApplication>

namespace slp {

// The rules every device and credential profile passes before it is stored, whether typed in the
// GUI, given to slpctl or read from CSV. Values end up on SSH connections and router command
// lines, so the character sets are strict.
class DeviceValidator
{
    Q_DECLARE_TR_FUNCTIONS(slp::DeviceValidator)
public:
    static constexpr int maxTags = 32;
    static constexpr int maxNotesLength = 4096;

    // Trims and canonicalizes `device` in place (address lower case or canonical IP, tags
    // deduplicated) and returns every problem found; empty means valid.
    static QList<FieldIssue> normalize(DeviceRecord &device);
    static QList<FieldIssue> normalize(CredentialProfile &profile);

    // Splits "core;lab|edge" on ';' or '|' into trimmed, non-empty tags.
    static QStringList splitTags(const QString &text);

    // Each returns an empty string when the value is acceptable, else the reason.
    static QString checkHostname(const QString &hostname);
    static QString checkAddress(const QString &address);
    static QString checkPort(int port);
    static QString checkUsername(const QString &username);
    static QString checkProfileName(const QString &name);
    static QString checkTag(const QString &tag);

    // "10.0.0.1" / "2001:db8::1" / "router.example.net" in canonical form (IPv6 without brackets).
    static QString canonicalAddress(const QString &address);
};

} // namespace slp
