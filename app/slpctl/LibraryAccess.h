#pragma once

#include <QString>

namespace slp::cli {

class CliContext;

// The report library folder slpctl uses: "library" next to the known_hosts file, the same folder
// the JobManager gives the flows by default (JobManagerSettings::libraryDirectory).
QString libraryDirectory(const CliContext &context);

} // namespace slp::cli
