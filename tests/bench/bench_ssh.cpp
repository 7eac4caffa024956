// SSH client throughput against xrsim: connect + login, one command over exec and over the shell,
// and a refresh-like run (6 show commands per router) over a fleet at several parallelism settings.
// Run by hand (xrsim must be built); figures go into the report, never into tests.
// SLP_BENCH_ROUTERS sets the fleet size (default 200).
#include "XrsimLab.h"

#include "ssh/SshJob.h"
#include "ssh/SshPool.h"
#include "ssh/SshSession.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>

using namespace slp;
using slp::test::XrsimLab;

namespace {

const QStringList refreshCommands {
    QStringLiteral("show license status"),      QStringLiteral("show license summary"),
    QStringLiteral("show license usage"),       QStringLiteral("show license udi"),
    QStringLiteral("show license reservation"), QStringLiteral("show license platform summary")};

struct Lab
{
    QTemporaryDir dir;
    XrsimLab xrsim;
    QString error;
    bool ready = false;

    Lab()
    {
        const int routers
            = qEnvironmentVariableIsSet("SLP_BENCH_ROUTERS") ? qEnvironmentVariableIntValue("SLP_BENCH_ROUTERS") : 200;
        QJsonArray fleet;
        for (int i = 0; i < routers; ++i)
            fleet.append(XrsimLab::router(QStringLiteral("r%1").arg(i), i));
        ready = xrsim.start(fleet, &error);
    }

    SshTarget target(int index) const
    {
        const XrsimLab::Router &router = xrsim.routers().at(index);
        SshTarget labTarget;
        labTarget.name = router.hostname;
        labTarget.host = router.address;
        labTarget.port = router.port;
        labTarget.username = QStringLiteral("admin");
        labTarget.credentials = SshCredentials::fromPassword(XrsimLab::password);
        return labTarget;
    }

    SshSessionOptions options() const
    {
        SshSessionOptions sessionOptions;
        sessionOptions.knownHostsPath = dir.filePath(QStringLiteral("known_hosts"));
        sessionOptions.unknownHostKeyPolicy = UnknownHostKeyPolicy::AcceptNew;
        return sessionOptions;
    }
};

Lab &lab()
{
    static Lab instance;
    return instance;
}

bool labReady(benchmark::State &state)
{
    if (!lab().ready)
        state.SkipWithError(qPrintable(lab().error));
    return lab().ready;
}

void BM_ConnectAndLogin(benchmark::State &state)
{
    if (!labReady(state))
        return;
    for (auto _ : state) {
        SshSession session(lab().target(0), lab().options(), SshCancelFlag());
        if (!session.open().ok())
            state.SkipWithError("open failed");
    }
}
BENCHMARK(BM_ConnectAndLogin)->Unit(benchmark::kMillisecond);

void BM_Command(benchmark::State &state)
{
    if (!labReady(state))
        return;
    SshSessionOptions options = lab().options();
    options.commandMode = state.range(0) ? SshCommandMode::ShellOnly : SshCommandMode::ExecOnly;
    SshSession session(lab().target(1), options, SshCancelFlag());
    for (auto _ : state) {
        if (!session.run(QStringLiteral("show license status")).ok())
            state.SkipWithError("command failed");
    }
    state.SetLabel(state.range(0) ? "shell" : "exec");
}
BENCHMARK(BM_Command)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_RefreshFleet(benchmark::State &state)
{
    if (!labReady(state))
        return;
    const int routers = int(lab().xrsim.routers().size());
    int peak = 0;
    for (auto _ : state) {
        SshPool pool(int(state.range(0)));
        std::vector<SshJob *> jobs;
        for (int i = 0; i < routers; ++i) {
            SshJobSpec spec;
            spec.target = lab().target(i);
            spec.options = lab().options();
            for (const QString &command : refreshCommands)
                spec.steps.append(SshStep::runCommand(command));
            jobs.push_back(pool.start(spec));
        }
        pool.waitForDone();
        QCoreApplication::sendPostedEvents(); // delivers the finished() results
        for (SshJob *job : jobs) {
            if (!job->isFinished() || !job->result().ok()) {
                state.SkipWithError(qPrintable(job->result().error.message));
                break;
            }
        }
        peak = pool.peakRunningCount();
    }
    state.counters["routers"] = routers;
    state.counters["peak_parallel"] = peak;
    state.counters["routers_per_s"]
        = benchmark::Counter(double(routers) * double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_RefreshFleet)->Arg(16)->Arg(64)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(2);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
