#pragma once

#include "model/Udi.h"
#include "ssh/SshJobResult.h"
#include "ssh/SshStep.h"
#include "store/ReportLibrary.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace slp {

// Which reports `license smart save usage` writes: `unreported` (CLOSED, not acknowledged yet) or
// `all` (acknowledged ones too).
enum class UsageMode { Unreported, All };
QString toText(UsageMode mode); // "unreported" / "all"
std::optional<UsageMode> usageModeFromText(const QString &text);

// What one device's collection needs over SSH, in order: `show license udi`, `license smart save
// usage <mode> harddisk:/<temporary file>`, the SFTP download of that file (size-limited) into
// `localPath`, and the SFTP removal of the temporary file. Other flows may put steps before or
// after them (pass the index of the first collect step to UsageCollection::evaluate).
struct UsageCollectionPlan
{
    QString remotePath; // "/harddisk:/slpc_usage_<job>_<device>_<attempt>.xml" (SFTP)
    QString cliPath; // "harddisk:/slpc_usage_<job>_<device>_<attempt>.xml" (CLI)
    QString fileName; // slpc_usage_<job>_<device>_<attempt>.xml
    QString localPath; // where the download lands (removed by evaluate())
    QList<SshStep> steps;
    // Why the plan cannot be used (a file name the validator refused); empty when usable.
    QString error;
};

// A device's collected usage file, verified, ready for the library (or why not).
struct CollectedUsage
{
    QString error; // empty: ok. Names the device and what was wrong.
    QString warning; // e.g. the temporary file could not be removed on the router
    QByteArray content; // the file's bytes exactly as the router wrote them
    QString fileName;
    Udi udi; // the device the file belongs to
    QStringList reportIds;
    bool ok() const { return error.isEmpty(); }

    // kind rum, state collected, the UDI, report ids, device and job.
    LibraryFileInput libraryInput(qint64 deviceId, qint64 jobId) const;
    // "3 report(s) in <file>" or "nothing to report (the file holds no report)".
    QString summary() const;
};

// The reusable per-device part of Collect Usage (CollectUsageJob, ExportBundleJob, SendToCssmJob).
class UsageCollection
{
public:
    static constexpr qint64 maxFileBytes = 32 * 1024 * 1024;

    // `localDirectory` receives the download (created when missing). The router file name is unique
    // per job, device and attempt, so that a resumed job never reads an earlier attempt's file.
    static UsageCollectionPlan plan(UsageMode mode, qint64 jobId, qint64 deviceId, int attempt,
                                    const QString &localDirectory);

    // Reads the outcome of the plan's steps (starting at result.steps[firstStep]): the router's
    // answer to save usage, the download, the file (parsed with RumFileReader) and that every report
    // belongs to the device. `knownUdi` is the UDI the console knew the device by (its latest
    // snapshot; empty: the UDI `show license udi` printed in the same session). Removes the local
    // download. Call it for a result whose connection worked (some step ran); a connection failure is
    // the caller's to describe.
    static CollectedUsage evaluate(const QString &hostname, const UsageCollectionPlan &plan, const SshJobResult &result,
                                   qsizetype firstStep, const QString &knownUdi);

    // The file check alone: parses, and every report was signed by and describes `device` (or one of
    // `haMembers`). A file without reports is fine ("nothing to report").
    static CollectedUsage verify(const QString &hostname, const QByteArray &content, const Udi &device,
                                 const QList<Udi> &haMembers = {});
};

} // namespace slp
