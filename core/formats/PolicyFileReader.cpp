#include "PolicyFileReader.h"

#include "SmartLicenseBlocks.h"

#include <QJsonDocument>
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
    const QJsonObject json = QJsonDocument::fromJson(policy.data.trimmed()).object();
    policy.name = json.value(QLatin1String("name")).toString();
    if (policy.name.isEmpty())
        policy.name = json.value(QLatin1String("policy_name")).toString();
    return Result::success(std::move(policy));
}

} // namespace slp
