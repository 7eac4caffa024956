#include "KeyValueSplit.h"

namespace slp {

KeyValueView splitKeyValue(QStringView line)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] != u':')
            continue;
        if (i + 1 == line.size() || line[i + 1].isSpace())
            return {line.left(i).trimmed(), line.mid(i + 1).trimmed(), true};
    }
    return {line, {}, false};
}

FieldList splitFields(QStringView line)
{
    FieldList fields;
    qsizetype start = 0;
    auto addPiece = [&](qsizetype end) {
        const QStringView piece = line.mid(start, end - start).trimmed();
        if (piece.isEmpty())
            return;
        const KeyValueView field = splitKeyValue(piece);
        if (field.hasColon || fields.isEmpty()) {
            fields.append(field);
            return;
        }
        // A continuation (a value holding a comma or double blank): widen the previous value.
        KeyValueView &previous = fields.back();
        const qsizetype valueStart
            = previous.value.isEmpty() ? piece.data() - line.data() : previous.value.data() - line.data();
        previous.value = line.mid(valueStart, piece.data() + piece.size() - line.data() - valueStart);
    };
    for (qsizetype i = 0; i < line.size(); ++i) {
        const bool comma = line[i] == u',';
        const bool doubleBlank = line[i] == u' ' && i + 1 < line.size() && line[i + 1] == u' ';
        if (!comma && !doubleBlank)
            continue;
        addPiece(i);
        while (i + 1 < line.size() && line[i + 1] == u' ')
            ++i;
        start = i + 1;
    }
    addPiece(line.size());
    return fields;
}

} // namespace slp
