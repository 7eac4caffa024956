#include "UsageReportingReader.h"

#include "parse/TextMatch.h"

namespace slp {

bool UsageReportingReader::read(const OutputLine &line, const KeyValueView &field)
{
    if (!field.hasColon)
        return false;
    const QStringView key = field.key;
    struct DateField
    {
        QLatin1String key;
        std::optional<QDateTime> UsageReporting::*member;
    };
    static const DateField dateFields[] = {
        {QLatin1String("Last ACK received"), &UsageReporting::lastAckReceived},
        {QLatin1String("Next ACK deadline"), &UsageReporting::nextAckDeadline},
        {QLatin1String("Next ACK push check"), &UsageReporting::nextAckPushCheck},
        {QLatin1String("Next report push"), &UsageReporting::nextReportPush},
        {QLatin1String("Last report push"), &UsageReporting::lastReportPush},
        {QLatin1String("Last report file write"), &UsageReporting::lastReportFileWrite},
    };
    for (const DateField &dateField : dateFields) {
        if (text::equals(key, dateField.key)) {
            m_target.*dateField.member = m_context.date(line, field.value, key);
            return true;
        }
    }
    if (text::equals(key, QLatin1String("Reporting push interval"))) {
        readPushInterval(line, field.value);
        return true;
    }
    if (text::equals(key, QLatin1String("Reporting Mode"))) {
        m_target.reportingMode = ParseContext::text(field.value);
        return true;
    }
    return false;
}

void UsageReportingReader::readPushInterval(const OutputLine &line, QStringView value)
{
    qsizetype digits = 0;
    while (digits < value.size() && value[digits].isDigit())
        ++digits;
    if (digits == 0) {
        m_context.addIssue(line.number,
                           QLatin1String("cannot read Reporting push interval: '") + value.toString()
                               + QLatin1String("' does not start with a number of days"));
        return;
    }
    m_target.pushIntervalDays = m_context.integer(line, value.left(digits), u"Reporting push interval");
    QStringView rest = value.mid(digits).trimmed();
    if (text::startsWith(rest, QLatin1String("(no reporting)"))) {
        m_target.noReporting = true;
        rest = rest.mid(14).trimmed();
    } else if (text::startsWith(rest, QLatin1String("days"))) {
        rest = rest.mid(4).trimmed();
    } else if (text::startsWith(rest, QLatin1String("day"))) {
        rest = rest.mid(3).trimmed();
    }
    m_target.pushIntervalDetail = rest.toString();
}

} // namespace slp
