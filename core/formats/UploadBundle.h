#pragma once

#include "model/Udi.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace slp {

// One device's RUM report file inside an upload bundle.
struct UploadBundleEntry
{
    QString hostname;
    Udi udi;
    QString memberName; // file name inside UD_VA_<ts>.tar.gz
    QList<qint64> reportIds;
};

// A built upload bundle (`UD_SA_<ts>.tar.gz`), with the record of what went into it.
struct UploadBundle
{
    QString fileName; // UD_SA_<ts>.tar.gz
    QString innerFileName; // UD_VA_<ts>.tar.gz
    QByteArray bytes;
    QList<UploadBundleEntry> entries;
    // Devices left out, with why (e.g. "core-rtr-01: the file holds no report").
    QStringList skipped;
};

} // namespace slp
