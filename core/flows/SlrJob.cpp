#include "SlrJob.h"

#include "ConfigSession.h"
#include "FlowsLogging.h"
#include "cssm/CssmClient.h"
#include "cssm/CssmResults.h"
#include "formats/SlrAuthorizationCodeReader.h"
#include "formats/SlrConfirmationCode.h"
#include "formats/SlrRequestCode.h"
#include "formats/SlrReturnCode.h"
#include "parse/ReservationParser.h"
#include "ssh/CommandValueValidator.h"
#include "store/CssmSettingsStore.h"
#include "store/DeviceCodes.h"
#include "store/ReportLibrary.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace slp {

namespace {

constexpr qint64 maxAuthorizationFileBytes = 4 * 1024 * 1024;
constexpr qsizetype reservationOutput = 4; // index of `show license reservation` in RefreshJob::commands()

// The first non-empty line after the line holding `marker` ("... request code ...:" then the code).
QString lineAfter(const QString &output, QLatin1String marker)
{
    const QStringList lines = output.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines.at(i).contains(marker, Qt::CaseInsensitive))
            continue;
        for (qsizetype j = i + 1; j < lines.size(); ++j) {
            if (!lines.at(j).trimmed().isEmpty())
                return lines.at(j).trimmed();
        }
    }
    return {};
}

bool sameDevice(const Udi &code, const QString &deviceUdi)
{
    const std::optional<Udi> device = Udi::fromText(deviceUdi);
    return device && device->pid.compare(code.pid, Qt::CaseInsensitive) == 0
        && device->serial.compare(code.serial, Qt::CaseInsensitive) == 0;
}

// The router's own words for a refusal: the first line that says failed or error.
QString routerComplaint(const QString &output)
{
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1Char('%')) || trimmed.contains(QLatin1String("failed"), Qt::CaseInsensitive))
            return trimmed;
    }
    const QString all = output.simplified();
    return all.isEmpty() ? QStringLiteral("(no output)") : all.left(200);
}

QString safeFileName(QString name)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    return name.replace(unsafe, QStringLiteral("_"));
}

} // namespace

QString SlrJob::kindOf(Mode mode)
{
    switch (mode) {
    case Mode::Request:
        return QStringLiteral("slr-request");
    case Mode::Install:
        return QStringLiteral("slr-install");
    case Mode::Return:
        return QStringLiteral("slr-return");
    case Mode::Cancel:
        return QStringLiteral("slr-cancel");
    }
    return {};
}

SlrJob::Settings SlrJob::settingsFromParameters(Mode mode, const QJsonObject &parameters)
{
    Settings settings;
    settings.mode = mode;
    settings.online = parameters.value(QStringLiteral("online")).toBool();
    settings.authorizationFile = parameters.value(QStringLiteral("authorization_file")).toString();
    return settings;
}

QString SlrJob::remoteAuthorizationPath()
{
    return QStringLiteral("/harddisk:/slp_slr_authorization.xml");
}

SlrJob::SlrJob(JobEnvironment environment, JobOptions options, Settings settings, QObject *parent)
    : DeviceChangeJob(kindOf(settings.mode), std::move(environment), options, parent)
    , m_settings(std::move(settings))
{ }

QJsonObject SlrJob::parameters() const
{
    QJsonObject parameters = Job::parameters();
    parameters.insert(QStringLiteral("online"), m_settings.online);
    parameters.insert(QStringLiteral("authorization_file"), m_settings.authorizationFile);
    return parameters;
}

void SlrJob::startDevice(const DeviceRun &run)
{
    loadPrevious(run, [this, run](const Previous &previous) {
        switch (m_settings.mode) {
        case Mode::Request:
            request(run, previous);
            return;
        case Mode::Install:
            if (!m_settings.online) {
                installFromFile(run, previous);
                return;
            }
            DeviceCodes(*environment().store)
                .latest(run.device.id, DeviceCode::Kind::Request)
                .then(this, [this, run, previous](const StoreResult<DeviceCode> &kept) {
                    if (!kept.ok()) {
                        finishWithout(
                            run.device.id, JobStepState::Failed,
                            QStringLiteral("%1: no request code is kept for it; run `slpctl slr request` first")
                                .arg(run.device.hostname));
                        return;
                    }
                    installOnline(run, previous, kept.value.code, previous ? previous->usage : QList<UsageRow>());
                });
            return;
        case Mode::Return:
            returnReservation(run, previous);
            return;
        case Mode::Cancel:
            cancelRequest(run, previous);
            return;
        }
    });
}

void SlrJob::request(const DeviceRun &run, const Previous &previous)
{
    setActivity(run.device.id, QStringLiteral("requesting a reservation"));
    const QStringList lines {QStringLiteral("license smart reservation")};
    QList<SshStep> steps = ConfigSession::steps(lines);
    const qsizetype requestStep = steps.size();
    steps.append(SshStep::runCommand(QStringLiteral("license smart reservation request local")));
    runSsh(run, withRefresh(steps), [this, run, previous, lines, requestStep](const SshJobResult &result) {
        if (!result.ok()) {
            finishSshFailure(run.device.id, result);
            return;
        }
        const QStringList refused = ConfigSession::rejections(result, 0, lines);
        const QString output = outputOf(result, requestStep);
        buildRefresh(run, previous, result, requestStep + 1, [this, run, refused, output](const SnapshotBuild &build) {
            const QString hostname = run.device.hostname;
            auto fail = [&](const QString &why) {
                finishWithout(run.device.id, JobStepState::Failed, QStringLiteral("%1: %2").arg(hostname, why));
            };
            if (!refused.isEmpty())
                return fail(
                    QStringLiteral("enabling reservation was refused: %1").arg(refused.join(QStringLiteral("; "))));
            if (output.contains(QLatin1String("Already registered"), Qt::CaseInsensitive))
                return fail(QStringLiteral("a reservation is installed already; return it first (slpctl slr return)"));
            const FormatResult<SlrRequestCode> code
                = SlrRequestCode::parse(lineAfter(output, QLatin1String("request code")));
            if (!code)
                return fail(QStringLiteral("no request code in the router's answer (%1): %2")
                                .arg(routerComplaint(output), code.error()));
            const QString deviceUdi = build.errors.isEmpty() ? build.snapshot.summary.udi : QString();
            if (!deviceUdi.isEmpty() && !sameDevice(code.value().udi, deviceUdi))
                return fail(QStringLiteral("the request code is for %1, but the device is %2")
                                .arg(code.value().udi.canonicalText(), deviceUdi));
            keepCode(run.device.id, DeviceCode::Kind::Request, code.value().udi.canonicalText(), code.value().text);
            if (!m_settings.online) {
                finishWithout(run.device.id, JobStepState::Succeeded,
                              QStringLiteral("%1: request code %2 (enter it in CSSM, then `slpctl slr "
                                             "install --auth-file FILE`)")
                                  .arg(hostname, code.value().text));
                return;
            }
            Previous fresh;
            if (build.errors.isEmpty())
                fresh = build.snapshot;
            installOnline(run, fresh, code.value().text, fresh ? fresh->usage : QList<UsageRow>());
        });
    });
}

void SlrJob::installOnline(const DeviceRun &run, const Previous &previous, const QString &requestCode,
                           const QList<UsageRow> &usage)
{
    const QString hostname = run.device.hostname;
    CssmClient *cssm = configuredCssm();
    if (!cssm) {
        finishWithout(run.device.id, JobStepState::Failed,
                      QStringLiteral("%1: --online needs a CSSM endpoint (slpctl cssm configure)").arg(hostname));
        return;
    }
    // What the device uses now (its latest snapshot) is what gets reserved.
    QList<QPair<QString, qint64>> licenses;
    for (const UsageRow &row : usage) {
        if (row.count <= 0 || row.entitlementTag.isEmpty())
            continue;
        auto same = std::find_if(licenses.begin(), licenses.end(), [&row](const QPair<QString, qint64> &entry) {
            return entry.first == row.entitlementTag;
        });
        if (same != licenses.end())
            same->second += row.count;
        else
            licenses.append({row.entitlementTag, row.count});
    }
    if (licenses.isEmpty()) {
        finishWithout(run.device.id, JobStepState::Failed,
                      QStringLiteral("%1: no license in use to reserve (per its latest snapshot; refresh it first)")
                          .arg(hostname));
        return;
    }
    setActivity(run.device.id, QStringLiteral("reserving licenses in CSSM"));
    CssmRequestJob *reserve = cssm->reserveLicenses({{requestCode, licenses}});
    connect(reserve, &CssmRequestJob::finished, this, [this, run, previous, reserve, hostname] {
        reserve->deleteLater();
        const QList<CssmReservationResult> results = cssmresults::reservations(reserve->json());
        const bool succeeded = reserve->error().ok() && !results.isEmpty() && results.first().succeeded;
        if (!succeeded) {
            const QString why = !results.isEmpty() && !results.first().message.isEmpty() ? results.first().message
                                                                                         : reserve->error().message;
            finishWithout(
                run.device.id, JobStepState::Failed,
                QStringLiteral("%1: CSSM refused the reservation: %2; nothing was installed").arg(hostname, why));
            return;
        }
        const FormatResult<QList<SlrAuthorizationCode>> codes
            = SlrAuthorizationCodeReader::read(results.first().authorizationCode);
        if (!codes || codes.value().isEmpty()) {
            finishWithout(
                run.device.id, JobStepState::Failed,
                QStringLiteral("%1: CSSM's authorization code is unreadable: %2").arg(hostname, codes.error()));
            return;
        }
        install(run, previous, codes.value().first());
    });
}

const std::optional<QList<SlrAuthorizationCode>> &SlrJob::fileCodes()
{
    // Read once per job; a file that could not be read is read again (a retry after fixing it).
    if (m_fileCodes)
        return m_fileCodes;
    m_fileProblem.clear();
    const QString path = m_settings.authorizationFile;
    QFile file(path);
    if (path.isEmpty()) {
        m_fileProblem = QStringLiteral("no authorization code file given (--auth-file FILE or --online)");
    } else if (!file.open(QIODevice::ReadOnly)) {
        m_fileProblem = QStringLiteral("cannot read the authorization code file %1: %2").arg(path, file.errorString());
    } else if (file.size() > maxAuthorizationFileBytes) {
        m_fileProblem
            = QStringLiteral("%1 is %2 bytes, too big for an authorization code file").arg(path).arg(file.size());
    } else {
        const FormatResult<QList<SlrAuthorizationCode>> read = SlrAuthorizationCodeReader::read(file.readAll());
        if (read && !read.value().isEmpty())
            m_fileCodes = read.value();
        else
            m_fileProblem = QStringLiteral("%1 is not an SLR authorization code file: %2")
                                .arg(path, read ? QStringLiteral("it holds no code") : read.error());
    }
    return m_fileCodes;
}

void SlrJob::installFromFile(const DeviceRun &run, const Previous &previous)
{
    const QString hostname = run.device.hostname;
    const std::optional<QList<SlrAuthorizationCode>> &codes = fileCodes();
    if (!codes) {
        finishWithout(run.device.id, JobStepState::Failed,
                      QStringLiteral("%1: %2; nothing was sent to the router").arg(hostname, m_fileProblem));
        return;
    }
    const QString deviceUdi = previous ? previous->summary.udi : QString();
    if (deviceUdi.isEmpty()) {
        finishWithout(run.device.id, JobStepState::Failed,
                      QStringLiteral("%1: its UDI is not known yet (refresh it first); nothing was sent to the router")
                          .arg(hostname));
        return;
    }
    QStringList others;
    for (const SlrAuthorizationCode &code : *codes) {
        if (sameDevice(code.udi, deviceUdi)) {
            install(run, previous, code);
            return;
        }
        others.append(code.udi.canonicalText());
    }
    finishWithout(
        run.device.id, JobStepState::Failed,
        QStringLiteral("%1: %2 holds no authorization code for %3 (only for %4); nothing was sent to the router")
            .arg(hostname, m_settings.authorizationFile, deviceUdi, others.join(QStringLiteral(", "))));
}

void SlrJob::install(const DeviceRun &run, const Previous &previous, const SlrAuthorizationCode &code)
{
    // The code goes to the report library first (kind slr_authorization): the file uploaded is the
    // file kept, and the library lists it with the device.
    LibraryFileInput input;
    input.kind = LibraryFileKind::SlrAuthorization;
    input.state = LibraryFileState::Collected;
    input.content = code.rawXml;
    input.fileName = safeFileName(QStringLiteral("%1-authorization.xml").arg(run.device.hostname));
    input.deviceId = run.device.id;
    input.udi = code.udi.canonicalText();
    input.jobId = id();
    auto library = std::make_shared<ReportLibrary>(*environment().store, environment().libraryDirectory);
    library->add(input).then(this, [this, run, previous, code, library](const StoreResult<LibraryFile> &added) {
        if (!added.ok()) {
            finishWithout(run.device.id, JobStepState::Failed,
                          QStringLiteral("%1: cannot keep the authorization code in the report library: %2")
                              .arg(run.device.hostname, added.error.message));
            return;
        }
        upload(run, previous, code, library->absolutePath(added.value));
    });
}

void SlrJob::upload(const DeviceRun &run, const Previous &previous, const SlrAuthorizationCode &code,
                    const QString &localPath)
{
    const QString hostname = run.device.hostname;
    const QString remote = remoteAuthorizationPath();
    if (const CommandValueCheck check = CommandValueValidator::routerFilePath(remote); !check) {
        finishWithout(run.device.id, JobStepState::Failed, QStringLiteral("%1: %2").arg(hostname, check.message));
        return;
    }
    setActivity(run.device.id, QStringLiteral("installing the authorization code"));
    const QList<SshStep> steps
        = withRefresh({SshStep::upload(localPath, remote),
                       SshStep::runCommand(QStringLiteral("license smart reservation install file %1").arg(remote))});
    const QString udiText = code.udi.canonicalText();
    const QByteArray rawXml = code.rawXml;
    const qsizetype licenseCount = code.entitlements.size();
    runSsh(run, steps, [this, run, previous, udiText, rawXml, licenseCount, hostname](const SshJobResult &result) {
        if (!result.ok()) {
            finishSshFailure(run.device.id, result);
            return;
        }
        const QString output = outputOf(result, 1);
        // CSSM drew the licenses for this code: keep it whatever the router says.
        keepCode(run.device.id, DeviceCode::Kind::Authorization, udiText, QString::fromUtf8(rawXml));
        finishWithRefresh(
            run, previous, result, 2,
            [this, run, output, udiText, licenseCount, hostname, result](const SnapshotBuild &) -> Decision {
                if (!output.contains(QLatin1String("install file successful"), Qt::CaseInsensitive))
                    return {JobStepState::Failed,
                            QStringLiteral("%1: the router refused the authorization code: %2")
                                .arg(hostname, routerComplaint(output))};
                static const QRegularExpression confirmation(
                    QStringLiteral("Confirmation code[:\\s]+([0-9A-Fa-f]{8})"));
                const QString confirmationText = confirmation.match(output).captured(1);
                if (const FormatResult<SlrConfirmationCode> parsed = SlrConfirmationCode::parse(confirmationText);
                    parsed)
                    keepCode(run.device.id, DeviceCode::Kind::Confirmation, udiText, parsed.value().text);
                const ParseResult<Reservation> reservation
                    = ReservationParser::parse(outputOf(result, 2 + reservationOutput));
                bool installed = false;
                for (const UdiAuthorization &entry : reservation.data.perUdi)
                    installed = installed
                        || entry.status.state.contains(QLatin1String("SPECIFIC INSTALLED"), Qt::CaseInsensitive);
                if (!installed)
                    return {
                        JobStepState::Failed,
                        QStringLiteral("%1: the router accepted the code but `show license reservation` does not show "
                                       "SPECIFIC INSTALLED")
                            .arg(hostname)};
                return {JobStepState::Succeeded,
                        QStringLiteral("%1: reservation installed (%2 license(s)), confirmation code %3")
                            .arg(hostname)
                            .arg(licenseCount)
                            .arg(confirmationText.isEmpty() ? QStringLiteral("not printed") : confirmationText)};
            });
    });
}

void SlrJob::returnReservation(const DeviceRun &run, const Previous &previous)
{
    setActivity(run.device.id, QStringLiteral("returning the reservation"));
    const QList<SshStep> steps = withRefresh(
        {SshStep::runCommand(QStringLiteral("license smart reservation return local"), {QStringLiteral("yes")})});
    runSsh(run, steps, [this, run, previous](const SshJobResult &result) {
        if (!result.ok()) {
            finishSshFailure(run.device.id, result);
            return;
        }
        const QString output = outputOf(result, 0);
        buildRefresh(run, previous, result, 1, [this, run, previous, output](const SnapshotBuild &build) {
            const QString hostname = run.device.hostname;
            const FormatResult<SlrReturnCode> code
                = SlrReturnCode::parse(lineAfter(output, QLatin1String("return code")));
            if (!code) {
                finishWithout(
                    run.device.id, JobStepState::Failed,
                    QStringLiteral("%1: the router printed no return code: %2").arg(hostname, routerComplaint(output)));
                return;
            }
            QString udi = build.errors.isEmpty() ? build.snapshot.summary.udi : QString();
            if (udi.isEmpty() && previous)
                udi = previous->summary.udi;
            keepCode(run.device.id, DeviceCode::Kind::Return, udi, code.value().text);
            if (!configuredCssm()) {
                finishWithout(run.device.id, JobStepState::Succeeded,
                              QStringLiteral("%1: reservation returned; return code %2 (enter it in CSSM to credit the "
                                             "licenses back)")
                                  .arg(hostname, code.value().text));
                return;
            }
            creditBack(run, udi, code.value().text);
        });
    });
}

CssmClient *SlrJob::configuredCssm() const
{
    CssmClient *cssm = environment().cssm;
    return cssm && CssmSettingsStore::isConfigured(cssm->settings()) ? cssm : nullptr;
}

void SlrJob::creditBack(const DeviceRun &run, const QString &udi, const QString &returnCode)
{
    setActivity(run.device.id, QStringLiteral("crediting the reservation back in CSSM"));
    CssmRequestJob *credit = environment().cssm->returnReservation(udi, returnCode);
    connect(credit, &CssmRequestJob::finished, this, [this, run, credit, returnCode] {
        credit->deleteLater();
        const QString hostname = run.device.hostname;
        const QString status = credit->json().value(QStringLiteral("status")).toString();
        if (!credit->error().ok() || status != QLatin1String("SUCCESS")) {
            const QString why = credit->error().ok() ? credit->json().value(QStringLiteral("message")).toString()
                                                     : credit->error().message;
            finishWithout(run.device.id, JobStepState::Failed,
                          QStringLiteral("%1: reservation returned on the router (return code %2, kept), but CSSM did "
                                         "not credit it back: %3")
                              .arg(hostname, returnCode, why));
            return;
        }
        finishWithout(run.device.id, JobStepState::Succeeded,
                      QStringLiteral("%1: reservation returned and credited back in CSSM (return code %2)")
                          .arg(hostname, returnCode));
    });
}

void SlrJob::cancelRequest(const DeviceRun &run, const Previous &previous)
{
    setActivity(run.device.id, QStringLiteral("cancelling the reservation request"));
    runSsh(run, withRefresh({SshStep::runCommand(QStringLiteral("license smart reservation cancel local"))}),
           [this, run, previous](const SshJobResult &result) {
               if (!result.ok()) {
                   finishSshFailure(run.device.id, result);
                   return;
               }
               const QString output = outputOf(result, 0);
               const bool refused
                   = result.steps.value(0).exitStatus.value_or(0) != 0 || output.contains(QLatin1String("% "));
               finishWithRefresh(run, previous, result, 1, [run, output, refused](const SnapshotBuild &) -> Decision {
                   if (refused)
                       return {JobStepState::Failed,
                               QStringLiteral("%1: the router refused to cancel: %2")
                                   .arg(run.device.hostname, routerComplaint(output))};
                   return {JobStepState::Succeeded,
                           QStringLiteral("%1: reservation request cancelled").arg(run.device.hostname)};
               });
           });
}

} // namespace slp
