#include "TransportJob.h"

#include "ConfigSession.h"
#include "TransportPlan.h"
#include "parse/ShowCommand.h"
#include "parse/StatusParser.h"

namespace slp {

namespace {

std::optional<Transport> transportIn(const QString &statusOutput)
{
    const ParseResult<LicenseStatus> status = StatusParser::parse(statusOutput);
    if (!status.recognised)
        return std::nullopt;
    return status.data.transport;
}

} // namespace

TransportJob::TransportJob(JobEnvironment environment, JobOptions options, TransportSettings settings, QObject *parent)
    : DeviceChangeJob(QString::fromLatin1(kindName), std::move(environment), options, parent)
    , m_settings(std::move(settings))
{ }

QJsonObject TransportJob::parameters() const
{
    QJsonObject parameters = Job::parameters();
    parameters.insert(QStringLiteral("transport"), m_settings.toJson());
    return parameters;
}

void TransportJob::startDevice(const DeviceRun &run)
{
    if (const QString problem = m_settings.validate(); !problem.isEmpty()) {
        finishWithout(run.device.id, JobStepState::Failed, problem);
        return;
    }
    loadPrevious(run, [this, run](const std::optional<SnapshotRecord> &previous) {
        setActivity(run.device.id, QStringLiteral("reading the transport"));
        runSsh(run, {SshStep::runCommand(showCommandText(ShowCommand::Status))},
               [this, run, previous](const SshJobResult &result) {
                   if (!result.ok()) {
                       finishSshFailure(run.device.id, result);
                       return;
                   }
                   const std::optional<Transport> before = transportIn(outputOf(result, 0));
                   if (!before) {
                       finishWithout(run.device.id, JobStepState::Failed,
                                     QStringLiteral("%1: `show license status` is unreadable; nothing was changed")
                                         .arg(run.device.hostname));
                       return;
                   }
                   apply(run, previous, *before);
               });
    });
}

void TransportJob::apply(const DeviceRun &run, const std::optional<SnapshotRecord> &previous, const Transport &before)
{
    const QStringList lines = TransportPlan::configLines(m_settings, before);
    if (lines.isEmpty()) {
        finishWithout(run.device.id, JobStepState::Succeeded,
                      QStringLiteral("%1: transport is %2 already; nothing to change")
                          .arg(run.device.hostname, m_settings.describe()));
        return;
    }
    if (isCancelRequested()) {
        finishWithout(run.device.id, JobStepState::Cancelled, QStringLiteral("cancelled"));
        return;
    }
    setActivity(run.device.id, QStringLiteral("configuring the transport"));
    const qsizetype statusStep = ConfigSession::stepCount(lines);
    runSsh(run, withRefresh(ConfigSession::steps(lines)),
           [this, run, previous, before, lines, statusStep](const SshJobResult &result) {
               if (!result.ok()) {
                   // The session broke somewhere in config mode: what was committed is unknown.
                   finishSshFailure(run.device.id, result);
                   return;
               }
               const QStringList refused = ConfigSession::rejections(result, 0, lines);
               const std::optional<Transport> after = transportIn(outputOf(result, statusStep));
               QStringList problems = refused;
               if (!after)
                   problems.append(QStringLiteral("`show license status` after the commit is unreadable"));
               else
                   problems.append(TransportPlan::mismatches(m_settings, *after));
               if (problems.isEmpty()) {
                   finishWithRefresh(run, previous, result, statusStep, [run, this](const SnapshotBuild &) -> Decision {
                       return {JobStepState::Succeeded,
                               QStringLiteral("%1: transport set to %2 and verified")
                                   .arg(run.device.hostname, m_settings.describe())};
                   });
                   return;
               }
               rollBack(run, previous, before, after.value_or(Transport()), problems.join(QStringLiteral("; ")));
           });
}

void TransportJob::rollBack(const DeviceRun &run, const std::optional<SnapshotRecord> &previous,
                            const Transport &before, const Transport &after, const QString &why)
{
    const QString hostname = run.device.hostname;
    if (before.type == TransportType::Unknown) {
        // Guessing a type to go back to could cut the device off its licensing server: say so instead.
        finishWithout(run.device.id, JobStepState::Failed,
                      QStringLiteral("%1: verification failed (%2); not rolled back: the transport type before "
                                     "(\"%3\") was not readable, check the router's configuration")
                          .arg(hostname, why, before.typeText));
        return;
    }
    const TransportSettings restore = TransportSettings::restoring(before);
    const QStringList lines = TransportPlan::configLines(restore, after);
    if (lines.isEmpty()) {
        finishWithout(run.device.id, JobStepState::Failed,
                      QStringLiteral("%1: verification failed (%2); the router still has the previous settings (%3)")
                          .arg(hostname, why, restore.describe()));
        return;
    }
    setActivity(run.device.id, QStringLiteral("rolling back the transport"));
    const qsizetype statusStep = ConfigSession::stepCount(lines);
    runSsh(run, withRefresh(ConfigSession::steps(lines)),
           [this, run, previous, restore, lines, statusStep, why, hostname](const SshJobResult &result) {
               if (!result.ok()) {
                   finishWithout(run.device.id, JobStepState::Failed,
                                 QStringLiteral("%1: verification failed (%2); the rollback to %3 failed too: %4")
                                     .arg(hostname, why, restore.describe(), describeSshFailure(result.error)));
                   return;
               }
               const std::optional<Transport> now = transportIn(outputOf(result, statusStep));
               QStringList left = ConfigSession::rejections(result, 0, lines);
               if (!now)
                   left.append(QStringLiteral("`show license status` is unreadable"));
               else
                   left.append(TransportPlan::mismatches(restore, *now));
               const QString message = left.isEmpty()
                   ? QStringLiteral("%1: verification failed (%2); rolled back to the previous settings (%3), verified")
                         .arg(hostname, why, restore.describe())
                   : QStringLiteral("%1: verification failed (%2); rolled back to the previous settings (%3), but the "
                                    "router does not show them: %4")
                         .arg(hostname, why, restore.describe(), left.join(QStringLiteral("; ")));
               finishWithRefresh(run, previous, result, statusStep, [message](const SnapshotBuild &) -> Decision {
                   return {JobStepState::Failed, message};
               });
           });
}

} // namespace slp
