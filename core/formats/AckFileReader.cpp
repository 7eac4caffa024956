#include "AckFileReader.h"

#include "AckDataInterpreter.h"
#include "SmartLicenseBlocks.h"

namespace slp {

FormatResult<AckFile> AckFileReader::read(const QByteArray &fileBytes)
{
    using Result = FormatResult<AckFile>;
    FormatResult<SmartLicenseBlocks> blocks = SmartLicenseBlocks::read(fileBytes);
    if (!blocks)
        return Result::failure(blocks.error());
    if (!blocks.value().rumAckData) {
        if (blocks.value().hasRumReports)
            return Result::failure(QStringLiteral("this is a RUM report file, not an ACK file"));
        return Result::failure(QStringLiteral("<smartLicense> holds no <smartLicenseRumAck>"));
    }
    AckFile ack;
    ack.rawFile = fileBytes;
    ack.rawData = *blocks.value().rumAckData;
    ack.notes = blocks.value().warnings;
    if (blocks.value().policyData) {
        ack.hasPolicy = true;
        ack.policyData = *blocks.value().policyData;
    }
    AckDataInterpreter::interpret(&ack);
    return Result::success(std::move(ack));
}

} // namespace slp
