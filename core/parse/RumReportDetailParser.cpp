#include "RumReportDetailParser.h"

#include "OutputNormaliser.h"
#include "ParserRun.h"
#include "TextMatch.h"

namespace slp {

namespace {

void readField(const OutputLine &line, const KeyValueView &field, ParseContext &context, RumReportDetail &report)
{
    const QStringView key = field.key;
    struct TextField
    {
        QLatin1String key;
        QString RumReportDetail::*member;
    };
    static const TextField textFields[] = {
        {QLatin1String("Metric Name"), &RumReportDetail::metricName},
        {QLatin1String("Feature Name"), &RumReportDetail::featureName},
        {QLatin1String("Metric Value"), &RumReportDetail::metricValue},
        {QLatin1String("State"), &RumReportDetail::state},
        {QLatin1String("State Change Reason"), &RumReportDetail::stateChangeReason},
        {QLatin1String("Storage State"), &RumReportDetail::storageState},
        {QLatin1String("Transaction ID"), &RumReportDetail::transactionId},
        {QLatin1String("Transaction Message"), &RumReportDetail::transactionMessage},
    };
    for (const TextField &textField : textFields) {
        if (text::equals(key, textField.key)) {
            report.*textField.member = ParseContext::text(field.value);
            return;
        }
    }
    if (text::equals(key, QLatin1String("UDI"))) {
        report.udi = Udi::fromText(field.value);
        if (!report.udi && !text::isNoValue(field.value))
            context.addIssue(line.number,
                             QLatin1String("cannot read the UDI '") + field.value.toString()
                                 + QLatin1String("' (expected PID:<pid>,SN:<serial>)"));
    } else if (text::equals(key, QLatin1String("Previous Report Id"))) {
        report.previousReportId = context.bigInteger(line, field.value, key);
    } else if (text::equals(key, QLatin1String("Next Report Id"))) {
        report.nextReportId = context.bigInteger(line, field.value, key);
    } else if (text::equals(key, QLatin1String("Start Time"))) {
        report.startTime = context.date(line, field.value, key);
    } else if (text::equals(key, QLatin1String("End Time"))) {
        report.endTime = context.date(line, field.value, key);
    } else {
        report.otherFields.append({key.toString(), ParseContext::text(field.value)});
    }
}

} // namespace

ParseResult<QList<RumReportDetail>> RumReportDetailParser::parse(QStringView text)
{
    return parse(OutputNormaliser::normalise(text));
}

ParseResult<QList<RumReportDetail>> RumReportDetailParser::parse(const NormalisedOutput &normalised)
{
    return runParser<QList<RumReportDetail>>(
        normalised, ShowCommand::RumIdDetail,
        [](const NormalisedOutput &output, ParseContext &context, QList<RumReportDetail> &reports) {
            for (const OutputLine &line : output.lines) {
                if (text::isRule(line.text, u'=')
                    || text::startsWith(line.text, QLatin1String("Smart Licensing Usage")))
                    continue; // title and underline
                const KeyValueView whole = splitKeyValue(line.text);
                if (!whole.hasColon) {
                    context.keepUnparsed(line);
                    continue;
                }
                if (text::equals(whole.key, QLatin1String("Report Id"))) {
                    RumReportDetail report;
                    if (const std::optional<qint64> id = context.bigInteger(line, whole.value, whole.key))
                        report.id = *id;
                    reports.append(report);
                    continue;
                }
                if (reports.isEmpty()) {
                    context.keepUnparsed(line, QStringLiteral("field before any `Report Id:` line, kept unparsed"));
                    continue;
                }
                for (const KeyValueView &field : splitFields(line.text))
                    readField(line, field, context, reports.back());
            }
            if (reports.isEmpty()) {
                context.addIssue(0,
                                 QStringLiteral("not the output of `show license rum id <id> detail`: no "
                                                "`Report Id:` line was found"));
                return false;
            }
            return true;
        });
}

} // namespace slp
