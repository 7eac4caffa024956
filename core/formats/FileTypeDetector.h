#pragma once

#include "ArchiveLimits.h"
#include "DetectedFile.h"

#include <QByteArray>

namespace slp {

// Tells from the content what a file is, so it can be routed to the right flow. A file is only
// called a known kind when its reader accepts it; otherwise the summary says what it looked like
// and why it was not taken.
class FileTypeDetector
{
public:
    static DetectedFile detect(const QByteArray &content, const ArchiveLimits &limits = {});
};

} // namespace slp
