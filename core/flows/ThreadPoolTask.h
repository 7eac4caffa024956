#pragma once

#include <QFuture>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <type_traits>

namespace slp {

// Runs `work` on Qt's global thread pool and returns its result as a future (QtConcurrent::run
// without linking Qt Concurrent). Continue with future.then(context, ...) on the caller's thread.
template<typename Work> QFuture<std::invoke_result_t<Work>> runOnThreadPool(Work work)
{
    using Result = std::invoke_result_t<Work>;
    // QThreadPool takes copyable callables; the promise is shared instead of moved.
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)]() mutable {
        promise->addResult(work());
        promise->finish();
    });
    return future;
}

} // namespace slp
