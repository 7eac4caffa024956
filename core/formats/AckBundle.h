#pragma once

#include "AckFile.h"
#include "BundleManifest.h"
#include "model/Udi.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace slp {

// One ACK file found in an ACK bundle, with the device it belongs to.
struct AckBundleEntry
{
    enum class UdiSource { Content, FileName, Unknown };

    QString path; // "ACK_UD_VA_<ts>.tar.gz/ACK_<pid>_<sn>.xml"
    AckFile ack;
    std::optional<Udi> udi;
    UdiSource udiSource = UdiSource::Unknown;
};

// Which ACKs go to which device, by UDI.
struct AckDeviceMatch
{
    // Per device (same order as asked): indexes into AckBundle::entries, usually one.
    QList<QList<qsizetype>> acksPerDevice;
    // Entries whose UDI is none of the devices, or unknown.
    QList<qsizetype> unmatched;
};

// The ACK bundle CSSM returns for an upload bundle, read by AckBundleReader.
struct AckBundle
{
    std::optional<BundleManifest> manifest;
    QList<AckBundleEntry> entries;
    // Members that were not ACK files, UDI disagreements, ...: shown, never fatal.
    QStringList problems;

    AckDeviceMatch matchDevices(const QList<Udi> &devices) const;
};

} // namespace slp
