#pragma once

#include <QString>

namespace slp {

// Versions of the application and of the libraries it runs with, as loaded at run time
// (not as compiled against): what support needs to know from `slpctl --version` or About.
struct BuildInfo
{
    static QString applicationVersion();
    static QString qtVersion();
    static QString libsshVersion();
    static QString opensslVersion();
    // One line per component, for --version and the About dialog.
    static QString summary();
};

} // namespace slp
