#include "ShowOutputParser.h"

#include "AllParser.h"
#include "CommandDetector.h"
#include "OutputNormaliser.h"
#include "ParseLogging.h"
#include "PlatformDetailParser.h"
#include "PlatformSummaryParser.h"
#include "ReservationParser.h"
#include "RumReportDetailParser.h"
#include "RumReportListParser.h"
#include "StatusParser.h"
#include "SummaryParser.h"
#include "UdiParser.h"
#include "UsageParser.h"

namespace slp {

namespace {

template<typename T> ParseResult<ShowData> widened(ParseResult<T> &&result)
{
    ParseResult<ShowData> wide;
    wide.command = result.command;
    wide.recognised = result.recognised;
    if (result.recognised)
        wide.data = std::move(result.data);
    wide.issues = std::move(result.issues);
    wide.unparsed = std::move(result.unparsed);
    return wide;
}

ParseResult<ShowData> parseAs(ShowCommand command, const NormalisedOutput &text)
{
    switch (command) {
    case ShowCommand::Status:
        return widened(StatusParser::parse(text));
    case ShowCommand::Summary:
        return widened(SummaryParser::parse(text));
    case ShowCommand::Usage:
        return widened(UsageParser::parse(text));
    case ShowCommand::All:
        return widened(AllParser::parse(text));
    case ShowCommand::Udi:
        return widened(UdiParser::parse(text));
    case ShowCommand::Reservation:
        return widened(ReservationParser::parse(text));
    case ShowCommand::PlatformSummary:
        return widened(PlatformSummaryParser::parse(text));
    case ShowCommand::PlatformDetail:
        return widened(PlatformDetailParser::parse(text));
    case ShowCommand::RumIdAll:
        return widened(RumReportListParser::parse(text));
    case ShowCommand::RumIdDetail:
        return widened(RumReportDetailParser::parse(text));
    case ShowCommand::Unknown:
        break;
    }
    return {};
}

} // namespace

ParseResult<ShowData> ShowOutputParser::parse(QStringView text, std::optional<ShowCommand> command)
{
    const NormalisedOutput output = OutputNormaliser::normalise(text);
    if (command && *command != ShowCommand::Unknown)
        return parseAs(*command, output);
    const CommandDetector::Detection detection = CommandDetector::detect(output);
    qCDebug(lcParse) << "detected" << showCommandText(detection.command) << "from" << detection.reason;
    if (detection.command == ShowCommand::Unknown) {
        ParseResult<ShowData> result;
        result.issues.append(
            {0, QLatin1String("not recognised as the output of a `show license` command: ") + detection.reason});
        return result;
    }
    return parseAs(detection.command, output);
}

} // namespace slp
