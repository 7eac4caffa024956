#pragma once

// Internal to core/store: how Store turns a function on a StoreSession into a queued task and
// a future.

#include "StoreResult.h"
#include "StoreWorker.h"

#include <QFuture>
#include <QPromise>

#include <type_traits>

namespace slp::storetasks {

StoreError notOpen();

template<typename R> StoreError &errorOf(R &result)
{
    if constexpr (std::is_same_v<R, StoreError>)
        return result;
    else
        return result.error;
}

// Queues `work` on the worker; the future gets its result once the task (and, for a write, the
// transaction it was part of) is done. A commit failure replaces the error of a successful write.
template<typename R, typename Work> QFuture<R> submit(StoreWorker &worker, StoreWorker::TaskKind kind, Work work)
{
    auto promise = std::make_shared<QPromise<R>>();
    auto result = std::make_shared<R>();
    promise->start();
    QFuture<R> future = promise->future();
    StoreWorker::Task task;
    task.kind = kind;
    task.run = [work = std::move(work), result](StoreWorker &owner) -> StoreError {
        if (StoreSession *session = owner.session())
            *result = work(*session);
        else
            errorOf(*result) = notOpen();
        return errorOf(*result);
    };
    task.complete = [promise, result](const StoreError &error) {
        if (!error.ok())
            errorOf(*result) = error;
        promise->addResult(std::move(*result));
        promise->finish();
    };
    worker.enqueue(std::move(task));
    return future;
}

template<typename R, typename Work> QFuture<R> read(StoreWorker &worker, Work work)
{
    return submit<R>(worker, StoreWorker::TaskKind::Read, std::move(work));
}

template<typename R, typename Work> QFuture<R> write(StoreWorker &worker, Work work)
{
    return submit<R>(worker, StoreWorker::TaskKind::Write, std::move(work));
}

} // namespace slp::storetasks
