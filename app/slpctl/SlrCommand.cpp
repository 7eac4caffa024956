// slpctl slr: Specific License Reservation on devices (request, install, return, cancel) and the
// codes kept per device.
#include "CliContext.h"
#include "CommandLine.h"
#include "DeviceFlowCommand.h"
#include "DeviceSelection.h"
#include "FutureWait.h"
#include "OptionParser.h"

#include "flows/SlrJob.h"
#include "store/DeviceCodes.h"
#include "store/Store.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace slp::cli {

namespace {

const QString usage = QStringLiteral(
    "Usage: slpctl slr request [--online] (--all | NAME...) [job options]\n"
    "       slpctl slr install (--auth-file FILE | --online) (--all | NAME...) [job options]\n"
    "       slpctl slr return (--all | NAME...) [job options]\n"
    "       slpctl slr cancel (--all | NAME...) [job options]\n"
    "       slpctl slr codes [NAME] [--json]\n\n"
    "request: enables reservation (config mode + commit), runs `license smart reservation request local`\n"
    "  and keeps the request code; with --online it goes on to install a code from CSSM.\n"
    "install: --online reserves the licenses each device uses now (its latest snapshot) in CSSM for its\n"
    "  kept request code; --auth-file FILE takes the codes from a file CSSM gave you, matched to the\n"
    "  devices by UDI (a device without its code in the file is refused before its router is touched).\n"
    "  The code is uploaded (SFTP), installed, the reserved state checked, the confirmation code kept.\n"
    "return: `license smart reservation return local`; the return code is kept and, when CSSM is\n"
    "  configured (`slpctl cssm configure`), credited back there.\n"
    "cancel: `license smart reservation cancel local` (a pending request).\n"
    "codes: the request, authorization, confirmation and return codes kept per device.\n"
    "Exit status 0 only when every device succeeded.\n");

int listCodes(CliContext &context, const OptionParser &options)
{
    if (!context.openStore())
        return ExitFailed;
    const QStringList names = options.positional().mid(1);
    QHash<qint64, QString> hostnames;
    qint64 deviceId = 0;
    const std::optional<QList<DeviceRecord>> devices = selectDevices(context, names);
    if (!devices)
        return ExitFailed;
    for (const DeviceRecord &device : *devices)
        hostnames.insert(device.id, device.hostname);
    if (!names.isEmpty() && devices->size() == 1)
        deviceId = devices->first().id;
    const StoreResult<QList<DeviceCode>> codes = await(DeviceCodes(context.store()).list(deviceId));
    if (!codes.ok()) {
        context.error(codes.error.message);
        return ExitFailed;
    }
    if (options.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const DeviceCode &code : codes.value) {
            if (!hostnames.contains(code.deviceId))
                continue;
            array.append(QJsonObject {{QStringLiteral("device"), hostnames.value(code.deviceId)},
                                      {QStringLiteral("kind"), DeviceCode::kindName(code.kind)},
                                      {QStringLiteral("udi"), code.udi},
                                      {QStringLiteral("code"), code.code},
                                      {QStringLiteral("job_id"), code.jobId},
                                      {QStringLiteral("created_at"), code.createdAt.toString(Qt::ISODate)}});
        }
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    int shown = 0;
    for (const DeviceCode &code : codes.value) {
        if (!hostnames.contains(code.deviceId))
            continue;
        // Authorization codes are long XML: --json has them whole.
        QString text = code.code;
        if (text.size() > 60)
            text = text.left(57) + QStringLiteral("...");
        out() << hostnames.value(code.deviceId) << "  " << code.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
              << "  " << DeviceCode::kindName(code.kind).leftJustified(13) << "  " << code.udi << "  " << text << '\n';
        ++shown;
    }
    if (shown == 0)
        out() << "no SLR codes kept\n";
    return ExitOk;
}

} // namespace

int runSlr(const QStringList &arguments)
{
    QStringList args = arguments;
    const std::unique_ptr<CliContext> context = CliContext::create(QStringLiteral("slr"), args);
    if (!context)
        return ExitUsage;
    OptionParser options(*context, usage);
    options.addOption(QStringLiteral("online"), QStringLiteral("Authorization codes from CSSM."));
    options.addOption(QStringLiteral("auth-file"), QStringLiteral("Authorization code file from CSSM."),
                      QStringLiteral("FILE"));
    options.addOption(QStringLiteral("json"), QStringLiteral("codes: print JSON."));
    DeviceFlowCommand::addOptions(options);
    if (const auto stop = options.parse(args))
        return *stop;
    const QString action = options.positional().value(0);
    if (action == QLatin1String("codes"))
        return listCodes(*context, options);
    SlrJob::Settings settings;
    if (action == QLatin1String("request"))
        settings.mode = SlrJob::Mode::Request;
    else if (action == QLatin1String("install"))
        settings.mode = SlrJob::Mode::Install;
    else if (action == QLatin1String("return"))
        settings.mode = SlrJob::Mode::Return;
    else if (action == QLatin1String("cancel"))
        settings.mode = SlrJob::Mode::Cancel;
    else {
        context->error(action.isEmpty() ? QStringLiteral("what? give request, install, return, cancel or codes")
                                        : QStringLiteral("unknown action \"%1\": give request, install, return, "
                                                         "cancel or codes")
                                              .arg(action));
        return ExitUsage;
    }
    settings.online = options.isSet(QStringLiteral("online"));
    if (options.isSet(QStringLiteral("auth-file")))
        settings.authorizationFile = QFileInfo(options.value(QStringLiteral("auth-file"))).absoluteFilePath();
    if (settings.mode == SlrJob::Mode::Install && settings.online == !settings.authorizationFile.isEmpty()) {
        context->error(QStringLiteral("install: give either --auth-file FILE or --online"));
        return ExitUsage;
    }
    if (settings.mode != SlrJob::Mode::Install && !settings.authorizationFile.isEmpty()) {
        context->error(QStringLiteral("--auth-file belongs to `slr install`"));
        return ExitUsage;
    }
    if ((settings.mode == SlrJob::Mode::Return || settings.mode == SlrJob::Mode::Cancel) && settings.online) {
        context->error(QStringLiteral("--online belongs to `slr request` and `slr install`"));
        return ExitUsage;
    }
    DeviceFlowCommand::CssmUse cssm = DeviceFlowCommand::CssmUse::None;
    if (settings.online)
        cssm = DeviceFlowCommand::CssmUse::Required;
    else if (settings.mode == SlrJob::Mode::Return)
        cssm = DeviceFlowCommand::CssmUse::IfConfigured;
    DeviceFlowCommand flow(*context, options, cssm);
    flow.makeJob = [&settings](const JobEnvironment &environment, const JobOptions &jobOptions) -> Job * {
        return new SlrJob(environment, jobOptions, settings);
    };
    return flow.run(options.positional().mid(1));
}

} // namespace slp::cli
