#pragma once

#include "Job.h"
#include "UsageCollection.h"

#include <QHash>

namespace slp {

// Collect Usage (docs/flows.md): on each device `license smart save usage {unreported|all}` to a
// temporary file on harddisk:, SFTP download (size-limited), the file checked (RumFileReader: it
// parses and every report belongs to the device), stored in the report library (kind rum, state
// collected) together with the device's job step in one transaction, and the temporary file removed
// on the router. A file without reports is a success ("nothing to report"). A device that fails (SSH,
// disk full, a file of another device) stores nothing and says why; the others go on.
class CollectUsageJob : public Job
{
    Q_OBJECT
public:
    static constexpr auto kindName = "collect";

    CollectUsageJob(JobEnvironment environment, JobOptions options, UsageMode mode, QObject *parent = nullptr);
    static Job *fromParameters(const JobEnvironment &environment, const JobOptions &options,
                               const QJsonObject &parameters);

    UsageMode mode() const { return m_mode; }

signals:
    // A device's usage file is in the library (an existing row when the same content was there).
    void collected(qint64 deviceId, qint64 libraryFileId);

protected:
    CollectUsageJob(QString kind, JobEnvironment environment, JobOptions options, UsageMode mode, QObject *parent);

    void startDevice(const DeviceRun &run) override;
    QFuture<StoreError> persistOutcome(const DeviceRecord &device, const JobStepRecord &step) override;
    QJsonObject parameters() const override;

    // Collects one device and hands the outcome to onCollected() (or completes the device as failed).
    void collect(const DeviceRun &run);
    // The default completes the device: Succeeded (stored by persistOutcome) or Failed.
    virtual void onCollected(const DeviceRun &run, const CollectedUsage &usage);
    // A verified file waiting for persistOutcome.
    void keepForStore(qint64 deviceId, const CollectedUsage &usage) { m_ready.insert(deviceId, usage); }
    QString incomingDirectory() const;

private:
    const UsageMode m_mode;
    QHash<qint64, CollectedUsage> m_ready; // verified, waiting for their transaction
};

} // namespace slp
