#pragma once

#include "store/SnapshotRecord.h"

#include <QList>
#include <QString>

#include <optional>

namespace slp {

// What importing ACKs on one device came to (DeviceAckImport::evaluate).
struct AckImportOutcome
{
    bool succeeded = false;
    QString message; // for the job step: what was imported, or why not
    // The state read after the import (stored even when the ACK did not take effect, so that the
    // console shows what the router says now); nullopt when the outputs were unusable.
    std::optional<SnapshotRecord> snapshot;
    QList<qint64> importedLibraryFileIds; // library ACK rows the router accepted
    QList<qint64> acknowledgedReportIds; // report ids those ACKs acknowledge
};

} // namespace slp
