#pragma once

#include "AckImportItem.h"
#include "AckImportOutcome.h"
#include "formats/FormatResult.h"
#include "ssh/SshJobResult.h"
#include "ssh/SshStep.h"
#include "store/SnapshotRecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace slp {

// Importing ACK files on one device, the part Import ACK, Upload from Cisco and Send to CSSM share:
//   1. check() before the router is touched: every ACK is readable, signed and for this device's UDI
//      (the latest snapshot's), else the device is refused naming both UDIs and no command is sent;
//   2. steps() for ONE SSH session: per ACK an SFTP upload to /harddisk:/<validated name> and
//      `license smart import <file>`, then the refresh commands (RefreshJob::commands()), then the
//      SFTP removal of the uploaded files (a failed removal is a warning, never a failure);
//   3. evaluate() the outputs: every import must answer `Import Data Successful` (else the router's
//      message is the reason), the refreshed state is built like a refresh's (SnapshotBuilder), and
//      `Last ACK received` must have moved past the previous snapshot's.
// A job runs the session with its own Job::runSsh (so every command reaches the audit log) and
// stores the outcome with its step.
class DeviceAckImport
{
public:
    // AckFileReader plus what import needs: a UDI and a signature. Messages name `source`.
    static FormatResult<AckFile> readAck(const QByteArray &bytes, const QString &source);

    // Empty when the ACKs may go to the device; else why not (naming the ACK's and the device's UDI).
    static QString check(const QList<AckImportItem> &items, const std::optional<SnapshotRecord> &latest,
                         const QString &hostname);

    // Where the ACK is put on the router: "/harddisk:/slp-ack-<serial>-<12 hex of its sha256>.xml".
    static QString routerPath(const AckImportItem &item);

    // Upload and import per ACK, the refresh commands, the removals. Empty with *error when a router
    // path does not pass CommandValueValidator.
    static QList<SshStep> steps(const QList<AckImportItem> &items, QString *error);

    // Reads the session's outcome. `sshFailure` is the job's description of result.error (empty when
    // the session ended well). Pure and thread-safe (it parses the refresh outputs).
    static AckImportOutcome evaluate(qint64 deviceId, qint64 jobId, const QString &hostname,
                                     const QList<AckImportItem> &items, const SshJobResult &result,
                                     const QString &sshFailure, const std::optional<SnapshotRecord> &previous,
                                     const QDateTime &takenAt);

    // The line of a `license smart import` answer that says why it failed ("% Error: Import Data
    // Failed: Signature verification failed"), or the start of the output.
    static QString routerMessage(const QString &output);

    static constexpr auto successText = "Import Data Successful";
};

} // namespace slp
