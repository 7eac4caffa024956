#include "TrustJob.h"

#include "FlowsLogging.h"
#include "RouterClock.h"
#include "cssm/CssmClient.h"
#include "cssm/CssmResults.h"
#include "parse/StatusParser.h"
#include "secrets/SecretStore.h"
#include "ssh/CommandValueValidator.h"

namespace slp {

TrustJob::TrustJob(JobEnvironment environment, JobOptions options, Settings settings, QObject *parent)
    : DeviceChangeJob(QString::fromLatin1(kindName), std::move(environment), options, parent)
    , m_settings(std::move(settings))
{ }

TrustJob::Settings TrustJob::settingsFromParameters(const QJsonObject &parameters)
{
    Settings settings;
    settings.tokenReference = parameters.value(QStringLiteral("token_ref")).toString();
    settings.fromCssm = parameters.value(QStringLiteral("from_cssm")).toBool();
    settings.force = parameters.value(QStringLiteral("force")).toBool();
    return settings;
}

QJsonObject TrustJob::parameters() const
{
    QJsonObject parameters = Job::parameters();
    // The reference only: the token itself never reaches the database.
    parameters.insert(QStringLiteral("token_ref"), m_settings.tokenReference);
    parameters.insert(QStringLiteral("from_cssm"), m_settings.fromCssm);
    parameters.insert(QStringLiteral("force"), m_settings.force);
    return parameters;
}

QString TrustJob::trustCommand(const QString &token, bool force)
{
    return QStringLiteral("license smart trust idtoken %1 all%2")
        .arg(token, force ? QStringLiteral(" force") : QString());
}

void TrustJob::startDevice(const DeviceRun &run)
{
    loadPrevious(run, [this, run](const std::optional<SnapshotRecord> &previous) {
        setActivity(run.device.id, QStringLiteral("checking the router's clock"));
        runSsh(run, {SshStep::runCommand(QStringLiteral("show clock"))},
               [this, run, previous](const SshJobResult &result) {
                   if (!result.ok()) {
                       finishSshFailure(run.device.id, result);
                       return;
                   }
                   const RouterClockCheck clock
                       = RouterClockCheck::check(outputOf(result, 0), QDateTime::currentDateTimeUtc());
                   if (!clock.ok()) {
                       finishWithout(
                           run.device.id, JobStepState::Failed,
                           QStringLiteral("%1: %2; nothing was sent").arg(run.device.hostname, clock.problem));
                       return;
                   }
                   withToken([this, run, previous](const QString &token, const QString &problem) {
                       if (isCancelRequested()) {
                           finishWithout(run.device.id, JobStepState::Cancelled, QStringLiteral("cancelled"));
                           return;
                       }
                       if (!problem.isEmpty()) {
                           finishWithout(run.device.id, JobStepState::Failed,
                                         QStringLiteral("%1: %2").arg(run.device.hostname, problem));
                           return;
                       }
                       install(run, previous, token);
                   });
               });
    });
}

void TrustJob::withToken(TokenCallback callback)
{
    if (m_token) {
        callback(*m_token, {});
        return;
    }
    m_waiting.append(std::move(callback));
    if (m_fetching)
        return;
    m_fetching = true;
    if (m_settings.fromCssm) {
        CssmClient *cssm = environment().cssm;
        if (!cssm) {
            deliverToken({}, QStringLiteral("no CSSM endpoint is configured for --from-cssm (slpctl cssm configure)"));
            return;
        }
        CssmRequestJob *request = cssm->createIdToken(QStringLiteral("SLP Console trust job"), 1, false);
        connect(request, &CssmRequestJob::finished, this, [this, request] {
            request->deleteLater();
            if (!request->error().ok()) {
                deliverToken({}, QStringLiteral("CSSM did not issue an ID token: %1").arg(request->error().message));
                return;
            }
            const CssmIdToken created = cssmresults::createdIdToken(request->json());
            deliverToken(created.token,
                         created.token.isEmpty() ? QStringLiteral("CSSM answered without an ID token") : QString());
        });
        return;
    }
    SecretStore *secrets = environment().secrets;
    if (!secrets || m_settings.tokenReference.isEmpty()) {
        deliverToken({}, QStringLiteral("no ID token given (a secret store reference or --from-cssm)"));
        return;
    }
    secrets->read(m_settings.tokenReference).then(this, [this](const SecretResult &read) {
        if (!read.ok() || read.secret.isEmpty()) {
            deliverToken({},
                         QStringLiteral("the ID token %1 cannot be read from the secret store: %2")
                             .arg(m_settings.tokenReference, read.ok() ? QStringLiteral("it is empty") : read.message));
            return;
        }
        deliverToken(read.secret.revealString().trimmed(), {});
    });
}

void TrustJob::deliverToken(const QString &token, const QString &problem)
{
    m_fetching = false;
    QString why = problem;
    if (why.isEmpty()) {
        // Checked once, before any router sees it; the message never repeats the token.
        if (const CommandValueCheck check = CommandValueValidator::idToken(token); !check)
            why = check.message;
    }
    // Only a good token is kept: after a problem (no secret yet, CSSM down) a retry asks again.
    if (why.isEmpty())
        m_token = token;
    const QList<TokenCallback> waiting = std::exchange(m_waiting, {});
    for (const TokenCallback &callback : waiting)
        callback(m_token.value_or(QString()), why);
}

void TrustJob::install(const DeviceRun &run, const std::optional<SnapshotRecord> &previous, const QString &token)
{
    setActivity(run.device.id, QStringLiteral("installing the trust code"));
    const QList<SshStep> steps = withRefresh({SshStep::runCommand(trustCommand(token, m_settings.force))});
    runSsh(run, steps, [this, run, previous](const SshJobResult &result) {
        if (!result.ok()) {
            finishSshFailure(run.device.id, result);
            return;
        }
        const QString answer = outputOf(result, 0);
        const bool refused = result.steps.value(0).exitStatus.value_or(0) != 0
            || answer.contains(QLatin1String("TRUST_INSTALL_FAILED")) || answer.contains(QLatin1String("% "));
        finishWithRefresh(run, previous, result, 1, [run, answer, refused, result](const SnapshotBuild &) -> Decision {
            const QString hostname = run.device.hostname;
            if (refused) {
                // The router's reason, e.g. "...has failed on PID:..: Trust code already installed."
                QString reason = answer.trimmed();
                if (const qsizetype at = reason.indexOf(QLatin1String("has failed on")); at >= 0)
                    reason = reason.mid(at);
                return {JobStepState::Failed,
                        QStringLiteral("%1: the router refused the ID token: %2").arg(hostname, reason.left(300))};
            }
            const ParseResult<LicenseStatus> status = StatusParser::parse(outputOf(result, 1));
            if (!status.recognised || !status.data.trust.isInstalled())
                return {
                    JobStepState::Failed,
                    QStringLiteral("%1: the trust command ran but `show license status` shows no trust code installed")
                        .arg(hostname)};
            return {JobStepState::Succeeded, QStringLiteral("%1: trust code installed").arg(hostname)};
        });
    });
}

} // namespace slp
