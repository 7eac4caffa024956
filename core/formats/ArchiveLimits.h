#pragma once

#include <QtGlobal>

namespace slp {

// Bounds on what an archive may make the console hold in memory. The defaults fit a bundle for
// thousands of routers with room to spare and stop decompression bombs long before they hurt.
struct ArchiveLimits
{
    qint64 maxArchiveBytes = 512LL * 1024 * 1024; // the compressed file itself
    qint64 maxMemberBytes = 64LL * 1024 * 1024; // one file inside
    qint64 maxTotalBytes = 512LL * 1024 * 1024; // all files inside, nested archives included
    qint64 maxEntries = 100000; // entries of every kind, nested archives included
    // Uncompressed bytes per compressed byte of the archive; gzip text stays far below 100.
    qint64 maxCompressionRatio = 200;
    // Below this many uncompressed bytes the ratio is not checked (tiny archives compress oddly).
    qint64 ratioFloorBytes = 1024 * 1024;
};

} // namespace slp
