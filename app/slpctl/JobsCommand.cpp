// slpctl jobs: past and interrupted jobs; resume continues one where it stopped.
#include "ActionDispatch.h"
#include "CliContext.h"
#include "CommandLine.h"
#include "CssmAccess.h"
#include "FutureWait.h"
#include "JobRunner.h"
#include "OptionParser.h"

#include "cssm/CssmClient.h"
#include "flows/JobManager.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace slp::cli {

namespace {

const QString usage = QStringLiteral(
    "Usage: slpctl jobs list [--json] [--limit N]\n"
    "       slpctl jobs resume [ID...] [--parallel N] [--accept-new-host-keys] [--quiet]\n"
    "                          [--connect-timeout S] [--command-timeout S] [--idle-timeout S]\n\n"
    "A job is one flow run over many devices (e.g. a refresh), kept in the database with one step per\n"
    "device. A job whose process ended before it finished (crash, kill, power loss) is listed as\n"
    "interrupted; `resume` continues it: devices that succeeded are skipped, the others run again.\n"
    "`resume` also re-runs the failed devices of a finished job. Without ID it resumes every\n"
    "interrupted job. Without job options the job runs as it was started (parallelism, timeouts, and\n"
    "--accept-new-host-keys if it was given then). Exit status 0 only when every device succeeded.\n");

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QStringLiteral("-");
}

QString stateText(const JobInfo &info)
{
    if (info.interrupted)
        return QStringLiteral("interrupted");
    return toText(info.record.state);
}

JobManagerSettings settingsFor(const CliContext &context, const JobOptions &defaults = {})
{
    JobManagerSettings settings;
    settings.knownHostsPath = context.knownHostsPath();
    settings.defaults = defaults;
    return settings;
}

int listJobs(CliContext &context, const QStringList &args)
{
    OptionParser options(context, usage);
    options.addOption(QStringLiteral("json"), QStringLiteral("JSON output."));
    options.addOption(QStringLiteral("limit"), QStringLiteral("Newest N jobs (default 20)."), QStringLiteral("n"));
    if (const auto stop = options.parse(args))
        return *stop;
    const std::optional<int> limit = options.intValue(QStringLiteral("limit"), 1, 100000, 20);
    if (!limit)
        return ExitUsage;
    if (!context.openStore())
        return ExitFailed;
    JobManager manager(&context.store(), nullptr, settingsFor(context));
    const StoreResult<QList<JobInfo>> jobs = await(manager.listJobs(*limit));
    if (!jobs.ok()) {
        context.error(jobs.error.message);
        return ExitFailed;
    }
    if (options.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const JobInfo &info : jobs.value)
            array.append(QJsonObject {
                {QStringLiteral("id"), info.record.id},
                {QStringLiteral("kind"), info.record.kind},
                {QStringLiteral("state"), stateText(info)},
                {QStringLiteral("created_at"), info.record.createdAt.toUTC().toString(Qt::ISODate)},
                {QStringLiteral("finished_at"),
                 info.record.finishedAt.isValid() ? QJsonValue(info.record.finishedAt.toUTC().toString(Qt::ISODate))
                                                  : QJsonValue()},
                {QStringLiteral("devices"), info.progress.total},
                {QStringLiteral("succeeded"), info.progress.succeeded},
                {QStringLiteral("failed"), info.progress.failed},
                {QStringLiteral("cancelled"), info.progress.cancelled},
                {QStringLiteral("pending"), info.progress.pending + info.progress.running},
            });
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    out() << QStringLiteral("%1 %2 %3 %4 %5\n")
                 .arg(QStringLiteral("ID"), 6)
                 .arg(QStringLiteral("KIND"), -14)
                 .arg(QStringLiteral("STATE"), -12)
                 .arg(QStringLiteral("CREATED (UTC)"), -20)
                 .arg(QStringLiteral("DEVICES"));
    for (const JobInfo &info : jobs.value) {
        const JobProgress &progress = info.progress;
        out() << QStringLiteral("%1 %2 %3 %4 %5 total, %6 ok, %7 failed, %8 cancelled, %9 not done\n")
                     .arg(info.record.id, 6)
                     .arg(info.record.kind, -14)
                     .arg(stateText(info), -12)
                     .arg(timeText(info.record.createdAt), -20)
                     .arg(progress.total)
                     .arg(progress.succeeded)
                     .arg(progress.failed)
                     .arg(progress.cancelled)
                     .arg(progress.pending + progress.running);
    }
    return ExitOk;
}

int resumeJobs(CliContext &context, const QStringList &args)
{
    OptionParser options(context, usage);
    JobRunner::addOptions(options);
    if (const auto stop = options.parse(args))
        return *stop;
    const std::optional<JobOptions> jobOptions = JobRunner::readOptions(options);
    if (!jobOptions)
        return ExitUsage;
    QList<qint64> ids;
    for (const QString &text : options.positional()) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (!ok || id <= 0) {
            context.error(QStringLiteral("\"%1\" is not a job id (see `slpctl jobs list`)").arg(text));
            return ExitUsage;
        }
        ids.append(id);
    }
    if (!context.openStore())
        return ExitFailed;
    SecretStore *secrets = context.secrets();
    if (!secrets)
        return ExitFailed;
    // Online jobs (send) go on with the configured CSSM; a job that needs it fails saying it is missing.
    const CssmAccess cssm = CssmAccess::open(context, secrets);
    JobManagerSettings settings = settingsFor(context, *jobOptions);
    settings.cssm = cssm.client.get();
    JobManager manager(&context.store(), secrets, settings);
    if (ids.isEmpty()) {
        const StoreResult<QList<JobInfo>> interrupted = await(manager.interruptedJobs());
        if (!interrupted.ok()) {
            context.error(interrupted.error.message);
            return ExitFailed;
        }
        for (const JobInfo &info : interrupted.value)
            ids.append(info.record.id);
        if (ids.isEmpty()) {
            out() << "no interrupted job\n";
            return ExitOk;
        }
    }
    JobRunner runner(context, manager, options.isSet(QStringLiteral("quiet")));
    int status = ExitOk;
    const std::optional<JobOptions> given
        = JobRunner::hasJobOptions(options) ? jobOptions : std::optional<JobOptions>();
    for (const qint64 id : std::as_const(ids)) {
        if (runner.resume(id, given) != ExitOk)
            status = ExitFailed;
    }
    return status;
}

} // namespace

int runJobs(const QStringList &arguments)
{
    return dispatchAction(QStringLiteral("jobs"), arguments, usage, {{"list", listJobs}, {"resume", resumeJobs}});
}

} // namespace slp::cli
