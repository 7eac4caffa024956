#include "JobLock.h"

#include <QDir>

namespace slp {

namespace {

std::unique_ptr<QLockFile> openLock(const QString &path)
{
    auto file = std::make_unique<QLockFile>(path);
    // A job may run for hours: only a dead owner makes a lock stale, never its age.
    file->setStaleLockTime(0);
    return file;
}

} // namespace

JobLock::JobLock(const QString &directory, qint64 jobId)
    : m_file(openLock(lockPath(directory, jobId)))
    , m_directory(directory)
{ }

JobLock::~JobLock()
{
    if (m_held)
        m_file->unlock();
}

QString JobLock::lockPath(const QString &directory, qint64 jobId)
{
    return QDir(directory).filePath(QStringLiteral("job-%1.lock").arg(jobId));
}

bool JobLock::acquire(QString *error)
{
    if (m_held)
        return true;
    if (!QDir().mkpath(m_directory)) {
        *error = QStringLiteral("cannot create the job lock folder %1").arg(m_directory);
        return false;
    }
    if (m_file->tryLock(0)) {
        m_held = true;
        return true;
    }
    switch (m_file->error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host;
        QString application;
        if (m_file->getLockInfo(&pid, &host, &application))
            *error = QStringLiteral("%1 (process %2 on %3) is running it").arg(application).arg(pid).arg(host);
        else
            *error = QStringLiteral("another process is running it");
        return false;
    }
    case QLockFile::PermissionError:
        *error = QStringLiteral("no permission to create a lock file in %1").arg(m_directory);
        return false;
    default:
        *error = QStringLiteral("cannot create the job lock file in %1").arg(m_directory);
        return false;
    }
}

bool JobLock::isHeldByLiveProcess(const QString &directory, qint64 jobId)
{
    const QString path = lockPath(directory, jobId);
    if (!QFile::exists(path))
        return false;
    std::unique_ptr<QLockFile> probe = openLock(path);
    if (probe->tryLock(0)) {
        // Nobody held it (the owner died): leave no file behind for the probe.
        probe->unlock();
        return false;
    }
    return probe->error() == QLockFile::LockFailedError;
}

} // namespace slp
