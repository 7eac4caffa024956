#pragma once

#include "app/ConsoleContext.h"
#include "store/DeviceRecord.h"
#include "store/SnapshotRecord.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

namespace slp::test {

// A console on a fresh database in a temporary folder: InMemorySecretStore, settings in an INI file,
// known_hosts next to the database. open() waits (with a running event loop) until the store is open.
class TestConsole
{
public:
    TestConsole();
    ~TestConsole();

    bool open();
    ui::ConsoleContext &context() { return *m_context; }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Stores a device (and a snapshot when given) and waits for the store.
    qint64 addDevice(const DeviceRecord &device);
    qint64 addSnapshot(const SnapshotRecord &snapshot);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ui::ConsoleContext> m_context;
};

// A device record with a unique name and address derived from `index`.
DeviceRecord makeDevice(int index, const QString &site = {}, const QStringList &tags = {});
// A snapshot of `deviceId` in `stateId` ("overdue", ...) due `daysFromNow` days from now.
SnapshotRecord makeSnapshot(qint64 deviceId, const QString &stateId, int daysFromNow, const QString &udi = {});

// Waits for a QFuture while the event loop runs (the store answers through it); false on timeout.
template<typename Future> bool waitFor(const Future &future, int timeoutMs = 30'000);

// Waits (event loop running) until `spy` recorded `count` emissions. Unlike QSignalSpy::wait it also
// counts emissions that happened before the call: a continuation on a future that is already
// finished runs at once, so a signal may come before anyone could start waiting for it.
bool waitForCount(QSignalSpy &spy, int count = 1, int timeoutMs = 30'000);

// An xrsim fleet (PROTOCOL.md section 2) of `count` plain routers "r001"..., each using one license.
// `faults` (PROTOCOL.md section 6) apply to every router.
QJsonObject plainFleet(int count, const QString &password, const QJsonObject &faults = {});

} // namespace slp::test

#include "i18n/Translations.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>

// QTEST_MAIN plus the English plural forms ("1 device", "2 devices"), as the console installs them.
#define SLP_UI_TEST_MAIN(TestObject)                                                                                   \
    int main(int argc, char *argv[])                                                                                   \
    {                                                                                                                  \
        QApplication app(argc, argv);                                                                                  \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                                       \
        slp::ui::Translations::installEnglishPlurals(app);                                                             \
        TestObject test;                                                                                               \
        return QTest::qExec(&test, argc, argv);                                                                        \
    }

namespace slp::test {

template<typename Future> bool waitFor(const Future &future, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QTest::qWait(5);
    }
    return true;
}

} // namespace slp::test
