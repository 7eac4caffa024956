#pragma once

#include "CsvImportReport.h"
#include "DeviceRecord.h"
#include "StoreResult.h"
#include "StoreSession.h"

#include <QCoreApplication>

namespace slp {

// The inventory CSV: header exactly `hostname,address,port,username,credential,tags,site`; tags
// separated by ';' or '|'; an empty port means 22. Export writes the same format (tags with ';'),
// so an exported file imports back unchanged.
class DeviceCsv
{
    Q_DECLARE_TR_FUNCTIONS(slp::DeviceCsv)
public:
    static constexpr qsizetype maxFileSize = 16 * 1024 * 1024;

    static QStringList header();
    static QByteArray exportDevices(const QList<DeviceRecord> &devices);

    // Validates every row first (fields, credential profiles, duplicates within the file and
    // against the database) and reports all problems. Imports nothing when any row is bad, unless
    // options.skipBadRows. Must run inside a transaction so a failure part-way leaves nothing.
    static StoreResult<CsvImportReport> import(StoreSession &session, const QByteArray &data,
                                               const CsvImportOptions &options);
};

} // namespace slp
