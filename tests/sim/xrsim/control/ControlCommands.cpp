#include "ControlCommands.h"

#include "fleet/Fleet.h"
#include "fleet/TimeSpec.h"
#include "lab/Lab.h"
#include "router/Compliance.h"
#include "router/Router.h"

#include <QJsonArray>

namespace slp::xrsim {

namespace {

QJsonObject failure(const QString &message)
{
    return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), message}};
}

QJsonObject success(QJsonObject object = {})
{
    object.insert(QStringLiteral("ok"), true);
    return object;
}

} // namespace

ControlCommands::ControlCommands(Lab &lab)
    : m_lab(lab)
{ }

QJsonObject ControlCommands::run(const QJsonObject &request, bool *shutdown)
{
    const QString command = request.value(QStringLiteral("cmd")).toString();
    if (command == QLatin1String("ping"))
        return success({{QStringLiteral("liveConnections"), m_lab.liveConnections()}});
    if (command == QLatin1String("routers")) {
        QJsonArray names;
        for (const auto &router : m_lab.routers())
            names.append(router->spec().hostname);
        return success({{QStringLiteral("routers"), names}});
    }
    if (command == QLatin1String("clock"))
        return clock();
    if (command == QLatin1String("advanceClock")) {
        const QJsonValue seconds = request.value(QStringLiteral("seconds"));
        if (!seconds.isDouble() || seconds.toDouble() < 0 || seconds.toDouble() > 20 * 365 * 86400.0)
            return failure(QStringLiteral("seconds: expected a number of seconds between 0 and 20 years"));
        m_lab.clock().jump(static_cast<qint64>(seconds.toDouble()));
        m_lab.saveClock();
        return clock();
    }
    if (command == QLatin1String("setClockRate")) {
        const double rate = request.value(QStringLiteral("rate")).toDouble();
        if (rate <= 0 || rate > 1e7)
            return failure(QStringLiteral("rate: expected a positive number up to 1e7"));
        m_lab.clock().setRate(rate);
        return clock();
    }
    if (command == QLatin1String("setFaults"))
        return setFaults(request);
    if (command == QLatin1String("shutdown")) {
        *shutdown = true;
        return success();
    }
    const QString hostname = request.value(QStringLiteral("router")).toString();
    Router *router = m_lab.router(hostname);
    if (command == QLatin1String("state") || command == QLatin1String("setUsage")
        || command == QLatin1String("patchState") || command == QLatin1String("resetRouter")) {
        if (!router)
            return failure(QStringLiteral("router: no router named '%1'").arg(hostname));
        if (command == QLatin1String("state"))
            return state(*router);
        if (command == QLatin1String("setUsage"))
            return setUsage(*router, request);
        if (command == QLatin1String("patchState"))
            return patchState(*router, request);
        router->factoryReset();
        return state(*router);
    }
    return failure(QStringLiteral("cmd: unknown command '%1'").arg(command));
}

QJsonObject ControlCommands::clock()
{
    return success({{QStringLiteral("now"), static_cast<double>(m_lab.clock().now())},
                    {QStringLiteral("rate"), m_lab.clock().rate()}});
}

QJsonObject ControlCommands::state(Router &router)
{
    Router::Access access(router);
    return success({{QStringLiteral("router"), router.spec().hostname},
                    {QStringLiteral("now"), static_cast<double>(access.now())},
                    {QStringLiteral("nextAckDeadline"),
                     static_cast<double>(Compliance::nextAckDeadline(access.spec(), access.state()))},
                    {QStringLiteral("faults"), faultsToJson(router.faults())},
                    {QStringLiteral("state"), access.state().toJson()}});
}

QJsonObject ControlCommands::setFaults(const QJsonObject &request)
{
    QStringList errors;
    const FaultSpec faults
        = parseFaults(request.value(QStringLiteral("faults")).toObject(), QStringLiteral("faults"), &errors);
    if (!request.value(QStringLiteral("faults")).isObject())
        errors.append(QStringLiteral("faults: expected an object"));
    if (!errors.isEmpty())
        return failure(errors.join(QStringLiteral("; ")));
    const QString hostname = request.value(QStringLiteral("router")).toString();
    QJsonArray changed;
    for (const auto &router : m_lab.routers()) {
        if (hostname == QLatin1String("*") || router->spec().hostname.compare(hostname, Qt::CaseInsensitive) == 0) {
            router->setFaults(faults);
            changed.append(router->spec().hostname);
        }
    }
    if (changed.isEmpty())
        return failure(QStringLiteral("router: no router named '%1'").arg(hostname));
    return success({{QStringLiteral("routers"), changed}, {QStringLiteral("faults"), faultsToJson(faults)}});
}

QJsonObject ControlCommands::setUsage(Router &router, const QJsonObject &request)
{
    const QString tag = request.value(QStringLiteral("tag")).toString();
    const QJsonValue count = request.value(QStringLiteral("count"));
    if (!count.isDouble() || count.toDouble() < 0 || count.toDouble() > 1000000)
        return failure(QStringLiteral("count: expected an integer 0..1000000"));
    {
        Router::Access access(router);
        if (!access.changeUsage(tag, count.toInt()))
            return failure(
                QStringLiteral("tag: router %1 has no license with tag '%2'").arg(router.spec().hostname, tag));
    }
    return state(router);
}

QJsonObject ControlCommands::patchState(Router &router, const QJsonObject &request)
{
    {
        Router::Access access(router);
        RouterState &state = access.state();
        const qint64 now = access.now();
        QStringList errors;
        auto time = [&](const QJsonObject &object, const QString &key, qint64 *target) {
            if (!object.contains(key))
                return;
            if (object.value(key).isNull()) {
                *target = 0;
                return;
            }
            const auto value = parseTimeSpec(object.value(key).toString(), now);
            if (!value)
                errors.append(key + QStringLiteral(": not a time"));
            else
                *target = *value;
        };
        const QJsonObject trust = request.value(QStringLiteral("trust")).toObject();
        time(trust, QStringLiteral("installed"), &state.trust.activeInstalledAt);
        time(trust, QStringLiteral("standbyInstalled"), &state.trust.standbyInstalledAt);
        const QJsonObject reporting = request.value(QStringLiteral("reporting")).toObject();
        time(reporting, QStringLiteral("lastAck"), &state.reporting.lastAck);
        time(reporting, QStringLiteral("lastReportPush"), &state.reporting.lastReportPush);
        const QJsonObject transport = request.value(QStringLiteral("transport")).toObject();
        for (auto it = transport.constBegin(); it != transport.constEnd(); ++it) {
            if (it.key() == QLatin1String("type"))
                state.transport.type = it.value().toString();
            else if (it.key() == QLatin1String("csluUrl"))
                state.transport.csluUrl = it.value().toString();
            else if (it.key() == QLatin1String("smartUrl"))
                state.transport.smartUrl = it.value().toString();
            else
                errors.append(QStringLiteral("transport.%1: not patchable").arg(it.key()));
        }
        if (!errors.isEmpty())
            return failure(errors.join(QStringLiteral("; ")));
        access.markChanged();
    }
    return state(router);
}

} // namespace slp::xrsim
