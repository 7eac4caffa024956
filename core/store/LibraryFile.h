#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace slp {

// What a file in the report library is (table `library_files`, column kind).
enum class LibraryFileKind {
    Rum, // a RUM report file collected from one router (license smart save usage)
    Ack, // an ACK file for one router
    Policy, // a policy file
    UploadBundle, // UD_SA_<ts>.tar.gz written by Download All for Cisco
    AckBundle, // ACK_UD_SA_<ts>.tar.gz from Cisco
    SlrAuthorization,
    SlrRequest,
    SlrConfirmation,
    SlrReturn,
};

// Where a library file is in its life (column state). A RUM file goes collected -> bundled (in an
// upload bundle) or sent (to CSSM) -> acknowledged (its ACK was imported); failed keeps the detail.
enum class LibraryFileState { Collected, Bundled, Sent, Acknowledged, Imported, Failed };

QString toText(LibraryFileKind kind); // "rum", "upload_bundle", "slr_return", ...
QString toText(LibraryFileState state); // "collected", ...
std::optional<LibraryFileKind> libraryFileKindFromText(const QString &text);
std::optional<LibraryFileState> libraryFileStateFromText(const QString &text);

// One row of `library_files`: a file kept in the library folder (ReportLibrary), deduplicated by
// (kind, sha256).
struct LibraryFile
{
    qint64 id = 0;
    LibraryFileKind kind = LibraryFileKind::Rum;
    LibraryFileState state = LibraryFileState::Collected;
    qint64 deviceId = 0; // 0: not tied to one device (bundles) or the device was removed
    QString udi; // the router's UDI as in the file ("PID:...,SN:..."), empty for bundles
    QString fileName; // the name it had where it came from (router file, bundle name), for export
    QString path; // relative to the library folder: <kind>/<sha256 prefix>-<safe name>
    QString sha256; // lower-case hex of the stored bytes
    qint64 size = 0;
    QStringList reportIds; // RUM report ids in the file (stored space-separated)
    qint64 bundleId = 0; // the upload_bundle row this file went out in (0: none)
    qint64 jobId = 0; // the job that added it (0: added by hand)
    QString pollId; // CSSM poll id after Send to CSSM
    QString detail; // why it failed, what was refused, ...
    QDateTime createdAt; // maintained by the store
    QDateTime updatedAt; // maintained by the store

    bool operator==(const LibraryFile &) const = default;
};

// Which rows ReportLibrary::list() returns; unset fields match everything. Newest first.
struct LibraryFilter
{
    std::optional<LibraryFileKind> kind;
    std::optional<LibraryFileState> state;
    qint64 deviceId = 0;
    qint64 bundleId = 0;
    qint64 jobId = 0;
    int limit = 0; // <= 0: all
};

} // namespace slp
