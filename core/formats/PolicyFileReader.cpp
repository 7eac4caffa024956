#include "PolicyFileReader.h"

#include "SignedEnvelope.h"
#include "SmartLicenseBlocks.h"
#include "UdiFields.h"

#include <QJsonObject>

namespace slp {

FormatResult<PolicyFile> PolicyFileReader::read(const QByteArray &fileBytes)
{
    using Result = FormatResult<PolicyFile>;
    FormatResult<SmartLicenseBlocks> blocks = SmartLicenseBlocks::read(fileBytes);
    if (!blocks)
        return Result::failure(blocks.error());
    if (blocks.value().rumAckData)
        return Result::failure(
            QStringLiteral("this is an ACK file (it holds <smartLicenseRumAck>), not a policy file"));
    if (!blocks.value().policyData)
        return Result::failure(QStringLiteral("<smartLicense> holds no <smartLicensePolicy>"));
    PolicyFile policy;
    policy.rawFile = fileBytes;
    policy.data = *blocks.value().policyData;
    policy.notes = blocks.value().warnings;
    bool isSigned = false;
    const QJsonObject payload = SignedEnvelope::open(policy.data, &isSigned);
    // xrsim-policy/1 nests the policy object; a bare policy object carries its name itself.
    const QJsonObject body = payload.value(QLatin1String("policy")).isObject()
        ? payload.value(QLatin1String("policy")).toObject()
        : payload;
    policy.name = body.value(QLatin1String("name")).toString();
    policy.udi = UdiFields::fromText(payload.value(QLatin1String("udi")).toString());
    return Result::success(std::move(policy));
}

} // namespace slp
