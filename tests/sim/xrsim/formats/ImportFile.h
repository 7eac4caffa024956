#pragma once

#include "fleet/RouterSpec.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace slp::xrsim {

// What `license smart import` understood from a file: a signed ACK (xrsim-ack/1) and/or a signed
// policy (xrsim-policy/1), both sealed with the lab's CSSM key (tests/sim/PROTOCOL.md section 5).
struct ImportFile
{
    bool hasAck = false;
    QString udi;
    qint64 timestamp = 0;
    QList<qint64> acknowledgedReportIds;
    bool installTrust = false;
    std::optional<PolicySpec> policy;

    // Parses and verifies; on failure returns nullopt and sets `reason` to the router's wording.
    static std::optional<ImportFile> parse(const QByteArray &file, const QByteArray &labKey, QString *reason);
};

// Policy JSON object <-> PolicySpec (shared by ACK and policy payloads).
std::optional<PolicySpec> policyFromJson(const QJsonObject &object);

} // namespace slp::xrsim
