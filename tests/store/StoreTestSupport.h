#pragma once

#include "store/SnapshotRecord.h"
#include "store/Store.h"

#include <QFuture>
#include <QString>
#include <QVariant>

namespace slp::test {

// The result of a store call, waiting for it (tests run on a thread the store never needs).
template<typename T> T await(QFuture<T> future)
{
    return future.result();
}

// A device record that passes validation: "r<n>" at 10.0.<n/250>.<n%250+1>:22.
DeviceRecord sampleDevice(int n);

// A snapshot of `deviceId` taken at `takenAt` with `licenses` usage rows and two raw outputs.
SnapshotRecord sampleSnapshot(qint64 deviceId, const QDateTime &takenAt, int licenses = 10);

// Runs one SQL statement on a separate connection to `path` and returns the first column of the
// first row: what the tests use to look at the file behind the Store's back.
QVariant sqlScalar(const QString &path, const QString &sql);

// Runs statements (separated by ";\n") on a separate connection; false + warning on failure.
bool sqlExecScript(const QString &path, const QString &script);

// SHA-256 of a file's bytes (empty if it cannot be read).
QByteArray fileHash(const QString &path);

} // namespace slp::test
