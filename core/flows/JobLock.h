#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

namespace slp {

// The lock file a process holds while it runs a job (`<dir>/job-<id>.lock`). The store says which
// jobs were pending or running; the lock says whether some process still works on them. A process
// killed with -9 leaves its lock file behind, but QLockFile sees that its process is gone, so the
// job counts as interrupted and may be resumed.
class JobLock
{
public:
    JobLock(const QString &directory, qint64 jobId);
    ~JobLock(); // releases the lock

    // Takes the lock; false with *error naming who holds it or why the file cannot be made.
    bool acquire(QString *error);
    bool isHeld() const { return m_held; }

    // True when a live process (this one included) holds the job's lock.
    static bool isHeldByLiveProcess(const QString &directory, qint64 jobId);
    static QString lockPath(const QString &directory, qint64 jobId);

private:
    std::unique_ptr<QLockFile> m_file;
    QString m_directory;
    bool m_held = false;
};

} // namespace slp
