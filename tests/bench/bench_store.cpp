// Store throughput: 10,000 snapshots of 10 licenses each (issue 4 target: at most 2 s), written
// the way a fleet refresh writes them (one saveSnapshot per device, queued from many workers),
// as one explicit batch, and with realistic payloads (six raw outputs and a parsed document).
// Run by hand: build-*/tests/bench/bench_store
#include "StoreTestSupport.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <ctime>

using namespace slp;

namespace {

constexpr int deviceCount = 1000;
constexpr int snapshotsPerDevice = 10; // 10,000 snapshots
constexpr int licensesPerSnapshot = 10;

// CPU seconds of the whole process (all threads): on a loaded machine wall time says little,
// so the benchmarks also report the CPU the store needed.
double processCpuSeconds()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

// A fresh database with `deviceCount` devices; returns their ids.
QList<qint64> prepare(Store &store, const QString &path)
{
    if (!store.open(path).result().ok())
        return {};
    QList<QFuture<StoreResult<qint64>>> pending;
    for (int i = 0; i < deviceCount; ++i)
        pending.append(store.addDevice(test::sampleDevice(i)));
    QList<qint64> ids;
    for (auto &future : pending)
        ids.append(future.result().value);
    return ids;
}

// What a real refresh keeps: the six `show license ...` outputs (~1.5 KB each) and the parsed
// document (~3 KB) besides the usage rows.
SnapshotRecord realisticSnapshot(qint64 deviceId, const QDateTime &takenAt)
{
    SnapshotRecord snapshot = test::sampleSnapshot(deviceId, takenAt, licensesPerSnapshot);
    const QString filler
        = QStringLiteral("  Entitlement Tag: regid.2017-05.com.cisco.advantage,1.0_aaaaaaaa\n").repeated(22);
    snapshot.rawOutputs.clear();
    for (const char *command : {"show license status", "show license summary", "show license usage", "show license udi",
                                "show license reservation", "show license platform summary"})
        snapshot.rawOutputs.append({QString::fromLatin1(command), filler});
    QJsonArray licenses;
    for (const UsageRow &row : std::as_const(snapshot.usage))
        licenses.append(QJsonObject {{QStringLiteral("name"), row.name},
                                     {QStringLiteral("tag"), row.entitlementTag},
                                     {QStringLiteral("count"), row.count},
                                     {QStringLiteral("status"), row.status},
                                     {QStringLiteral("type"), row.licenseType}});
    snapshot.state.insert(QStringLiteral("licenses"), licenses);
    return snapshot;
}

void saveQueued(benchmark::State &state, bool realistic)
{
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    double cpuSeconds = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto store = std::make_unique<Store>();
        const QList<qint64> devices = prepare(*store, dir.filePath(QStringLiteral("bench.sqlite")));
        QList<SnapshotRecord> snapshots;
        for (int s = 0; s < snapshotsPerDevice; ++s)
            for (qint64 device : devices)
                snapshots.append(realistic ? realisticSnapshot(device, t0.addSecs(s))
                                           : test::sampleSnapshot(device, t0.addSecs(s), licensesPerSnapshot));
        state.ResumeTiming();
        const double cpuBefore = processCpuSeconds();

        QList<QFuture<StoreResult<qint64>>> pending;
        pending.reserve(snapshots.size());
        for (const SnapshotRecord &snapshot : std::as_const(snapshots))
            pending.append(store->saveSnapshot(snapshot));
        int failed = 0;
        for (auto &future : pending)
            failed += future.result().ok() ? 0 : 1;
        if (failed > 0)
            state.SkipWithError("a snapshot was not stored");
        cpuSeconds += processCpuSeconds() - cpuBefore;

        state.PauseTiming();
        store.reset();
        state.ResumeTiming();
    }
    state.counters["cpu_ms"] = 1000 * cpuSeconds / double(state.iterations());
    state.counters["snapshots"] = double(deviceCount * snapshotsPerDevice);
    state.counters["snapshots/s"]
        = benchmark::Counter(double(deviceCount * snapshotsPerDevice), benchmark::Counter::kIsIterationInvariantRate);
}

void BM_SaveSnapshotsQueued(benchmark::State &state)
{
    saveQueued(state, false);
}

void BM_SaveSnapshotsQueuedRealistic(benchmark::State &state)
{
    saveQueued(state, true);
}

void BM_SaveSnapshotsOneBatch(benchmark::State &state)
{
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto store = std::make_unique<Store>();
        const QList<qint64> devices = prepare(*store, dir.filePath(QStringLiteral("bench.sqlite")));
        QList<SnapshotRecord> snapshots;
        for (int s = 0; s < snapshotsPerDevice; ++s)
            for (qint64 device : devices)
                snapshots.append(test::sampleSnapshot(device, t0.addSecs(s), licensesPerSnapshot));
        state.ResumeTiming();

        if (!store->saveSnapshots(snapshots).result().ok())
            state.SkipWithError("the batch was not stored");

        state.PauseTiming();
        store.reset();
        state.ResumeTiming();
    }
}

// The device table's query over a store holding the 10,000 snapshots.
void BM_DeviceOverview(benchmark::State &state)
{
    QTemporaryDir dir;
    Store store;
    const QList<qint64> devices = prepare(store, dir.filePath(QStringLiteral("bench.sqlite")));
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    QList<QFuture<StoreResult<qint64>>> pending;
    for (int s = 0; s < snapshotsPerDevice; ++s)
        for (qint64 device : devices)
            pending.append(store.saveSnapshot(test::sampleSnapshot(device, t0.addSecs(s), licensesPerSnapshot)));
    for (auto &future : pending)
        future.waitForFinished();
    for (auto _ : state) {
        const StoreResult<QList<DeviceOverview>> overview = store.deviceOverview().result();
        if (overview.value.size() != deviceCount)
            state.SkipWithError("wrong device count");
        benchmark::DoNotOptimize(overview);
    }
}

} // namespace

BENCHMARK(BM_SaveSnapshotsQueued)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK(BM_SaveSnapshotsQueuedRealistic)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK(BM_SaveSnapshotsOneBatch)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK(BM_DeviceOverview)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // the store's thread posts events
    QLoggingCategory::setFilterRules(QStringLiteral("slp.store.debug=false\nslp.store.info=false"));
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
