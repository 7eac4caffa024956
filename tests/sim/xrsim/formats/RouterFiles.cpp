#include "RouterFiles.h"

#include "SignedEnvelope.h"
#include "router/RumPayload.h"

namespace slp::xrsim::routerfiles {

namespace {

QByteArray sudi(const QString &pid, const QString &serial)
{
    return QByteArrayLiteral("{\"udi_pid\":") + jsonQuoted(pid) + QByteArrayLiteral(",\"udi_serial_number\":")
        + jsonQuoted(serial) + '}';
}

QByteArray xmlEscaped(const QByteArray &text)
{
    QByteArray out = text;
    out.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    return out;
}

} // namespace

QByteArray rumFile(const RouterSpec &spec, const RouterState &state, const QList<RumReport> &reports, qint64 now)
{
    QByteArray haUdi = '[' + QByteArrayLiteral("{\"role\":\"Active\",\"sudi\":") + sudi(spec.pid, spec.serial) + '}';
    if (spec.isHighAvailability())
        haUdi
            += QByteArrayLiteral(",{\"role\":\"Standby\",\"sudi\":") + sudi(spec.standbyPid, spec.standbySerial) + '}';
    haUdi += ']';
    const QByteArray systemInfo = QByteArrayLiteral("{\"format\":\"xrsim-rum-file/1\",\"hostname\":")
        + jsonQuoted(spec.hostname) + QByteArrayLiteral(",\"sudi\":") + sudi(spec.pid, spec.serial)
        + QByteArrayLiteral(",\"ha_udi\":") + haUdi + QByteArrayLiteral(",\"software_version\":")
        + jsonQuoted(spec.version) + QByteArrayLiteral(",\"smart_account\":") + jsonQuoted(spec.smartAccount)
        + QByteArrayLiteral(",\"virtual_account\":") + jsonQuoted(spec.virtualAccount)
        + QByteArrayLiteral(",\"timestamp\":") + QByteArray::number(now) + QByteArrayLiteral(",\"trust_installed\":")
        + (state.trust.activeInstalledAt != 0 ? "true" : "false") + '}';
    QByteArray file = QByteArrayLiteral("<smartLicense><smartLicenseSystemInfo><data>") + xmlEscaped(systemInfo)
        + QByteArrayLiteral("</data></smartLicenseSystemInfo>");
    for (const RumReport &report : reports) {
        const QByteArray json = QByteArrayLiteral("{\"payload\":") + jsonQuoted(QString::fromUtf8(report.payload))
            + QByteArrayLiteral(",\"header\":{\"type\":\"rum\"},\"signature\":{\"sudi\":") + sudi(spec.pid, spec.serial)
            + QByteArrayLiteral(",\"signing_type\":\"HMAC-SHA256\",\"key\":\"router\",\"value\":\"") + report.signature
            + QByteArrayLiteral("\"}}");
        file += QByteArrayLiteral("<RUMReport><![CDATA[") + json + QByteArrayLiteral("]]></RUMReport>");
    }
    file += QByteArrayLiteral("</smartLicense>\n");
    return file;
}

QByteArray trustRequest(const RouterSpec &spec, qint64 now, const QByteArray &nonce)
{
    QByteArray payload = QByteArrayLiteral("{\"format\":\"xrsim-trust-request/1\",\"udi\":") + jsonQuoted(spec.udi());
    if (spec.isHighAvailability())
        payload += QByteArrayLiteral(",\"standbyUdi\":") + jsonQuoted(spec.standbyUdi());
    payload += QByteArrayLiteral(",\"hostname\":") + jsonQuoted(spec.hostname) + QByteArrayLiteral(",\"smartAccount\":")
        + jsonQuoted(spec.smartAccount) + QByteArrayLiteral(",\"virtualAccount\":") + jsonQuoted(spec.virtualAccount)
        + QByteArrayLiteral(",\"timestamp\":") + QByteArray::number(now) + QByteArrayLiteral(",\"nonce\":\"")
        + nonce.toHex() + QByteArrayLiteral("\"}");
    return QByteArrayLiteral("<smartLicense><smartLicenseTrustRequest><data>")
        + envelope::seal(payload, spec.signingKey)
        + QByteArrayLiteral("</data></smartLicenseTrustRequest></smartLicense>\n");
}

} // namespace slp::xrsim::routerfiles
