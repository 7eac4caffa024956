#pragma once

#include <QStringView>
#include <QVarLengthArray>

namespace slp {

// `Key: value` as router output writes it. The key ends at the first colon followed by a blank or
// the end of the line, so values with colons stay whole (`URL: https://host:8182/x`,
// `Active: PID:ASR-9006-AC,SN:FOX1605GNAH`).
struct KeyValueView
{
    QStringView key;
    QStringView value;
    bool hasColon = false; // false: the line is plain text (key = whole line, value empty)
};

KeyValueView splitKeyValue(QStringView line);

// Several fields on one line, separated by a comma or a run of two blanks:
//   `Total: 70,  Purged: 0`, `Available to Report: 6  Collecting Data: 2`,
//   `Start Time: Oct 05 06:54:32 2020 UTC, End Time: Oct 05 07:55:13 2020 UTC`.
// A piece without its own `Key:` belongs to the previous field's value.
using FieldList = QVarLengthArray<KeyValueView, 4>;
FieldList splitFields(QStringView line);

} // namespace slp
