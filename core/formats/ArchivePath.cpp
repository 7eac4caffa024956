#include "ArchivePath.h"

#include <QStringList>

namespace slp {

QString ArchivePath::normalise(const QString &entryName, QString *problem)
{
    if (entryName.isEmpty()) {
        *problem = QStringLiteral("has no name");
        return {};
    }
    if (entryName.size() > maxLength) {
        *problem = QStringLiteral("has a name longer than %1 characters").arg(maxLength);
        return {};
    }
    for (QChar c : entryName) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar::ReplacementCharacter) {
            *problem = QStringLiteral("has control or undecodable characters in its name");
            return {};
        }
    }
    // Both separators count: a name made on Windows or for Windows must not escape there either.
    const bool driveLetter = entryName.size() >= 2 && entryName.at(1) == u':' && entryName.at(0).isLetter();
    if (entryName.startsWith(u'/') || entryName.startsWith(u'\\') || driveLetter) {
        *problem = QStringLiteral("has an absolute path");
        return {};
    }
    QStringList parts;
    for (const QString &part : QString(entryName).replace(u'\\', u'/').split(u'/')) {
        if (part.isEmpty() || part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            *problem = QStringLiteral("escapes the target folder (\"..\")");
            return {};
        }
        parts.append(part);
    }
    // Empty for "./": fine for a directory entry, the caller refuses it for a file.
    return parts.join(u'/');
}

} // namespace slp
