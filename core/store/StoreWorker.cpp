#include "StoreWorker.h"

#include "StoreDatabase.h"
#include "StoreLogging.h"

namespace slp {

namespace {

// The writes of one transaction whose completions wait for its COMMIT.
class WriteBatch
{
    Q_DECLARE_TR_FUNCTIONS(slp::StoreWorker)
public:
    explicit WriteBatch(StoreSession &session)
        : m_session(session)
    { }

    bool isEmpty() const { return m_done.isEmpty(); }
    qsizetype size() const { return m_done.size(); }

    void run(StoreWorker::Task &task, StoreWorker &worker)
    {
        if (!m_open) {
            if (StoreError error
                = m_session.execDirect(QStringLiteral("BEGIN IMMEDIATE"), tr("Starting a transaction"));
                !error.ok()) {
                task.complete(error);
                return;
            }
            m_open = true;
        }
        // Each write in its own savepoint: a failure rolls back that write only.
        const QString what = tr("Writing to the database");
        StoreError error = m_session.exec(m_session.prepared(QStringLiteral("SAVEPOINT task")), what);
        if (error.ok()) {
            error = task.run(worker);
            if (!error.ok())
                m_session.exec(m_session.prepared(QStringLiteral("ROLLBACK TO task")), what);
            m_session.exec(m_session.prepared(QStringLiteral("RELEASE task")), what);
            m_session.resetPrepared();
        }
        m_done.append({std::move(task.complete), error});
    }

    void commit()
    {
        if (m_open) {
            StoreError committed = m_session.execDirect(QStringLiteral("COMMIT"), tr("Committing a transaction"));
            if (!committed.ok()) {
                m_session.execDirect(QStringLiteral("ROLLBACK"), tr("Rolling back a transaction"));
                for (auto &[complete, error] : m_done) {
                    if (error.ok())
                        error = committed;
                }
            }
            m_open = false;
        }
        for (auto &[complete, error] : m_done)
            complete(error);
        m_done.clear();
    }

private:
    StoreSession &m_session;
    bool m_open = false;
    QList<std::pair<std::function<void(const StoreError &)>, StoreError>> m_done;
};

} // namespace

StoreWorker::StoreWorker(QString connectionName)
    : m_connectionName(std::move(connectionName))
{ }

StoreWorker::~StoreWorker()
{
    close();
}

void StoreWorker::enqueue(Task task)
{
    const QMutexLocker lock(&m_mutex);
    m_queue.append(std::move(task));
    if (!m_drainScheduled) {
        m_drainScheduled = true;
        QMetaObject::invokeMethod(this, &StoreWorker::drain, Qt::QueuedConnection);
    }
}

StoreError StoreWorker::open(const QString &path)
{
    close();
    StoreResult<std::shared_ptr<StoreSession>> opened = StoreDatabase::open(path, m_connectionName);
    if (!opened.ok())
        return opened.error;
    m_session = std::move(opened.value);
    return StoreError::none();
}

void StoreWorker::close()
{
    if (!m_session)
        return;
    m_session->execDirect(QStringLiteral("PRAGMA optimize"), QStringLiteral("PRAGMA optimize"));
    StoreDatabase::close(std::move(m_session));
    m_session.reset();
}

void StoreWorker::drain()
{
    forever {
        QList<Task> tasks;
        {
            const QMutexLocker lock(&m_mutex);
            if (m_queue.isEmpty()) {
                m_drainScheduled = false;
                return;
            }
            tasks.swap(m_queue);
        }
        runBatch(tasks);
    }
}

void StoreWorker::runBatch(QList<Task> &tasks)
{
    std::unique_ptr<WriteBatch> batch;
    const auto commit = [&batch]() {
        if (batch) {
            batch->commit();
            batch.reset();
        }
    };
    for (Task &task : tasks) {
        if (task.kind == TaskKind::Write && m_session) {
            if (!batch)
                batch = std::make_unique<WriteBatch>(*m_session);
            batch->run(task, *this);
            if (batch->size() >= maxBatch)
                commit();
            continue;
        }
        commit(); // reads and control tasks see every write queued before them
        const StoreError error = task.run(*this);
        if (m_session)
            m_session->resetPrepared();
        task.complete(error);
    }
    commit();
}

} // namespace slp
