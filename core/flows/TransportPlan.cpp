#include "TransportPlan.h"

namespace slp {

namespace {

QString shown(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("<empty>") : value;
}

QString currentUrl(TransportType type, const Transport &status)
{
    return type == TransportType::Cslu ? status.csluAddress : status.url;
}

} // namespace

QStringList TransportPlan::configLines(const TransportSettings &settings, const std::optional<Transport> &current)
{
    QStringList lines;
    if (!current || current->type != settings.type)
        lines.append(QStringLiteral("license smart transport %1").arg(transportTypeName(settings.type)));
    if (!settings.url.isEmpty() && settings.type != TransportType::Off) {
        // The router shows only the URL of the transport in use; after a type change it may hold
        // an old URL for the new type, so the line is sent whenever the type changes too.
        const bool typeChanges = !current || current->type != settings.type;
        if (typeChanges || currentUrl(settings.type, *current) != settings.url)
            lines.append(QStringLiteral("license smart url %1 %2").arg(transportTypeName(settings.type), settings.url));
    }
    switch (settings.proxy) {
    case TransportSettings::Change::Keep:
        break;
    case TransportSettings::Change::Remove:
        if (!current || current->proxyConfigured())
            lines.append(QStringLiteral("no license smart proxy"));
        break;
    case TransportSettings::Change::Set:
        if (!current || current->proxyHost != settings.proxyHost || current->proxyPort != settings.proxyPort)
            lines.append(QStringLiteral("license smart proxy hostname %1 port %2")
                             .arg(settings.proxyHost)
                             .arg(settings.proxyPort));
        break;
    }
    switch (settings.vrf) {
    case TransportSettings::Change::Keep:
        break;
    case TransportSettings::Change::Remove:
        if (!current || current->vrf)
            lines.append(QStringLiteral("no http client vrf"));
        break;
    case TransportSettings::Change::Set:
        if (!current || current->vrf != settings.vrfName)
            lines.append(QStringLiteral("http client vrf %1").arg(settings.vrfName));
        break;
    }
    return lines;
}

QStringList TransportPlan::mismatches(const TransportSettings &settings, const Transport &status)
{
    QStringList differences;
    if (status.type != settings.type)
        differences.append(QStringLiteral("transport type is %1, expected %2")
                               .arg(status.typeText.isEmpty() ? transportTypeName(status.type) : status.typeText,
                                    transportTypeName(settings.type)));
    else if (!settings.url.isEmpty() && settings.type != TransportType::Off
             && currentUrl(settings.type, status) != settings.url)
        differences.append(
            QStringLiteral("URL is %1, expected %2").arg(shown(currentUrl(settings.type, status)), settings.url));
    if (settings.proxy == TransportSettings::Change::Set
        && (status.proxyHost != settings.proxyHost || status.proxyPort != settings.proxyPort))
        differences.append(
            QStringLiteral("proxy is %1, expected %2:%3")
                .arg(status.proxyHost ? QStringLiteral("%1:%2").arg(*status.proxyHost).arg(status.proxyPort.value_or(0))
                                      : QStringLiteral("not configured"),
                     settings.proxyHost)
                .arg(settings.proxyPort));
    if (settings.proxy == TransportSettings::Change::Remove && status.proxyConfigured())
        differences.append(QStringLiteral("proxy is %1, expected none").arg(*status.proxyHost));
    if (settings.vrf == TransportSettings::Change::Set && status.vrf != settings.vrfName)
        differences.append(QStringLiteral("VRF is %1, expected %2")
                               .arg(status.vrf.value_or(QStringLiteral("not configured")), settings.vrfName));
    if (settings.vrf == TransportSettings::Change::Remove && status.vrf)
        differences.append(QStringLiteral("VRF is %1, expected none").arg(*status.vrf));
    return differences;
}

} // namespace slp
