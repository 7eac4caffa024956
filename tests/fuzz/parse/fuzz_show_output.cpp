// libFuzzer target for one `show license ...` parser entry point, chosen at build time by
// SLP_FUZZ_COMMAND (a ShowCommand value; Unknown fuzzes auto-detection through ShowOutputParser).
// Beyond "no crash, no sanitizer report", it checks the promises callers rely on: an unrecognised
// result says why, line numbers point into the input, and the JSON and digest never fail.
#include "parse/ParseJson.h"
#include "parse/ShowDataText.h"
#include "parse/ShowOutputParser.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto command = static_cast<slp::ShowCommand>(SLP_FUZZ_COMMAND);
    const slp::ParseResult<slp::ShowData> result = command == slp::ShowCommand::Unknown
        ? slp::ShowOutputParser::parse(text)
        : slp::ShowOutputParser::parse(text, command);
    if (!result.recognised && result.issues.isEmpty())
        std::abort();
    const qsizetype lineCount = text.count(u'\n') + 1;
    for (const slp::ParseIssue &issue : result.issues) {
        if (issue.line < 0 || issue.line > lineCount || issue.message.isEmpty())
            std::abort();
    }
    for (const slp::UnparsedLine &line : result.unparsed) {
        if (line.line < 1 || line.line > lineCount)
            std::abort();
    }
    const QByteArray json = QJsonDocument(slp::parseResultToJson(result)).toJson(QJsonDocument::Compact);
    if (json.isEmpty())
        std::abort();
    (void)slp::showDataSummaryLines(result.data);
    return 0;
}
