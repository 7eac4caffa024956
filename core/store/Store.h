#pragma once

#include "AuditEntry.h"
#include "CredentialProfile.h"
#include "CsvImportReport.h"
#include "DeviceOverview.h"
#include "DeviceRecord.h"
#include "JobRecord.h"
#include "JobStepRecord.h"
#include "SnapshotRecord.h"
#include "StoreResult.h"

#include <QFuture>
#include <QMutex>
#include <QObject>
#include <QThread>

#include <optional>

namespace slp {

class StoreWorker;

// The SQLite store: inventory, credential profiles, snapshot history, jobs and the audit log.
//
// Every call returns at once with a QFuture; the work runs in order on the store's own thread,
// which owns the only connection. Continue with future.then(context, ...) or a QFutureWatcher on
// the GUI thread; a worker thread or a CLI may call future.result() (it waits). Writes queued
// close together share one transaction, each atomic on its own (see StoreWorker).
//
// Inventory changes (devices, profiles, imports) are written to the audit log with actor().
class Store : public QObject
{
    Q_OBJECT
public:
    explicit Store(QObject *parent = nullptr);
    ~Store() override; // finishes the queued work, closes the database, stops the thread

    // <AppDataLocation>/slpconsole.sqlite
    static QString defaultPath();

    // Opens (or creates) the database, migrating an older schema. Refuses, without touching the
    // file, a newer schema or a file that is not an SLP Console database.
    QFuture<StoreError> open(const QString &path = QString());
    QFuture<StoreError> close();

    // Who the audit log names for inventory changes (default: the OS user).
    void setActor(const QString &actor);
    QString actor() const;

    // --- Devices ---
    QFuture<StoreResult<qint64>> addDevice(const DeviceRecord &device);
    QFuture<StoreError> updateDevice(const DeviceRecord &device);
    QFuture<StoreError> removeDevice(qint64 deviceId);
    QFuture<StoreResult<DeviceRecord>> device(qint64 deviceId);
    QFuture<StoreResult<DeviceRecord>> deviceByHostname(const QString &hostname);
    QFuture<StoreResult<QList<DeviceRecord>>> devices();
    // Every device with the summary of its latest snapshot: the device table in one query.
    QFuture<StoreResult<QList<DeviceOverview>>> deviceOverview();
    QFuture<StoreError> setHostKeyFingerprint(qint64 deviceId, const QString &fingerprint);
    QFuture<StoreResult<CsvImportReport>> importDevicesCsv(const QByteArray &csv, const CsvImportOptions &options = {});
    QFuture<StoreResult<QByteArray>> exportDevicesCsv();

    // --- Credential profiles ---
    QFuture<StoreResult<qint64>> addCredentialProfile(const CredentialProfile &profile);
    QFuture<StoreError> updateCredentialProfile(const CredentialProfile &profile);
    QFuture<StoreError> removeCredentialProfile(qint64 profileId); // refused while devices use it
    QFuture<StoreResult<CredentialProfile>> credentialProfileByName(const QString &name);
    QFuture<StoreResult<QList<CredentialProfile>>> credentialProfiles();

    // --- Snapshots ---
    // One device's refresh, atomically: snapshot, usage rows, raw outputs, the device's latest
    // pointer, last_seen and last_error, and (if given) the job step, all or nothing.
    QFuture<StoreResult<qint64>> saveSnapshot(const SnapshotRecord &snapshot,
                                              const std::optional<JobStepRecord> &step = std::nullopt);
    // Many snapshots in one transaction, all or nothing; the ids in the same order.
    QFuture<StoreResult<QList<qint64>>> saveSnapshots(const QList<SnapshotRecord> &snapshots);
    // A failed refresh: sets last_error (the latest snapshot stays) and the job step, atomically.
    QFuture<StoreError> recordDeviceFailure(qint64 deviceId, const QString &error,
                                            const std::optional<JobStepRecord> &step = std::nullopt);
    QFuture<StoreResult<SnapshotRecord>> snapshot(qint64 snapshotId, bool withRawOutputs = true);
    QFuture<StoreResult<SnapshotRecord>> latestSnapshot(qint64 deviceId, bool withRawOutputs = false);
    QFuture<StoreResult<QList<SnapshotSummary>>> snapshotHistory(qint64 deviceId, int limit = 100);
    QFuture<StoreResult<int>> pruneSnapshots(int keepPerDevice);

    // --- Jobs ---
    QFuture<StoreResult<qint64>> createJob(const JobRecord &job, const QList<JobStepRecord> &steps = {});
    QFuture<StoreError> setJobState(qint64 jobId, JobState state);
    QFuture<StoreError> updateJobStep(const JobStepRecord &step);
    QFuture<StoreResult<JobRecord>> job(qint64 jobId);
    QFuture<StoreResult<QList<JobRecord>>> unfinishedJobs();
    QFuture<StoreResult<QList<JobRecord>>> recentJobs(int limit = 50);
    QFuture<StoreResult<QList<JobStepRecord>>> jobSteps(qint64 jobId);

    // --- Audit log ---
    QFuture<StoreResult<qint64>> appendAudit(const AuditEntry &entry);
    QFuture<StoreResult<QList<AuditEntry>>> auditLog(qint64 deviceId = 0, int limit = 200);

    // --- Maintenance ---
    // PRAGMA integrity_check and foreign_key_check: "ok", or the problems one per line.
    QFuture<StoreResult<QString>> integrityCheck();

    // For the store's other facades in core/store (ReportLibrary, DeviceCodes, SettingsStore, ...):
    // they queue their own table work on the same thread and connection with storetasks::read/write
    // (StoreTasks.h), so that this class does not become the place everything goes.
    StoreWorker &worker() const { return *m_worker; }

private:
    AuditEntry inventoryAudit(const QString &action, qint64 deviceId, const QString &detail) const;

    QThread m_thread;
    StoreWorker *m_worker = nullptr; // lives in m_thread
    mutable QMutex m_actorMutex;
    QString m_actor;
};

} // namespace slp
