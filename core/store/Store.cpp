#include "Store.h"

#include "StoreLogging.h"
#include "StoreTasks.h"

#include <QAtomicInteger>
#include <QStandardPaths>

namespace slp {

StoreError storetasks::notOpen()
{
    return StoreError::make(StoreError::Code::NotOpen,
                            QCoreApplication::translate("slp::Store", "The database is not open."));
}

namespace {

QString newConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("slp-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Queues a task on the worker itself (open, close): it runs after the writes queued before it.
QFuture<StoreError> submitControl(StoreWorker &worker, std::function<StoreError(StoreWorker &)> run)
{
    auto promise = std::make_shared<QPromise<StoreError>>();
    promise->start();
    StoreWorker::Task task;
    task.kind = StoreWorker::TaskKind::Control;
    task.run = std::move(run);
    task.complete = [promise](const StoreError &error) {
        promise->addResult(error);
        promise->finish();
    };
    QFuture<StoreError> future = promise->future();
    worker.enqueue(std::move(task));
    return future;
}

} // namespace

Store::Store(QObject *parent)
    : QObject(parent)
    , m_worker(new StoreWorker(newConnectionName()))
    , m_actor(AuditEntry::currentActor())
{
    m_thread.setObjectName(QStringLiteral("slp-store"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

Store::~Store()
{
    // Finish what callers queued, and close the connection on the thread that owns it.
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker]() {
            worker->drain();
            worker->close();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

QString Store::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/slpconsole.sqlite");
}

QFuture<StoreError> Store::open(const QString &path)
{
    const QString target = path.isEmpty() ? defaultPath() : path;
    return submitControl(*m_worker, [target](StoreWorker &worker) { return worker.open(target); });
}

QFuture<StoreError> Store::close()
{
    return submitControl(*m_worker, [](StoreWorker &worker) {
        worker.close();
        return StoreError::none();
    });
}

void Store::setActor(const QString &actor)
{
    const QMutexLocker lock(&m_actorMutex);
    m_actor = actor;
}

QString Store::actor() const
{
    const QMutexLocker lock(&m_actorMutex);
    return m_actor;
}

AuditEntry Store::inventoryAudit(const QString &action, qint64 deviceId, const QString &detail) const
{
    AuditEntry entry;
    entry.actor = actor();
    entry.deviceId = deviceId;
    entry.action = action;
    entry.outcome = QStringLiteral("ok");
    entry.detail = detail;
    return entry;
}

QFuture<StoreResult<QString>> Store::integrityCheck()
{
    return storetasks::read<StoreResult<QString>>(*m_worker, [](StoreSession &session) {
        QStringList problems;
        QSqlQuery query(session.database());
        if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
            return StoreResult<QString>::failure(StoreSession::errorFrom(query, tr("Checking integrity")));
        while (query.next()) {
            if (const QString line = query.value(0).toString(); line != QLatin1String("ok"))
                problems.append(line);
        }
        if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return StoreResult<QString>::failure(StoreSession::errorFrom(query, tr("Checking foreign keys")));
        while (query.next())
            problems.append(tr("table %1 row %2 refers to a missing row of %3")
                                .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString()));
        return StoreResult<QString>::success(problems.isEmpty() ? QStringLiteral("ok") : problems.join(u'\n'));
    });
}

} // namespace slp
