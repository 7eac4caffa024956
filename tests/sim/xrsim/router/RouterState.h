#pragma once

#include "fleet/RouterSpec.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace slp::xrsim {

// One RUM report as the router keeps it. While OPEN it collects usage; when it closes, its payload is
// rendered once and signed, and from then on served byte for byte (CSSM rejects any re-serialization).
struct RumReport
{
    qint64 id = 0;
    QString tag;
    QString licenseName;
    QString state = QStringLiteral("OPEN"); // OPEN | CLOSED | ACK | DELETED
    QString stateReason = QStringLiteral("REPORTING");
    qint64 startTime = 0;
    qint64 endTime = 0; // 0 while open
    int count = 0;
    QByteArray payload; // set when closed
    QByteArray signature; // hex HMAC-SHA256 of payload, set when closed
    qint64 transactionId = 0;
};

struct LicenseUsage
{
    QString tag;
    int count = 0;
    int driftStep = 0;
};

struct TrustState
{
    qint64 activeInstalledAt = 0;
    qint64 standbyInstalledAt = 0;
    QString tokenId; // identifier of the ID token that established trust (never the token itself)
};

struct ReservationState
{
    bool enabled = false;
    QString status = QStringLiteral("NOT INSTALLED"); // NOT INSTALLED | RESERVATION IN PROGRESS | SPECIFIC INSTALLED
    qint64 since = 0;
    QString requestCode;
    QString lastReturnCode;
    QString lastConfirmationCode;
    QString authorizationCode;
    QList<QPair<QString, int>> reserved;
};

struct ReportingState
{
    qint64 lastAck = 0;
    qint64 lastReportPush = 0;
    qint64 lastFileWrite = 0;
    qint64 unackedUsageSince = 0; // start of usage not covered by an ACK (first-report clock)
    qint64 usageChangedAt = 0; // last usage change after the last ACK (report-on-change clock)
    int pushIntervalDays = 30;
    int purged = 0;
    int totalAcknowledged = 0;
};

// The mutable licensing state of one router, persisted as <state-dir>/<hostname>/state.json.
struct RouterState
{
    TransportSpec transport;
    PolicySpec policy;
    QList<LicenseUsage> usage;
    QList<RumReport> reports;
    qint64 nextReportId = 0;
    TrustState trust;
    ReservationState reservation;
    ReportingState reporting;
    qint64 advancedTo = 0; // simulated time up to which usage and reports have evolved
    qint64 accountAsOf = 0;

    QJsonObject toJson() const;
    static RouterState fromJson(const QJsonObject &object, QString *error);
};

} // namespace slp::xrsim
