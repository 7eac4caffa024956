// libFuzzer entry: RUM report file reader, and the device check on what it accepts.
#include "formats/RumFileReader.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto result = slp::RumFileReader::read(bytes);
    if (result.ok()) {
        const slp::RumReportFile &file = result.value();
        (void)file.verifyBelongsTo(slp::Udi {QStringLiteral("P"), QStringLiteral("S"), {}});
        for (const slp::RumReport &report : file.reports)
            (void)(report.windowStart() + report.windowEnd() + report.maxCount());
    }
    return 0;
}
