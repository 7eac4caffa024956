#pragma once

#include "flows/JobEnvironment.h"
#include "flows/JobOptions.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace slp {
class Job;
class JobManager;
} // namespace slp

namespace slp::cli {

class CliContext;
class OptionParser;

// What the job commands (refresh, collect, send, trust, transport, slr) have in common: pick the devices (--all |
// NAME...), open the store and the secret store, build the CSSM client when the flow needs one, start the job and
// follow it with JobRunner. Returns the exit status.
struct DeviceFlowCommand
{
    enum class CssmUse {
        None, // the flow never talks to CSSM
        Required, // fail before any router is touched when CSSM is not configured
        IfConfigured, // use CSSM when configured (e.g. crediting an SLR return back)
    };

    DeviceFlowCommand(CliContext &commandContext, const OptionParser &parsedOptions, CssmUse cssmUse = CssmUse::None)
        : context(commandContext)
        , options(parsedOptions)
        , cssm(cssmUse)
    { }

    CliContext &context;
    const OptionParser &options;
    CssmUse cssm = CssmUse::None;
    // Runs after the store and secret store are open, before the job: false (after printing why)
    // stops with ExitFailed.
    std::function<bool()> prepare;
    std::function<Job *(const JobEnvironment &, const JobOptions &)> makeJob;
    // Runs once the job manager exists, before the job starts (e.g. to mention interrupted jobs).
    std::function<void(JobManager &)> withManager;

    // `names`: the device NAMEs given (the positional arguments after the sub-command words).
    int run(const QStringList &names);
    // --all plus JobRunner's options.
    static void addOptions(OptionParser &options);
};

} // namespace slp::cli
