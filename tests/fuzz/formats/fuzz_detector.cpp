// libFuzzer entry: content-based file type detection (reaches every reader, archives included).
#include "formats/FileTypeDetector.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)slp::FileTypeDetector::detect(bytes);
    return 0;
}
