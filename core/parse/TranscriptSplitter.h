#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace slp {

// One command's share of a session log: the command typed at the prompt (empty for text before
// any prompt) and its output. `text` keeps the whole log's line numbering: lines outside the part
// are left empty, so issues found in the part name lines of the log.
struct TranscriptPart
{
    QString command;
    int promptLine = 0; // 0 when the part has no prompt line
    QString text;
};

// Cuts a session log (`Router# show license summary` ... `Router# show license usage` ...) at its
// prompt lines, so that each command's output can be parsed on its own.
class TranscriptSplitter
{
public:
    static QList<TranscriptPart> split(QStringView text);
};

} // namespace slp
