#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFuture>
#include <QString>

namespace slp::ui {

// File reads and writes for the GUI, on a pool thread: the GUI thread never waits on disk.
class AsyncFile
{
    Q_DECLARE_TR_FUNCTIONS(slp::ui::AsyncFile)
public:
    struct ReadResult
    {
        QString path;
        QByteArray content;
        QString error; // empty on success; names the file and the problem
    };

    // Refuses files larger than `maxBytes` (with a message) instead of reading them.
    static QFuture<ReadResult> read(const QString &path, qint64 maxBytes);
    // Atomic (QSaveFile); the future holds the error message, empty on success.
    static QFuture<QString> write(const QString &path, const QByteArray &content);

    // The same, synchronously, for the pool threads above and for tests.
    static ReadResult readNow(const QString &path, qint64 maxBytes);
    static QString writeNow(const QString &path, const QByteArray &content);
};

} // namespace slp::ui
