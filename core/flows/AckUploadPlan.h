#pragma once

#include "formats/AckFile.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace slp {

// One ACK found in what the admin brought back from Cisco (Upload from Cisco).
struct AckUploadEntry
{
    QString name; // "ACK_x.xml", or "<bundle>/ACK_UD_VA_x.tar.gz/ACK_x.xml" for a bundle member
    int fileIndex = 0; // into AckUploadPlan::files
    AckFile ack; // ack.rawFile: the exact bytes
    // Set: the ACK cannot be imported (unreadable, unsigned, no UDI); it is reported and left alone.
    QString problem;
    qint64 deviceId = 0; // matched by UDI (latest snapshot); 0: no device of the inventory has it
    QString deviceName;
};

// One file given to Upload from Cisco: an ACK bundle (tar.gz) or a single ACK file.
struct AckUploadFile
{
    QString path;
    bool isBundle = false;
    QByteArray content; // bundles: the archive as read (kept in the library as ack_bundle)
    QString error; // set: the whole file was refused (hostile archive, not an ACK at all, unreadable)
};

// What Upload from Cisco would do: every ACK read, which device each goes to, and what is left over.
struct AckUploadPlan
{
    QList<AckUploadFile> files;
    QList<AckUploadEntry> entries;
    QStringList bundleProblems; // members of bundles that are not ACK files, UDI disagreements, ...
    QStringList devicesWithoutAck; // inventory hostnames no ACK was found for

    int importableCount() const;
    int matchedCount() const;
    int unmatchedCount() const; // importable but for no device of the inventory
    int refusedCount() const; // refused files plus entries with a problem
};

} // namespace slp
