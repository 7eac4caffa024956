// xrsim at fleet scale (issue 3): 1,000 simulated routers, each receiving a fresh SSH connection,
// password authentication and four show commands, 64 clients in parallel. Reports the wall time; run by
// hand (not by CTest): build-*/tests/bench/bench_xrsim_fleet
#include "LibsshClient.h"
#include "TestSupport.h"
#include "XrsimHarness.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <atomic>
#include <benchmark/benchmark.h>
#include <thread>

using slp::xrsim::test::LibsshClient;
using slp::xrsim::test::XrsimHarness;

namespace {

constexpr int kRouters = 1000;
constexpr int kParallel = 64;

// A generated fleet without faults: every router must answer.
QJsonObject benchmarkFleet()
{
    QProcess generator;
    generator.start(
        slp::test::builtExecutable(QStringLiteral("xrsim")),
        {QStringLiteral("--generate"), QString::number(kRouters), QStringLiteral("--seed"), QStringLiteral("2024")});
    generator.waitForFinished(30000);
    QJsonObject fleet = QJsonDocument::fromJson(generator.readAllStandardOutput()).object();
    QJsonArray routers = fleet.value(QStringLiteral("routers")).toArray();
    for (qsizetype i = 0; i < routers.size(); ++i) {
        QJsonObject router = routers.at(i).toObject();
        router.remove(QStringLiteral("faults"));
        routers[i] = router;
    }
    fleet.insert(QStringLiteral("routers"), routers);
    return fleet;
}

void BM_FleetSweep(benchmark::State &state)
{
    XrsimHarness harness;
    QElapsedTimer startup;
    startup.start();
    if (!harness.start(benchmarkFleet(), {QStringLiteral("--bind-base"), QStringLiteral("127.0.20.1")})) {
        state.SkipWithError("xrsim did not start");
        return;
    }
    state.counters["startup_ms"] = static_cast<double>(startup.elapsed());
    const QJsonArray routers = harness.ready().value(QStringLiteral("routers")).toArray();
    const QStringList commands {QStringLiteral("show license status"), QStringLiteral("show license summary"),
                                QStringLiteral("show license usage"), QStringLiteral("show license rum id all")};
    for (auto _ : state) {
        std::atomic<int> next {0};
        std::atomic<int> failures {0};
        std::atomic<qint64> bytes {0};
        std::vector<std::thread> workers;
        for (int t = 0; t < kParallel; ++t) {
            workers.emplace_back([&] {
                for (int i = next++; i < routers.size(); i = next++) {
                    const QJsonObject router = routers.at(i).toObject();
                    LibsshClient client;
                    if (!client.connect(router.value(QStringLiteral("address")).toString(),
                                        router.value(QStringLiteral("port")).toInt())
                        || !client.authenticatePassword(QStringLiteral("admin"), QStringLiteral("xrsim-lab"))) {
                        ++failures;
                        continue;
                    }
                    for (const QString &command : commands) {
                        const auto result = client.exec(command);
                        if (!result.ok || result.exitStatus != 0)
                            ++failures;
                        bytes += result.out.size();
                    }
                }
            });
        }
        for (std::thread &worker : workers)
            worker.join();
        if (failures.load() != 0)
            state.SkipWithError("some sessions failed");
        state.counters["sessions"] = static_cast<double>(routers.size());
        state.counters["output_MB"] = static_cast<double>(bytes.load()) / 1e6;
        state.counters["failures"] = failures.load();
    }
    state.counters["sessions_per_s"]
        = benchmark::Counter(static_cast<double>(routers.size()), benchmark::Counter::kIsRate);
}

} // namespace

BENCHMARK(BM_FleetSweep)->Iterations(1)->UseRealTime()->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ssh_init();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    ssh_finalize();
    return 0;
}
