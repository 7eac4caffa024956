#include "RumPayload.h"

namespace slp::xrsim {

QByteArray jsonQuoted(const QString &text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out.append('"');
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20)
                out.append(QByteArray("\\u00") + QByteArray::number(static_cast<int>(c), 16).rightJustified(2, '0'));
            else
                out.append(c);
        }
    }
    out.append('"');
    return out;
}

namespace {

QByteArray sudi(const QString &pid, const QString &serial)
{
    return QByteArrayLiteral("{\"udi_pid\":") + jsonQuoted(pid) + QByteArrayLiteral(",\"udi_serial_number\":")
        + jsonQuoted(serial) + '}';
}

} // namespace

QByteArray renderRumPayload(const RouterSpec &spec, const RumReport &report)
{
    QByteArray haUdi = QByteArrayLiteral("[{\"role\":\"Active\",\"sudi\":") + sudi(spec.pid, spec.serial) + '}';
    if (spec.isHighAvailability())
        haUdi
            += QByteArrayLiteral(",{\"role\":\"Standby\",\"sudi\":") + sudi(spec.standbyPid, spec.standbySerial) + '}';
    haUdi += ']';
    const qint64 end = report.endTime;
    const QByteArray measurement = QByteArrayLiteral("{\"log_time\":") + QByteArray::number(end)
        + QByteArrayLiteral(",\"metric_name\":\"ENTITLEMENT\",\"start_time\":") + QByteArray::number(report.startTime)
        + QByteArrayLiteral(",\"end_time\":") + QByteArray::number(end) + QByteArrayLiteral(",\"sample_interval\":")
        + QByteArray::number(end - report.startTime)
        + QByteArrayLiteral(",\"num_samples\":1,\"value\":{\"type\":\"COUNT\",\"value\":\"")
        + QByteArray::number(report.count) + QByteArrayLiteral("\"}}");
    return QByteArrayLiteral("{\"version\":\"2.0\",\"asset_identification\":{\"report_id\":")
        + QByteArray::number(report.id) + QByteArrayLiteral(",\"asset\":{\"name\":") + jsonQuoted(report.licenseName)
        + QByteArrayLiteral("},\"instance\":{\"sudi\":") + sudi(spec.pid, spec.serial)
        + QByteArrayLiteral("}},\"meta\":{\"entitlement_tag\":") + jsonQuoted(report.tag)
        + QByteArrayLiteral(",\"software_version\":") + jsonQuoted(spec.version) + QByteArrayLiteral(",\"ha_udi\":")
        + haUdi + QByteArrayLiteral("},\"measurements\":[") + measurement + QByteArrayLiteral("]}");
}

} // namespace slp::xrsim
