#include "AsyncFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace slp::ui {

AsyncFile::ReadResult AsyncFile::readNow(const QString &path, qint64 maxBytes)
{
    ReadResult result;
    result.path = path;
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists()) {
        result.error = tr("%1: the file does not exist.").arg(shown);
        return result;
    }
    if (info.isDir()) {
        result.error = tr("%1: this is a folder, not a file.").arg(shown);
        return result;
    }
    if (info.size() > maxBytes) {
        result.error = tr("%1: the file is too large (%2 bytes; at most %3 are read).")
                           .arg(shown)
                           .arg(info.size())
                           .arg(maxBytes);
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("%1: cannot be read: %2").arg(shown, file.errorString());
        return result;
    }
    // Read one byte more than allowed: a file that grew since stat() is still refused.
    result.content = file.read(maxBytes + 1);
    if (result.content.size() > maxBytes) {
        result.content.clear();
        result.error = tr("%1: the file is too large (at most %2 bytes are read).").arg(shown).arg(maxBytes);
    }
    return result;
}

QString AsyncFile::writeNow(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1: cannot be written: %2").arg(shown, file.errorString());
    if (file.write(content) != content.size() || !file.commit())
        return tr("%1: writing failed: %2").arg(shown, file.errorString());
    return {};
}

QFuture<AsyncFile::ReadResult> AsyncFile::read(const QString &path, qint64 maxBytes)
{
    return QtConcurrent::run([path, maxBytes] { return readNow(path, maxBytes); });
}

QFuture<QString> AsyncFile::write(const QString &path, const QByteArray &content)
{
    return QtConcurrent::run([path, content] { return writeNow(path, content); });
}

} // namespace slp::ui
