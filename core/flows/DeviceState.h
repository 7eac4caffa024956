#pragma once

#include "model/LicenseStatus.h"
#include "model/LicenseSummary.h"
#include "model/LicenseUsageList.h"
#include "model/PlatformSummary.h"
#include "model/Reservation.h"
#include "model/UdiInfo.h"
#include "store/RawOutput.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace slp {

// What the seven refresh commands say about one device, parsed. Built from the outputs of a refresh,
// and again from a stored snapshot's raw outputs when compliance is evaluated later (slpctl status),
// so that both read the router's words the same way.
struct DeviceState
{
    std::optional<LicenseStatus> status;
    std::optional<LicenseSummary> summary;
    std::optional<LicenseUsageList> usage;
    std::optional<UdiInfo> udi;
    std::optional<Reservation> reservation;
    std::optional<PlatformSummary> platform;
    // `show version`: empty when it was not run (snapshots before it was added) or could not be read.
    QString softwareVersion;

    int issueCount = 0; // lines the parsers could not read, over all commands
    // Why the device's state cannot be trusted: a required command failed on the router or its output
    // was not recognised. Each names the command. Empty when the refresh may be stored.
    QStringList errors;
    // Per command: the parse JSON (docs/parse-json.md), keyed by the command text.
    QJsonObject commandsJson;

    // Reads raw outputs (any order; unknown commands are ignored). `exitStatuses` holds, per command
    // text, a non-zero exit status the router reported.
    static DeviceState parse(const QList<RawOutput> &outputs, const QHash<QString, int> &exitStatuses = {});
};

} // namespace slp
