// The offline cycle figure: refresh + collect + export-bundle + `cssmsim ack-bundle` + import-acks
// for a generated xrsim fleet (default 1,000 routers), every phase a separate process as an admin
// runs it, slpctl with default settings, xrsim on the same machine. Prints the wall time of each
// phase, the total, and how many devices each phase reported ok. Target: total <= 60 s on 2 cores.
// Not a Google Benchmark loop: one cycle on a fresh database is the figure an admin sees.
//
//   bench_offline_cycle [ROUTERS=1000] [SEED=5]
#include "OfflineCycle.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace slp::test;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int routers = argc > 1 ? QByteArray(argv[1]).toInt() : 1000;
    const quint64 seed = argc > 2 ? QByteArray(argv[2]).toULongLong() : 5;
    QTemporaryDir dir;
    OfflineCycle cycle(dir.path(), routers, seed);
    QString error;
    if (!cycle.setUp(&error)) {
        std::fprintf(stderr, "setup failed: %s\n", qPrintable(error));
        return 1;
    }
    const QList<OfflineCycle::Phase (OfflineCycle::*)()> phases {
        &OfflineCycle::refresh, &OfflineCycle::collect, &OfflineCycle::exportBundle, &OfflineCycle::cssmAckBundle,
        &OfflineCycle::importAcks};
    double total = 0;
    std::printf("offline cycle, %d generated routers (seed %llu)\n", routers, static_cast<unsigned long long>(seed));
    for (const auto phase : phases) {
        const OfflineCycle::Phase done = (cycle.*phase)();
        total += done.seconds;
        // slpctl's summary line ("<kind> job N: X of Y device(s) succeeded, Z failed").
        QByteArray summary;
        for (const QByteArray &line : done.result.out.split('\n')) {
            if (line.contains("device(s) succeeded"))
                summary = line;
        }
        std::printf("  %-20s %7.2f s  exit %d  %s\n", qPrintable(done.name), done.seconds, done.result.exitCode,
                    summary.constData());
        if (done.result.exitCode != 0 && done.result.exitCode != 1) {
            std::fprintf(stderr, "%s failed: %s\n", qPrintable(done.name), qPrintable(done.result.describe()));
            return 1;
        }
    }
    std::printf("  %-20s %7.2f s\n", "total", total);
    return 0;
}
