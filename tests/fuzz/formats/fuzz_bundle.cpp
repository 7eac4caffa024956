// libFuzzer entry: offline bundle readers (tar/tar.gz, nested archives, manifest, ACK matching).
// Limits are lowered so that the fuzzer explores refusals instead of allocating hundreds of MiB.
#include "formats/AckBundleReader.h"
#include "formats/UploadBundleReader.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    slp::ArchiveLimits limits;
    limits.maxMemberBytes = 1024 * 1024;
    limits.maxTotalBytes = 4 * 1024 * 1024;
    limits.maxEntries = 1000;
    const auto acks = slp::AckBundleReader::read(bytes, QStringLiteral("fuzz.tar.gz"), limits);
    if (acks.ok())
        (void)acks.value().matchDevices({slp::Udi {QStringLiteral("P"), QStringLiteral("S"), {}}});
    (void)slp::UploadBundleReader::read(bytes, QStringLiteral("fuzz.tar.gz"), limits);
    return 0;
}
