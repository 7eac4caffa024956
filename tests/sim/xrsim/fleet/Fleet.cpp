#include "Fleet.h"

#include "JsonFieldReader.h"
#include "TimeSpec.h"
#include "crypto/Hmac.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace slp::xrsim {

using sim::JsonFieldReader;

namespace {

const QByteArray kDefaultLabKey = QByteArrayLiteral("xrsim-demo-lab-cssm-signing-key-change-me");

qint64 readTime(JsonFieldReader &reader, const QString &key, qint64 now)
{
    if (!reader.has(key))
        return 0;
    const QString text = reader.string(key);
    const std::optional<qint64> value = parseTimeSpec(text, now);
    if (!value) {
        reader.fail(key, QStringLiteral("'%1' is not a time (ISO 8601 UTC or now[+-]N{s,m,h,d})").arg(text));
        return 0;
    }
    return *value;
}

void checkPattern(JsonFieldReader &reader, const QString &key, const QString &value, const QRegularExpression &pattern,
                  const QString &what)
{
    if (!value.isEmpty() && !pattern.match(value).hasMatch())
        reader.fail(key, QStringLiteral("'%1' is not a valid %2").arg(value, what));
}

PolicyCategory readCategory(JsonFieldReader &parent, const QString &key, PolicyCategory fallback, QStringList *errors)
{
    if (!parent.has(key))
        return fallback;
    JsonFieldReader reader(parent.object(key), parent.path(key), errors);
    PolicyCategory category;
    category.firstReportDays
        = static_cast<int>(reader.integer(QStringLiteral("firstReportDays"), fallback.firstReportDays, 0, 3650));
    category.frequencyDays
        = static_cast<int>(reader.integer(QStringLiteral("frequencyDays"), fallback.frequencyDays, 0, 3650));
    category.onChangeDays
        = static_cast<int>(reader.integer(QStringLiteral("onChangeDays"), fallback.onChangeDays, 0, 3650));
    reader.rejectUnknownKeys(
        {QStringLiteral("firstReportDays"), QStringLiteral("frequencyDays"), QStringLiteral("onChangeDays")});
    return category;
}

PolicySpec readPolicy(JsonFieldReader &router, qint64 now, QStringList *errors)
{
    PolicySpec policy;
    if (!router.has(QStringLiteral("policy")))
        return policy;
    const QJsonValue value = router.object().value(QStringLiteral("policy"));
    if (value.isString()) {
        if (value.toString().compare(QLatin1String("cisco-default"), Qt::CaseInsensitive) != 0)
            router.fail(QStringLiteral("policy"), QStringLiteral("expected \"cisco-default\" or an object"));
        return policy;
    }
    JsonFieldReader reader(router.object(QStringLiteral("policy")), router.path(QStringLiteral("policy")), errors);
    policy.ciscoDefault = false;
    policy.name = reader.string(QStringLiteral("name"), QStringLiteral("Custom Policy"));
    policy.ackRequired = reader.boolean(QStringLiteral("ackRequired"), true);
    policy.installedAt = readTime(reader, QStringLiteral("installedAt"), now);
    if (policy.installedAt == 0)
        policy.installedAt = now;
    policy.unenforcedPerpetual
        = readCategory(reader, QStringLiteral("unenforcedPerpetual"), policy.unenforcedPerpetual, errors);
    policy.unenforcedSubscription
        = readCategory(reader, QStringLiteral("unenforcedSubscription"), policy.unenforcedSubscription, errors);
    policy.enforced = readCategory(reader, QStringLiteral("enforced"), policy.enforced, errors);
    policy.exportControlled = readCategory(reader, QStringLiteral("export"), policy.exportControlled, errors);
    reader.rejectUnknownKeys({QStringLiteral("name"), QStringLiteral("ackRequired"), QStringLiteral("installedAt"),
                              QStringLiteral("unenforcedPerpetual"), QStringLiteral("unenforcedSubscription"),
                              QStringLiteral("enforced"), QStringLiteral("export")});
    return policy;
}

// Nested objects report through the router's reader so that paths stay complete.
class Nested
{
public:
    Nested(JsonFieldReader &parent, const QString &key, QStringList *errors)
        : reader(parent.object(key), parent.path(key), errors)
    { }
    JsonFieldReader reader;
};

LicenseSpec readLicense(const QJsonValue &value, const QString &path, QStringList *errors)
{
    LicenseSpec license;
    if (!value.isObject()) {
        errors->append(path + QStringLiteral(": expected an object"));
        return license;
    }
    JsonFieldReader reader(value.toObject(), path, errors);
    license.name = reader.string(QStringLiteral("name"), {}, true);
    license.tag = reader.string(QStringLiteral("tag"), {}, true);
    license.description = reader.string(QStringLiteral("description"), license.name);
    license.version = reader.string(QStringLiteral("version"), QStringLiteral("1.0"));
    license.count = static_cast<int>(reader.integer(QStringLiteral("count"), 1, 0, 1000000));
    license.subscription
        = reader.choice(QStringLiteral("type"), {QStringLiteral("perpetual"), QStringLiteral("subscription")},
                        QStringLiteral("perpetual"))
        == QLatin1String("subscription");
    license.enforced = reader.boolean(QStringLiteral("enforced"), false);
    license.exportRestricted = reader.boolean(QStringLiteral("exportRestricted"), false);
    license.statusOverride = reader.string(QStringLiteral("status"));
    const QJsonObject drift = reader.object(QStringLiteral("drift"));
    if (!drift.isEmpty()) {
        JsonFieldReader driftReader(drift, reader.path(QStringLiteral("drift")), errors);
        license.driftEveryDays = static_cast<int>(driftReader.integer(QStringLiteral("everyDays"), 0, 1, 3650, true));
        license.driftMin = static_cast<int>(driftReader.integer(QStringLiteral("min"), 0, 0, 1000000, true));
        license.driftMax = static_cast<int>(driftReader.integer(QStringLiteral("max"), 0, 0, 1000000, true));
        if (license.driftMax < license.driftMin)
            driftReader.fail(QStringLiteral("max"), QStringLiteral("is smaller than min"));
        driftReader.rejectUnknownKeys({QStringLiteral("everyDays"), QStringLiteral("min"), QStringLiteral("max")});
    }
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9_.+-]{1,64}$"));
    checkPattern(reader, QStringLiteral("name"), license.name, namePattern, QStringLiteral("license name"));
    checkPattern(reader, QStringLiteral("tag"), license.tag, namePattern, QStringLiteral("entitlement tag"));
    reader.rejectUnknownKeys({QStringLiteral("name"), QStringLiteral("tag"), QStringLiteral("description"),
                              QStringLiteral("version"), QStringLiteral("count"), QStringLiteral("type"),
                              QStringLiteral("enforced"), QStringLiteral("exportRestricted"), QStringLiteral("status"),
                              QStringLiteral("drift")});
    return license;
}

FaultSpec readFaultsImpl(const QJsonObject &object, const QString &path, QStringList *errors)
{
    JsonFieldReader reader(object, path, errors);
    FaultSpec faults;
    faults.refuseAuth = reader.boolean(QStringLiteral("refuseAuth"), false);
    faults.hostKeyChanged = reader.boolean(QStringLiteral("hostKeyChanged"), false);
    faults.connectionRefused = reader.boolean(QStringLiteral("connectionRefused"), false);
    faults.slowOutputBytesPerSecond
        = static_cast<int>(reader.integer(QStringLiteral("slowOutputBytesPerSecond"), 0, 0, 100000000));
    faults.stallAfterBytes = static_cast<int>(reader.integer(QStringLiteral("stallAfterBytes"), -1, -1, 100000000));
    faults.disconnectAfterBytes
        = static_cast<int>(reader.integer(QStringLiteral("disconnectAfterBytes"), -1, -1, 100000000));
    faults.garbage = reader.boolean(QStringLiteral("garbage"), false);
    faults.invalidCommands = reader.stringList(QStringLiteral("invalidCommands"));
    faults.diskFull = reader.boolean(QStringLiteral("diskFull"), false);
    faults.clockOffsetSeconds = reader.integer(QStringLiteral("clockOffsetSeconds"), 0, -315360000, 315360000);
    faults.commitIgnores = reader.stringList(QStringLiteral("commitIgnores"));
    reader.rejectUnknownKeys({QStringLiteral("refuseAuth"), QStringLiteral("hostKeyChanged"),
                              QStringLiteral("connectionRefused"), QStringLiteral("slowOutputBytesPerSecond"),
                              QStringLiteral("stallAfterBytes"), QStringLiteral("disconnectAfterBytes"),
                              QStringLiteral("garbage"), QStringLiteral("invalidCommands"), QStringLiteral("diskFull"),
                              QStringLiteral("clockOffsetSeconds"), QStringLiteral("commitIgnores")});
    return faults;
}

// Fleet-wide "defaults" apply to every router that does not set the field itself.
QJsonObject withDefaults(const QJsonObject &router, const QJsonObject &defaults)
{
    QJsonObject merged = defaults;
    for (auto it = router.constBegin(); it != router.constEnd(); ++it)
        merged.insert(it.key(), it.value());
    return merged;
}

RouterSpec readRouter(const QJsonObject &object, const QString &path, qint64 now, const QByteArray &labKey,
                      QStringList *errors)
{
    JsonFieldReader reader(object, path, errors);
    RouterSpec router;
    router.hostname = reader.string(QStringLiteral("hostname"), {}, true);
    router.pid = reader.string(QStringLiteral("pid"), {}, true);
    router.serial = reader.string(QStringLiteral("serial"), {}, true);
    router.version = reader.string(QStringLiteral("version"), router.version);
    router.smartAccount = reader.string(QStringLiteral("smartAccount"));
    router.virtualAccount = reader.string(QStringLiteral("virtualAccount"));
    router.address = reader.string(QStringLiteral("address"));
    router.port = static_cast<int>(reader.integer(QStringLiteral("port"), -1, 0, 65535));

    static const QRegularExpression hostnamePattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_.-]{0,62}$"));
    static const QRegularExpression pidPattern(QStringLiteral("^[A-Z0-9][A-Z0-9-]{1,40}$"));
    static const QRegularExpression serialPattern(QStringLiteral("^[A-Z0-9]{4,20}$"));
    static const QRegularExpression versionPattern(QStringLiteral("^\\d{1,2}\\.\\d{1,2}\\.\\d{1,2}[A-Za-z0-9.]*$"));
    checkPattern(reader, QStringLiteral("hostname"), router.hostname, hostnamePattern, QStringLiteral("hostname"));
    checkPattern(reader, QStringLiteral("pid"), router.pid, pidPattern, QStringLiteral("product id"));
    checkPattern(reader, QStringLiteral("serial"), router.serial, serialPattern, QStringLiteral("serial number"));
    checkPattern(reader, QStringLiteral("version"), router.version, versionPattern, QStringLiteral("IOS XR version"));

    if (reader.has(QStringLiteral("standby"))) {
        Nested standby(reader, QStringLiteral("standby"), errors);
        router.standbyPid = standby.reader.string(QStringLiteral("pid"), router.pid);
        router.standbySerial = standby.reader.string(QStringLiteral("serial"), {}, true);
        checkPattern(standby.reader, QStringLiteral("serial"), router.standbySerial, serialPattern,
                     QStringLiteral("serial number"));
        standby.reader.rejectUnknownKeys({QStringLiteral("pid"), QStringLiteral("serial")});
    }

    const QJsonArray licenses = reader.array(QStringLiteral("licenses"));
    QSet<QString> tags;
    for (qsizetype i = 0; i < licenses.size(); ++i) {
        const QString licensePath = reader.path(QStringLiteral("licenses[%1]").arg(i));
        LicenseSpec license = readLicense(licenses.at(i), licensePath, errors);
        if (tags.contains(license.tag))
            errors->append(licensePath + QStringLiteral(".tag: '%1' is listed twice").arg(license.tag));
        tags.insert(license.tag);
        router.licenses.append(license);
    }

    router.policy = readPolicy(reader, now, errors);

    if (reader.has(QStringLiteral("transport"))) {
        Nested transport(reader, QStringLiteral("transport"), errors);
        JsonFieldReader &t = transport.reader;
        router.transport.type = t.choice(
            QStringLiteral("type"),
            {QStringLiteral("cslu"), QStringLiteral("smart"), QStringLiteral("off"), QStringLiteral("callhome")},
            QStringLiteral("cslu"));
        router.transport.csluUrl = t.string(QStringLiteral("csluUrl"));
        router.transport.smartUrl = t.string(QStringLiteral("smartUrl"));
        router.transport.proxyHost = t.string(QStringLiteral("proxyHost"));
        router.transport.proxyPort = static_cast<int>(t.integer(QStringLiteral("proxyPort"), 0, 0, 65535));
        router.transport.vrf = t.string(QStringLiteral("vrf"));
        t.rejectUnknownKeys({QStringLiteral("type"), QStringLiteral("csluUrl"), QStringLiteral("smartUrl"),
                             QStringLiteral("proxyHost"), QStringLiteral("proxyPort"), QStringLiteral("vrf")});
    }

    if (reader.has(QStringLiteral("reporting"))) {
        Nested reporting(reader, QStringLiteral("reporting"), errors);
        JsonFieldReader &r = reporting.reader;
        router.reporting.firstUse = readTime(r, QStringLiteral("firstUse"), now);
        router.reporting.lastAck = readTime(r, QStringLiteral("lastAck"), now);
        router.reporting.lastReportPush = readTime(r, QStringLiteral("lastReportPush"), now);
        router.reporting.pushIntervalDays = static_cast<int>(r.integer(QStringLiteral("pushIntervalDays"), 30, 1, 365));
        if (router.reporting.lastAck != 0 && router.reporting.lastAck < router.reporting.firstUse)
            r.fail(QStringLiteral("lastAck"), QStringLiteral("is before firstUse"));
        r.rejectUnknownKeys({QStringLiteral("firstUse"), QStringLiteral("lastAck"), QStringLiteral("lastReportPush"),
                             QStringLiteral("pushIntervalDays")});
    }
    if (router.reporting.firstUse == 0)
        router.reporting.firstUse = now - 86400;

    if (reader.has(QStringLiteral("trust"))) {
        Nested trust(reader, QStringLiteral("trust"), errors);
        router.trust.activeInstalledAt = readTime(trust.reader, QStringLiteral("installed"), now);
        router.trust.standbyInstalledAt = readTime(trust.reader, QStringLiteral("standbyInstalled"), now);
        trust.reader.rejectUnknownKeys({QStringLiteral("installed"), QStringLiteral("standbyInstalled")});
    }

    if (reader.has(QStringLiteral("reservation"))) {
        Nested reservation(reader, QStringLiteral("reservation"), errors);
        JsonFieldReader &r = reservation.reader;
        router.reservation.enabled = r.boolean(QStringLiteral("enabled"), false);
        router.reservation.state = r.choice(
            QStringLiteral("state"), {QStringLiteral("none"), QStringLiteral("requested"), QStringLiteral("installed")},
            QStringLiteral("none"));
        router.reservation.since = readTime(r, QStringLiteral("since"), now);
        if (router.reservation.since == 0)
            router.reservation.since = now;
        if (router.reservation.state != QLatin1String("none"))
            router.reservation.enabled = true;
        const QJsonArray reserved = r.array(QStringLiteral("licenses"));
        for (qsizetype i = 0; i < reserved.size(); ++i) {
            JsonFieldReader entry(reserved.at(i).toObject(), r.path(QStringLiteral("licenses[%1]").arg(i)), errors);
            router.reservation.reserved.append(
                {entry.string(QStringLiteral("tag"), {}, true),
                 static_cast<int>(entry.integer(QStringLiteral("count"), 1, 0, 1000000))});
        }
        r.rejectUnknownKeys(
            {QStringLiteral("enabled"), QStringLiteral("state"), QStringLiteral("since"), QStringLiteral("licenses")});
    }

    if (reader.has(QStringLiteral("credentials"))) {
        Nested credentials(reader, QStringLiteral("credentials"), errors);
        JsonFieldReader &c = credentials.reader;
        router.credentials.username = c.string(QStringLiteral("username"), router.credentials.username);
        router.credentials.password = c.string(QStringLiteral("password"));
        router.credentials.authorizedKeys = c.stringList(QStringLiteral("authorizedKeys"));
        c.rejectUnknownKeys({QStringLiteral("username"), QStringLiteral("password"), QStringLiteral("authorizedKeys")});
    }
    if (router.credentials.password.isEmpty() && router.credentials.authorizedKeys.isEmpty())
        reader.fail(QStringLiteral("credentials"), QStringLiteral("needs a password or at least one authorized key"));

    if (reader.has(QStringLiteral("faults")))
        router.faults
            = readFaultsImpl(reader.object(QStringLiteral("faults")), reader.path(QStringLiteral("faults")), errors);

    const QString signingKey = reader.string(QStringLiteral("signingKey"));
    if (!signingKey.isEmpty()) {
        router.signingKey = QByteArray::fromHex(signingKey.toLatin1());
        if (router.signingKey.size() < 16 || router.signingKey.toHex() != signingKey.toLower().toLatin1())
            reader.fail(QStringLiteral("signingKey"), QStringLiteral("expected at least 32 hex digits"));
    } else {
        router.signingKey = derivedRouterSigningKey(labKey, router.udi());
    }

    reader.rejectUnknownKeys({QStringLiteral("hostname"), QStringLiteral("pid"), QStringLiteral("serial"),
                              QStringLiteral("standby"), QStringLiteral("version"), QStringLiteral("smartAccount"),
                              QStringLiteral("virtualAccount"), QStringLiteral("licenses"), QStringLiteral("policy"),
                              QStringLiteral("transport"), QStringLiteral("reporting"), QStringLiteral("trust"),
                              QStringLiteral("reservation"), QStringLiteral("credentials"), QStringLiteral("faults"),
                              QStringLiteral("signingKey"), QStringLiteral("address"), QStringLiteral("port"),
                              QStringLiteral("description")});
    reader.string(QStringLiteral("description")); // free text for people reading the file; type-checked only
    return router;
}

} // namespace

FaultSpec parseFaults(const QJsonObject &object, const QString &path, QStringList *errors)
{
    return readFaultsImpl(object, path, errors);
}

QJsonObject faultsToJson(const FaultSpec &faults)
{
    return {{QStringLiteral("refuseAuth"), faults.refuseAuth},
            {QStringLiteral("hostKeyChanged"), faults.hostKeyChanged},
            {QStringLiteral("connectionRefused"), faults.connectionRefused},
            {QStringLiteral("slowOutputBytesPerSecond"), faults.slowOutputBytesPerSecond},
            {QStringLiteral("stallAfterBytes"), faults.stallAfterBytes},
            {QStringLiteral("disconnectAfterBytes"), faults.disconnectAfterBytes},
            {QStringLiteral("garbage"), faults.garbage},
            {QStringLiteral("invalidCommands"), QJsonArray::fromStringList(faults.invalidCommands)},
            {QStringLiteral("diskFull"), faults.diskFull},
            {QStringLiteral("clockOffsetSeconds"), static_cast<double>(faults.clockOffsetSeconds)},
            {QStringLiteral("commitIgnores"), QJsonArray::fromStringList(faults.commitIgnores)}};
}

QByteArray derivedRouterSigningKey(const QByteArray &cssmSigningKey, const QString &udi)
{
    return hmacSha256(cssmSigningKey, QByteArrayLiteral("router-signing-key|") + udi.toUtf8());
}

Fleet parseFleet(const QByteArray &json, qint64 now, QStringList *errors)
{
    Fleet fleet;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors->append(QStringLiteral("offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
        return fleet;
    }
    if (!document.isObject()) {
        errors->append(QStringLiteral("top level: expected an object with \"routers\""));
        return fleet;
    }
    JsonFieldReader top(document.object(), {}, errors);
    const QString schema = top.string(QStringLiteral("schema"), QStringLiteral("xrsim-fleet/1"));
    if (schema != QLatin1String("xrsim-fleet/1"))
        top.fail(QStringLiteral("schema"),
                 QStringLiteral("'%1' is not supported (expected xrsim-fleet/1)").arg(schema));

    fleet.cssmSigningKey = kDefaultLabKey;
    if (top.has(QStringLiteral("lab"))) {
        JsonFieldReader lab(top.object(QStringLiteral("lab")), QStringLiteral("lab"), errors);
        const QString key = lab.string(QStringLiteral("cssmSigningKey"));
        if (!key.isEmpty()) {
            fleet.cssmSigningKey = QByteArray::fromHex(key.toLatin1());
            if (fleet.cssmSigningKey.size() < 16 || fleet.cssmSigningKey.toHex() != key.toLower().toLatin1())
                lab.fail(QStringLiteral("cssmSigningKey"), QStringLiteral("expected at least 32 hex digits"));
        }
        lab.rejectUnknownKeys({QStringLiteral("cssmSigningKey"), QStringLiteral("name")});
    }

    const QJsonObject defaults = top.object(QStringLiteral("defaults"));
    if (!top.has(QStringLiteral("routers")))
        top.fail(QStringLiteral("routers"), QStringLiteral("missing (required)"));
    const QJsonArray routers = top.array(QStringLiteral("routers"));
    QSet<QString> hostnames;
    QSet<QString> udis;
    for (qsizetype i = 0; i < routers.size(); ++i) {
        const QString path = QStringLiteral("routers[%1]").arg(i);
        if (!routers.at(i).isObject()) {
            errors->append(path + QStringLiteral(": expected an object"));
            continue;
        }
        RouterSpec router
            = readRouter(withDefaults(routers.at(i).toObject(), defaults), path, now, fleet.cssmSigningKey, errors);
        if (hostnames.contains(router.hostname.toLower()))
            errors->append(path + QStringLiteral(".hostname: '%1' is used twice").arg(router.hostname));
        if (udis.contains(router.udi()))
            errors->append(path + QStringLiteral(".serial: UDI %1 is used twice").arg(router.udi()));
        hostnames.insert(router.hostname.toLower());
        udis.insert(router.udi());
        fleet.routers.append(router);
    }
    top.rejectUnknownKeys(
        {QStringLiteral("schema"), QStringLiteral("lab"), QStringLiteral("defaults"), QStringLiteral("routers")});
    return fleet;
}

} // namespace slp::xrsim
