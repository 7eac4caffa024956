#pragma once

#include "FileKind.h"

#include <QString>

namespace slp {

// The verdict of FileTypeDetector.
struct DetectedFile
{
    FileKind kind = FileKind::Unknown;
    // For a known kind, a short description ("RUM report file, 3 reports from PID:..,SN:..");
    // for Unknown, the reason, worded for an admin.
    QString summary;
    // For SLR codes: the code itself, cut out of any surrounding router output.
    QString codeText;
};

} // namespace slp
