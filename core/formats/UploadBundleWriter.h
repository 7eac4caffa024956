#pragma once

#include "FormatResult.h"
#include "UploadBundle.h"
#include "model/Udi.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace slp {

// Builds the offline upload bundle for CSSM ("Download All for Cisco"):
//   UD_SA_<ts>.tar.gz
//     manifest.mf          Manifest-Version, Created-By, Smart-Account, Smart-Account-ID, Name
//                          (= UD_VA_<ts>.tar.gz), Specification-VA, Specification-VA-ID
//     UD_VA_<ts>.tar.gz
//       RUM_<pid>_<serial>.xml   one RUM report file per device, bytes exactly as collected
// <ts> is the creation time in UTC as yyyyMMdd_HHmmss. See docs/formats.md.
class UploadBundleWriter
{
public:
    struct Account
    {
        QString smartAccount;
        QString smartAccountId;
        QString virtualAccount;
        QString virtualAccountId;
        QString createdBy; // e.g. "SLP Console 0.1.0"
    };

    struct Device
    {
        QString hostname;
        Udi udi;
        QByteArray rumFile; // as saved by the router; never altered
    };

    // Every device's file is read and must belong to its UDI; a device whose file does not read
    // or belongs to another UDI fails the whole bundle with a message naming the device. Files
    // without any report are left out and listed in UploadBundle::skipped.
    static FormatResult<UploadBundle> build(const Account &account, const QDateTime &createdAt,
                                            const QList<Device> &devices);

    // Writes the bundle atomically (QSaveFile) into `directory`; returns the full path.
    static FormatResult<QString> save(const UploadBundle &bundle, const QString &directory);

    static QString timestampText(const QDateTime &time);
    // RUM_<pid>_<serial>.xml, with characters outside [A-Za-z0-9._-] replaced by '_'.
    static QString memberNameFor(const Udi &udi);
};

} // namespace slp
