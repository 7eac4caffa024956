// Helper for test_store_concurrency: writes snapshots into the database named on the command
// line forever, printing "committed N" after each confirmed write, until it is killed.
#include "StoreTestSupport.h"
#include "store/Store.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: store_writer_helper DATABASE\n");
        return 2;
    }
    slp::Store store;
    const slp::StoreError opened = store.open(QString::fromLocal8Bit(argv[1])).result();
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message));
        return 1;
    }
    QList<qint64> devices;
    for (int i = 0; i < 20; ++i)
        devices.append(store.addDevice(slp::test::sampleDevice(i)).result().value);
    const QDateTime start = QDateTime::currentDateTimeUtc();
    for (qint64 n = 1;; ++n) {
        // Several in flight at once, so the kill can land inside a multi-snapshot transaction.
        QList<QFuture<slp::StoreResult<qint64>>> batch;
        for (int i = 0; i < 10; ++i, ++n)
            batch.append(
                store.saveSnapshot(slp::test::sampleSnapshot(devices.at(n % devices.size()), start.addSecs(n))));
        --n;
        for (auto &future : batch) {
            if (!future.result().ok())
                return 1;
        }
        std::printf("committed %lld\n", static_cast<long long>(n));
        std::fflush(stdout);
    }
}
