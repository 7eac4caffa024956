#pragma once

#include <QString>

namespace slp {

// Checks one archive entry name. Returns the normalised relative path (empty for "./"), or sets
// *problem to why the name is refused (absolute, escapes the folder, empty, control characters, too long).
class ArchivePath
{
public:
    static constexpr qsizetype maxLength = 1024;

    static QString normalise(const QString &entryName, QString *problem);
};

} // namespace slp
