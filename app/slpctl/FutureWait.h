#pragma once

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>

namespace slp::cli {

// Waits for a future while the main thread's event loop keeps running: the OS keychain answers
// through it, so a plain future.result() on the main thread could wait for ever.
template<typename T> T await(QFuture<T> future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    if constexpr (!std::is_void_v<T>)
        return future.result();
}

} // namespace slp::cli
