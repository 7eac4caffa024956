#include "ReportSummaryReader.h"

#include "parse/TextMatch.h"

namespace slp {

bool ReportSummaryReader::read(const OutputLine &line, const KeyValueView &field)
{
    if (!field.hasColon)
        return false;
    struct Counter
    {
        QLatin1String key;
        std::optional<int> UsageReportSummary::*member;
    };
    static const Counter counters[] = {
        {QLatin1String("Total"), &UsageReportSummary::total},
        {QLatin1String("Purged"), &UsageReportSummary::purged},
        {QLatin1String("Total Acknowledged Received"), &UsageReportSummary::acknowledgedReceived},
        {QLatin1String("Waiting for Ack"), &UsageReportSummary::waitingForAck},
        {QLatin1String("Available to Report"), &UsageReportSummary::availableToReport},
        {QLatin1String("Collecting Data"), &UsageReportSummary::collectingData},
        {QLatin1String("Maximum Display"), &UsageReportSummary::maximumDisplay},
        {QLatin1String("In Storage"), &UsageReportSummary::inStorage},
        {QLatin1String("MIA"), &UsageReportSummary::mia},
    };
    bool consumed = false;
    QList<QStringView> unknownKeys;
    for (const KeyValueView &piece : splitFields(line.text)) {
        if (text::equals(piece.key, QLatin1String("Report Module Status"))) {
            m_target.reportModuleStatus = ParseContext::text(piece.value);
            consumed = true;
            continue;
        }
        bool known = false;
        for (const Counter &counter : counters) {
            if (text::equals(piece.key, counter.key)) {
                m_target.*counter.member = m_context.integer(line, piece.value, piece.key);
                known = true;
                break;
            }
        }
        if (!known)
            unknownKeys.append(piece.key);
        consumed = consumed || known;
    }
    // A line with no known counter at all is the caller's to keep; unknown ones beside known ones are noted.
    if (consumed) {
        for (const QStringView key : std::as_const(unknownKeys))
            m_context.addIssue(line.number,
                               QLatin1String("unknown usage report counter '") + key.toString()
                                   + QLatin1String("' ignored"));
    }
    return consumed;
}

} // namespace slp
