// The end-to-end refresh figure of issue 4: `slpctl refresh --all` of a generated xrsim fleet with
// default settings (parallelism 16, default timeouts), xrsim running on the same machine. Prints the
// wall time of the refresh, slpctl's peak resident set size (getrusage of the waited-for child) and
// the devices that succeeded. Not a Google Benchmark loop: one refresh of a fresh database is the
// figure an admin sees, and a second one (known host keys, previous snapshots) is printed too.
//
//   bench_refresh_fleet [ROUTERS=1000]
#include "LabFleet.h"
#include "SlpctlRunner.h"
#include "XrsimProcess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace slp::test;

namespace {

const QString password = QStringLiteral("bench-Password-9");

long childrenPeakRssKiB()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss; // KiB on Linux: the largest waited-for child so far
}

bool runStep(const SlpctlRunner &slpctl, const char *what, const QStringList &arguments, const QByteArray &input = {})
{
    const SlpctlRunner::Result result = slpctl.run(arguments, input, 600000);
    if (result.exitCode != 0) {
        std::fprintf(stderr, "%s failed: %s\n", what, qPrintable(result.describe()));
        return false;
    }
    return true;
}

bool timedRefresh(const SlpctlRunner &slpctl, const char *label, int routers)
{
    QElapsedTimer timer;
    timer.start();
    const SlpctlRunner::Result result = slpctl.run(
        {QStringLiteral("refresh"), QStringLiteral("--all"), QStringLiteral("--accept-new-host-keys")}, {}, 600000);
    const double seconds = timer.nsecsElapsed() / 1e9;
    const QByteArray expected = QByteArray::number(routers) + " of " + QByteArray::number(routers);
    std::printf("%-26s %7.2f s wall   exit %d   %s\n", label, seconds, result.exitCode,
                result.out.contains(expected) ? "all devices succeeded" : "NOT all devices succeeded");
    if (result.exitCode != 0)
        std::fprintf(stderr, "%s\n", qPrintable(result.describe().left(4000)));
    return result.exitCode == 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int routers = argc > 1 ? QByteArray(argv[1]).toInt() : 1000;
    if (routers <= 0) {
        std::fprintf(stderr, "usage: bench_refresh_fleet [ROUTERS]\n");
        return 2;
    }
    QTemporaryDir simDir;
    QTemporaryDir dataDir;
    if (!simDir.isValid() || !dataDir.isValid())
        return 1;

    LabFleet fleet(routers, password);
    XrsimProcess xrsim(simDir.path());
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!xrsim.start(fleet.fleetJson(), &error, 120000)) {
        std::fprintf(stderr, "xrsim: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("xrsim: %d routers ready in %.2f s\n", routers, timer.nsecsElapsed() / 1e9);

    SlpctlRunner slpctl(dataDir.path(), QStringLiteral("bench-master"));
    if (!runStep(slpctl, "credentials add",
                 {QStringLiteral("credentials"), QStringLiteral("add"), QStringLiteral("lab"),
                  QStringLiteral("--username"), QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                 password.toUtf8() + '\n')
        || !runStep(slpctl, "devices import",
                    {QStringLiteral("devices"), QStringLiteral("import"), QStringLiteral("-")},
                    xrsim.inventoryCsv(QStringLiteral("lab"))))
        return 1;
    const long setupPeak = childrenPeakRssKiB();

    const bool first = timedRefresh(slpctl, "refresh (first contact)", routers);
    const long firstPeak = childrenPeakRssKiB();
    const bool second = timedRefresh(slpctl, "refresh (second)", routers);
    const long secondPeak = childrenPeakRssKiB();
    // ru_maxrss of RUSAGE_CHILDREN is the largest child so far: a refresh's peak shows when it
    // exceeds the set-up commands' (which are small).
    std::printf("slpctl peak RSS: %.1f MiB (set-up commands %.1f MiB, after second refresh %.1f MiB)\n",
                firstPeak / 1024.0, setupPeak / 1024.0, secondPeak / 1024.0);
    return first && second ? 0 : 1;
}
