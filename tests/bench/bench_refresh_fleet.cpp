// The end-to-end refresh figure of issue 4: `slpctl refresh --all` of a generated xrsim fleet with
// default settings (parallelism 16, default timeouts), xrsim running on the same machine. Prints the
// wall time of the refresh, slpctl's peak resident set size (GNU time's %M) and
// the devices that succeeded. Not a Google Benchmark loop: one refresh of a fresh database is the
// figure an admin sees, and a second one (known host keys, previous snapshots) is printed too.
//
//   bench_refresh_fleet [ROUTERS=1000]
#include "LabFleet.h"
#include "SlpctlRunner.h"
#include "XrsimProcess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace slp::test;

namespace {

const QString password = QStringLiteral("bench-Password-9");

bool runStep(const SlpctlRunner &slpctl, const char *what, const QStringList &arguments, const QByteArray &input = {})
{
    const SlpctlRunner::Result result = slpctl.run(arguments, input, 600000);
    if (result.exitCode != 0) {
        std::fprintf(stderr, "%s failed: %s\n", what, qPrintable(result.describe()));
        return false;
    }
    return true;
}

// Runs `slpctl refresh --all` under /usr/bin/time (GNU time), which reports the peak resident set
// size of exactly that process; wall time is measured here.
bool timedRefresh(const SlpctlRunner &slpctl, const char *label, int routers)
{
    QProcess process;
    process.setProcessEnvironment(slpctl.environment());
    QStringList arguments {QStringLiteral("-f"), QStringLiteral("SLP_PEAK_RSS_KIB=%M"), SlpctlRunner::program()};
    arguments += slpctl.globalOptions();
    arguments += {QStringLiteral("refresh"), QStringLiteral("--all"), QStringLiteral("--accept-new-host-keys")};
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("/usr/bin/time"), arguments);
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(600000);
    const double seconds = timer.nsecsElapsed() / 1e9;
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    const int exitCode = finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    const qsizetype at = err.lastIndexOf("SLP_PEAK_RSS_KIB=");
    const double peakMiB = at < 0 ? -1 : err.mid(at + 17).trimmed().toLong() / 1024.0;
    const QByteArray expected = QByteArray::number(routers) + " of " + QByteArray::number(routers);
    std::printf("%-26s %7.2f s wall   slpctl peak RSS %6.1f MiB   exit %d   %s\n", label, seconds, peakMiB, exitCode,
                out.contains(expected) ? "all devices succeeded" : "NOT all devices succeeded");
    if (exitCode != 0)
        std::fprintf(stderr, "%s\n%s\n", out.right(2000).constData(), err.right(2000).constData());
    return exitCode == 0;
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
    const bool first = timedRefresh(slpctl, "refresh (first contact)", routers);
    const bool second = timedRefresh(slpctl, "refresh (second)", routers);
    return first && second ? 0 : 1;
}
