#pragma once

#include "AckImportItem.h"
#include "AckImportOutcome.h"
#include "Job.h"

#include <QHash>
#include <QList>

namespace slp {

class StoreSession;

// Import ACK (DESIGN.md, reference guide "license smart import"): per device, the given ACK files are
// checked against the device's UDI before the router is touched, uploaded over SFTP, imported, and
// the device's state is read again and stored as a new snapshot; `Last ACK received` must move. The
// report library's ACK rows become imported (or failed, with the reason) and the RUM rows whose
// report ids the ACKs acknowledge become acknowledged - snapshot, library rows and job step in ONE
// store transaction. A device that fails does not stop the others.
//
// The per-device part lives in DeviceAckImport (Send to CSSM imports its polled ACKs the same way);
// storeOutcome() is the transaction both use.
class ImportAckJob : public Job
{
    Q_OBJECT
public:
    static constexpr auto kindName = "import-ack";

    // One ACK file for a device: its report library row (0: none) and its absolute path (library
    // files: ReportLibrary::absolutePath). Both are kept in the job's parameters for resume.
    struct Source
    {
        qint64 libraryFileId = 0;
        QString path;
        QString name; // how messages name it (the name it came with); empty: the path's file name
    };
    using Sources = QHash<qint64, QList<Source>>; // device id -> ACK files, imported in this order

    ImportAckJob(JobEnvironment environment, JobOptions options, Sources sources, QObject *parent = nullptr);

    // The job stored in parameters() built again (JobManager::registerKind factory).
    static Job *fromParameters(const JobEnvironment &environment, const JobOptions &options,
                               const QJsonObject &parameters);
    static Sources sourcesFromParameters(const QJsonObject &parameters);

    // Writes one device's import outcome inside a store task: the snapshot (if any), library ACK rows
    // imported / failed, RUM rows acknowledged, the device's last error on failure, the step.
    static StoreError storeOutcome(StoreSession &session, qint64 deviceId, const AckImportOutcome &outcome,
                                   const QList<qint64> &libraryFileIds, const JobStepRecord &step);

signals:
    // A device's state after the import is stored (also when the import itself failed).
    void snapshotStored(qint64 deviceId);

protected:
    void startDevice(const DeviceRun &run) override;
    QFuture<StoreError> persistOutcome(const DeviceRecord &device, const JobStepRecord &step) override;
    QJsonObject parameters() const override;

private:
    struct Prepared
    {
        QList<AckImportItem> items;
        QString error; // a file could not be read or is not an importable ACK
    };
    static Prepared prepare(const QList<Source> &sources);
    void onPrepared(const DeviceRun &run, const Prepared &prepared, const std::optional<SnapshotRecord> &latest);
    // `sshFailure`: the session's failure kind, given to a failed step (None when the session was fine).
    void finishDevice(qint64 deviceId, const AckImportOutcome &outcome, DeviceFailure sshFailure = DeviceFailure::None);

    const Sources m_sources;
    QHash<qint64, AckImportOutcome> m_outcomes; // waiting for their transaction
};

} // namespace slp
