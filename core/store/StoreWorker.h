#pragma once

#include "StoreError.h"
#include "StoreSession.h"

#include <QList>
#include <QMutex>
#include <QObject>

#include <functional>
#include <memory>

namespace slp {

// Owns the one SQLite connection of a Store and runs its tasks, in order, on the Store's thread
// (qBittorrent's pattern: no QSqlDatabase is ever shared between threads).
//
// Writes queued together are committed in one transaction (group commit), each inside its own
// SAVEPOINT: a failing write rolls back alone and leaves nothing half-written, and a thousand
// snapshots queued at once cost one commit. A read, or a control task, first commits the writes
// before it, so it sees them. Completions run only after the commit that made a write durable.
class StoreWorker : public QObject
{
    Q_OBJECT
public:
    enum class TaskKind { Read, Write, Control };

    struct Task
    {
        TaskKind kind = TaskKind::Read;
        std::function<StoreError(StoreWorker &)> run;
        std::function<void(const StoreError &)> complete; // the final outcome (commit included)
    };

    // Writes per transaction at most, so that one transaction never grows without bound.
    static constexpr int maxBatch = 1000;

    explicit StoreWorker(QString connectionName);
    ~StoreWorker() override;

    // Any thread.
    void enqueue(Task task);

    // Worker thread only.
    StoreSession *session() const { return m_session.get(); }
    StoreError open(const QString &path);
    void close();
    // Runs everything queued so far (used before shutting the thread down).
    void drain();

private:
    void runBatch(QList<Task> &tasks);

    const QString m_connectionName;
    std::shared_ptr<StoreSession> m_session;

    QMutex m_mutex;
    QList<Task> m_queue;
    bool m_drainScheduled = false;
};

} // namespace slp
