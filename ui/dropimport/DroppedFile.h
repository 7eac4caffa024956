#pragma once

#include "formats/DetectedFile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace slp::ui {

// Where a recognised file goes in the console.
enum class DropRoute {
    None, // not recognised, or could not be read: a message only
    InventoryImport, // CSV inventory -> device import
    SlrWizard, // authorization code -> the SLR wizard's authorization page
    ReportLibrary, // kept in the report library (RUM reports, upload bundles, codes)
    ImportAck, // ACK or policy file -> Import ACK flow
    UploadFromCisco, // ACK bundle -> Upload from Cisco flow
};

// One file dropped on the window (or chosen with File > Import), read and recognised by content.
struct DroppedFile
{
    Q_DECLARE_TR_FUNCTIONS(slp::ui::DroppedFile)
public:
    QString path;
    QByteArray content; // empty when it could not be read
    QString readError; // why it could not be read
    DetectedFile detected;

    DropRoute route() const;
    // True when the route exists in this build (flows that do not exist yet are not faked).
    bool canRoute() const;
    // "CSV inventory", "ACK bundle", ...: the kind in the admin's language.
    QString kindText() const;
    // Where the file goes, or why it goes nowhere: one line for the confirmation dialog.
    QString routeText() const;

    static constexpr qint64 maxBytes = 128LL * 1024 * 1024;
    // Reads and recognises a file; runs on a pool thread.
    static DroppedFile inspect(const QString &path);
};

} // namespace slp::ui
