#pragma once

#include "Job.h"
#include "store/SnapshotRecord.h"

#include <QHash>

#include <optional>

namespace slp {

// Reads the license state of each device: one SSH session runs the seven show commands of commands(),
// the outputs are parsed, compliance is computed (DESIGN.md section 6) and the snapshot (summary
// columns, parsed state, usage rows, raw outputs) is stored with the device's job step in ONE
// transaction. A device that fails (authentication, host key, timeout, disconnect mid-output,
// unreadable output) is marked failed with the reason and keeps its previous snapshot; the others
// proceed.
class RefreshJob : public Job
{
    Q_OBJECT
public:
    static constexpr auto kindName = "refresh";

    // show license status | summary | usage | udi | reservation | platform summary, then show version
    // (optional: unreadable, the snapshot is stored without a version and the issue is counted).
    static QStringList commands();

    RefreshJob(JobEnvironment environment, JobOptions options, QObject *parent = nullptr);

signals:
    // A device's new snapshot is stored (its previous one stays in the history).
    void snapshotStored(qint64 deviceId, qint64 snapshotId);

protected:
    void startDevice(const DeviceRun &run) override;
    QFuture<StoreError> persistOutcome(const DeviceRecord &device, const JobStepRecord &step) override;

private:
    void onOutputs(const DeviceRun &run, const std::optional<SnapshotRecord> &previous, const SshJobResult &result);

    QHash<qint64, SnapshotRecord> m_readySnapshots; // built, waiting for their transaction
};

} // namespace slp
