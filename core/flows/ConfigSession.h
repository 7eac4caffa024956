#pragma once

#include "ssh/SshJobResult.h"
#include "ssh/SshStep.h"

#include <QStringList>

namespace slp {

// A configuration-mode session as SSH steps: `configure`, the lines, `commit`, `end`, all typed into
// one interactive shell (SshStep::shellCommand: exec channels are separate CLI sessions).
class ConfigSession
{
public:
    static QList<SshStep> steps(const QStringList &lines);
    static qsizetype stepCount(const QStringList &lines) { return lines.size() + 3; }
    // The router's complaints about the session's steps (starting at `first`), one per line it
    // refused ("license smart url cslu x: % Invalid input detected at '^' marker."); empty when all
    // were taken.
    static QStringList rejections(const SshJobResult &result, qsizetype first, const QStringList &lines);
};

} // namespace slp
