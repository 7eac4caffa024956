#pragma once

#include "formats/AckFile.h"

#include <QString>

namespace slp {

// One ACK file to import on one device: where it is on this machine, where it came from (the report
// library row, if any) and what the console read of it.
struct AckImportItem
{
    qint64 libraryFileId = 0; // 0: the file is not in the report library
    QString localPath; // absolute path of the file to upload
    QString source; // how messages name it: the file name, or "library file 12 (ACK_x.xml)"
    AckFile ack;
};

} // namespace slp
