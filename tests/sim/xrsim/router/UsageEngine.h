#pragma once

#include "RouterState.h"
#include "fleet/RouterSpec.h"

namespace slp::xrsim {

struct ImportFile;

// Evolves a router's usage and RUM reports over simulated time: usage drifts, each entitlement's OPEN
// report closes at the push interval, on usage change, or on demand (save usage / sync), and a new one
// opens with the next consecutive 10-digit id. Not thread-safe: the Router serializes access.
class UsageEngine
{
public:
    UsageEngine(const RouterSpec &spec, RouterState &state);

    // The state a router boots with the first time: history synthesized from the fleet file.
    static RouterState initialState(const RouterSpec &spec, qint64 now);

    void advanceTo(qint64 now);
    // Closes every OPEN report at `now` (reason e.g. "REPORTING") and opens fresh ones. Returns how many closed.
    int closeOpenReports(qint64 now, const QString &reason);
    // Marks the listed reports acknowledged. Returns the number that changed state.
    int acknowledge(const QList<qint64> &ids, qint64 now);
    // Usage of `tag` changes to `count` now: the open report closes (USAGE_CHANGE) and a new one opens.
    bool changeUsage(const QString &tag, int count, qint64 now);
    // Applies an imported ACK and/or policy (license smart import, license smart sync).
    void applyImport(const ImportFile &file, qint64 now);

    static constexpr int kMaxReports = 400;

private:
    int usageIndex(const QString &tag) const;
    void openReport(const LicenseSpec &license, int count, qint64 at);
    void closeReport(RumReport &report, qint64 at, const QString &reason);
    void purgeOldReports();
    int driftedCount(const LicenseSpec &license, int step) const;

    const RouterSpec &m_spec;
    RouterState &m_state;
};

} // namespace slp::xrsim
