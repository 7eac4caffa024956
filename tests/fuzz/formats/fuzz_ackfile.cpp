// libFuzzer entry: ACK file and policy file readers (the ACK data interpretation included).
#include "formats/AckFileReader.h"
#include "formats/PolicyFileReader.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)slp::AckFileReader::read(bytes);
    (void)slp::PolicyFileReader::read(bytes);
    return 0;
}
