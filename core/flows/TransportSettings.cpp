#include "TransportSettings.h"

#include "ssh/CommandValueValidator.h"

namespace slp {

namespace {

QString changeName(TransportSettings::Change change)
{
    switch (change) {
    case TransportSettings::Change::Keep:
        return QStringLiteral("keep");
    case TransportSettings::Change::Remove:
        return QStringLiteral("none");
    case TransportSettings::Change::Set:
        return QStringLiteral("set");
    }
    return {};
}

TransportSettings::Change changeFromName(const QString &name)
{
    if (name == QLatin1String("none"))
        return TransportSettings::Change::Remove;
    if (name == QLatin1String("set"))
        return TransportSettings::Change::Set;
    return TransportSettings::Change::Keep;
}

} // namespace

QString TransportSettings::validate() const
{
    if (type != TransportType::Cslu && type != TransportType::Smart && type != TransportType::Off)
        return QStringLiteral("transport type: give cslu, smart or off");
    if (!url.isEmpty()) {
        if (type == TransportType::Off)
            return QStringLiteral("URL: transport off takes no URL");
        if (const CommandValueCheck check = CommandValueValidator::url(url); !check)
            return check.message;
    }
    if (proxy == Change::Set) {
        if (const CommandValueCheck check = CommandValueValidator::hostname(proxyHost, QStringLiteral("proxy host"));
            !check)
            return check.message;
        if (proxyPort < 1 || proxyPort > 65535)
            return QStringLiteral("proxy port: %1 is not a port number (1 to 65535)").arg(proxyPort);
    }
    if (vrf == Change::Set) {
        if (const CommandValueCheck check = CommandValueValidator::vrfName(vrfName); !check)
            return check.message;
    }
    return {};
}

QString TransportSettings::describe() const
{
    QStringList parts {transportTypeName(type)};
    if (!url.isEmpty())
        parts.append(QStringLiteral("URL %1").arg(url));
    if (proxy == Change::Set)
        parts.append(QStringLiteral("proxy %1:%2").arg(proxyHost).arg(proxyPort));
    else if (proxy == Change::Remove)
        parts.append(QStringLiteral("no proxy"));
    if (vrf == Change::Set)
        parts.append(QStringLiteral("VRF %1").arg(vrfName));
    else if (vrf == Change::Remove)
        parts.append(QStringLiteral("no VRF"));
    return parts.join(QStringLiteral(", "));
}

QJsonObject TransportSettings::toJson() const
{
    return {{QStringLiteral("type"), transportTypeName(type)},
            {QStringLiteral("url"), url},
            {QStringLiteral("proxy"), changeName(proxy)},
            {QStringLiteral("proxy_host"), proxyHost},
            {QStringLiteral("proxy_port"), proxyPort},
            {QStringLiteral("vrf"), changeName(vrf)},
            {QStringLiteral("vrf_name"), vrfName}};
}

TransportSettings TransportSettings::fromJson(const QJsonObject &object)
{
    TransportSettings settings;
    settings.type = transportTypeFromText(object.value(QStringLiteral("type")).toString());
    settings.url = object.value(QStringLiteral("url")).toString();
    settings.proxy = changeFromName(object.value(QStringLiteral("proxy")).toString());
    settings.proxyHost = object.value(QStringLiteral("proxy_host")).toString();
    settings.proxyPort = object.value(QStringLiteral("proxy_port")).toInt();
    settings.vrf = changeFromName(object.value(QStringLiteral("vrf")).toString());
    settings.vrfName = object.value(QStringLiteral("vrf_name")).toString();
    return settings;
}

TransportSettings TransportSettings::restoring(const Transport &current)
{
    TransportSettings settings;
    settings.type = current.type == TransportType::Unknown ? TransportType::Off : current.type;
    if (current.type == TransportType::Cslu)
        settings.url = current.csluAddress;
    else if (current.type == TransportType::Smart)
        settings.url = current.url;
    if (current.proxyHost) {
        settings.proxy = Change::Set;
        settings.proxyHost = *current.proxyHost;
        settings.proxyPort = current.proxyPort.value_or(0);
    } else {
        settings.proxy = Change::Remove;
    }
    if (current.vrf) {
        settings.vrf = Change::Set;
        settings.vrfName = *current.vrf;
    } else {
        settings.vrf = Change::Remove;
    }
    return settings;
}

} // namespace slp
