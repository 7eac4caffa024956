#include "LibraryAccess.h"

#include "CliContext.h"

#include <QDir>
#include <QFileInfo>

namespace slp::cli {

QString libraryDirectory(const CliContext &context)
{
    return QFileInfo(context.knownHostsPath()).absoluteDir().filePath(QStringLiteral("library"));
}

} // namespace slp::cli
