// The device flows over a generated xrsim fleet with cssmsim, in-process (the JobManager the GUI and
// slpctl use, default parallelism 16): wall time of each job over every router. Not a Google
// Benchmark loop: one run of each flow on a fresh lab is the figure an admin sees.
//
//   bench_device_flows [ROUTERS=100]
#include "DeviceFlowLab.h"

#include "flows/JobManager.h"
#include "flows/SlrJob.h"
#include "flows/TransportJob.h"
#include "flows/TrustJob.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace slp;
using namespace slp::test;

namespace {

bool timed(DeviceFlowLab &lab, const char *label, Job *job, const QStringList &hostnames)
{
    QElapsedTimer timer;
    timer.start();
    const JobState state = lab.run(job, hostnames);
    const double seconds = timer.nsecsElapsed() / 1e9;
    const JobProgress progress = job->progress();
    std::printf("%-34s %7.2f s wall  %6.1f ms/device  %d of %d succeeded\n", label, seconds,
                seconds * 1000 / hostnames.size(), progress.succeeded, progress.total);
    if (state != JobState::Succeeded) {
        for (const DeviceStep &step : job->steps()) {
            if (step.state != JobStepState::Succeeded) {
                std::fprintf(stderr, "  %s\n", qPrintable(step.message));
                break;
            }
        }
    }
    return state == JobState::Succeeded;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int routers = argc > 1 ? std::max(1, std::atoi(argv[1])) : 100;
    DeviceFlowLab lab(routers,
                      {{QStringLiteral("ESS-ED-100G-SIA3"), 100000},
                       {QStringLiteral("ESS-SE-100G-RTU-1"), 100000},
                       {QStringLiteral("ADV-SE-100G-RTU-1"), 100000}});
    QElapsedTimer setup;
    setup.start();
    if (const QString problem = lab.start(); !problem.isEmpty()) {
        std::fprintf(stderr, "lab: %s\n", qPrintable(problem));
        return 1;
    }
    std::printf("%d routers; lab start with the first refresh: %.2f s\n", routers, setup.nsecsElapsed() / 1e9);
    QStringList all;
    QStringList unreserved; // SLR on the routers without a reservation from the fleet file
    for (const LabRouter &router : lab.fleet().routers()) {
        all.append(router.hostname);
        if (router.scenario != LabScenario::SlrInstalled)
            unreserved.append(router.hostname);
    }
    const JobEnvironment &environment = lab.manager().environment();
    TransportSettings smart;
    smart.type = TransportType::Smart;
    smart.url = QStringLiteral("https://cssm.example.com/SmartTransport");
    smart.vrf = TransportSettings::Change::Set;
    smart.vrfName = QStringLiteral("Mgmt");
    bool ok = timed(lab, "transport smart + URL + VRF", new TransportJob(environment, {}, smart), all);
    ok = timed(lab, "trust --from-cssm --force", new TrustJob(environment, {}, {QString(), true, true}), all) && ok;
    ok = timed(lab, "slr request --online", new SlrJob(environment, {}, {SlrJob::Mode::Request, true, {}}), unreserved)
        && ok;
    ok = timed(lab, "slr return (credited in CSSM)", new SlrJob(environment, {}, {SlrJob::Mode::Return, false, {}}),
               unreserved)
        && ok;
    return ok ? 0 : 1;
}
