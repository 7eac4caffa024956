#include "TranscriptSplitter.h"

#include "OutputNormaliser.h"

namespace slp {

namespace {

void appendPart(QList<TranscriptPart> &parts, TranscriptPart &part, QStringView text, qsizetype start, qsizetype end,
                int linesBefore)
{
    const QStringView body = text.mid(start, end - start);
    // A part holding nothing but its prompt line (a trailing prompt) carries no output.
    const qsizetype firstBreak = body.indexOf(u'\n');
    const QStringView output = part.promptLine == 0 ? body : (firstBreak < 0 ? QStringView() : body.mid(firstBreak));
    if (output.trimmed().isEmpty())
        return;
    part.text = QString(linesBefore, u'\n') + body;
    parts.append(part);
}

} // namespace

QList<TranscriptPart> TranscriptSplitter::split(QStringView text)
{
    QList<TranscriptPart> parts;
    TranscriptPart current;
    qsizetype partStart = 0;
    int partFirstLine = 0; // 0-based line where the current part starts
    int line = 0;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        end = end < 0 ? text.size() : end + 1;
        QStringView command;
        if (OutputNormaliser::isPromptLine(text.mid(start, end - start).trimmed(), &command) && line > partFirstLine) {
            appendPart(parts, current, text, partStart, start, partFirstLine);
            current = TranscriptPart {};
            partStart = start;
            partFirstLine = line;
        }
        if (line == partFirstLine && OutputNormaliser::isPromptLine(text.mid(start, end - start).trimmed(), &command)) {
            current.command = command.toString();
            current.promptLine = line + 1;
        }
        ++line;
        start = end;
    }
    appendPart(parts, current, text, partStart, text.size(), partFirstLine);
    return parts;
}

} // namespace slp
