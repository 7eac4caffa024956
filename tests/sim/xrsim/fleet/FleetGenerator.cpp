#include "FleetGenerator.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>

namespace slp::xrsim {

namespace {

struct Entitlement
{
    const char *name;
    const char *tag;
    const char *description;
    bool subscription;
};

struct Platform
{
    const char *pid;
    const char *serialPrefix;
    QList<Entitlement> catalog;
    bool modular; // has room for a standby route processor
};

const QList<Platform> &platforms()
{
    static const QList<Entitlement> asr9k {
        {"A9K_400GE_TRK", "A9K-400GE-LAN-TRK", "Total A9K-400GE LCs in the system", false},
        {"A9K_MOD400_TRK", "A9K-MOD400-TRK", "Total A9K-MOD400 in the system", false},
        {"ESS_100G_RTU_1", "ESS-SE-100G-RTU-1", "Essentials Software RTU License (per 100G) for Edge", false},
        {"ADV_100G_RTU_1", "ADV-SE-100G-RTU-1", "Advantage Software RTU License (per 100G) for Edge", false},
        {"ESS_ED_100G_SIA_3", "ESS-ED-100G-SIA3", "Essentials Edge Subscription SIA", true},
    };
    static const QList<Entitlement> ncs5500 {
        {"ESS_CA_100G_RTU_1", "ESS-CA-100G-RTU-1", "Core and Aggr Essentials SW Right-to-Use per 100G for NCS 5500",
         false},
        {"ADV_CA_100G_RTU_1", "ADV-CA-100G-RTU-1", "Core and Aggr Advantage SW Right-to-Use per 100G for NCS 5500",
         false},
        {"ESS_CA_100G_SIA_3", "ESS-CA-100G-SIA3", "Core and Aggr Essentials Subscription SIA for NCS 5500", true},
    };
    static const QList<Entitlement> cisco8000 {
        {"ESS_100G_CA_RTU_2", "ESS-CA-100G-RTU-2",
         "Core and Aggr Essentials SW Right-to-Use per 100G for Cisco 8000 series", false},
        {"ADV_100G_CA_RTU_2", "ADV-CA-100G-RTU-2",
         "Core and Aggr Advantage SW Right-to-Use per 100G for Cisco 8000 series", false},
        {"ADV_100G_CA_SIA_3", "ADV-CA-100G-SIA3", "Core and Aggr Advantage Subscription SIA for Cisco 8000 series",
         true},
    };
    static const QList<Entitlement> ncs540 {
        {"ESS_AC_10G_RTU_1", "ESS-AC-10G-RTU-1", "Access Essentials SW Right-to-Use per 10G for NCS 540", false},
        {"ESS_AC_10G_SIA_3", "ESS-AC-10G-SIA3", "Access Essentials Subscription SIA for NCS 540", true},
    };
    static const QList<Platform> list {
        {"ASR-9006-AC", "FOX", asr9k, true},       {"ASR-9010-AC", "FOX", asr9k, true},
        {"ASR-9903", "FOC", asr9k, false},         {"NCS-5501-SE", "FOC", ncs5500, false},
        {"NCS-55A2-MOD-S", "FOC", ncs5500, false}, {"NCS-5504", "FOX", ncs5500, true},
        {"8201-32FH", "FLM", cisco8000, false},    {"8202-32FH-M", "FLM", cisco8000, false},
        {"N540-24Z8Q2C-M", "FOC", ncs540, false},
    };
    return list;
}

const QStringList kVersions {QStringLiteral("25.2.1"), QStringLiteral("25.1.1"), QStringLiteral("24.4.1"),
                             QStringLiteral("24.2.1"), QStringLiteral("24.2.1"), QStringLiteral("24.1.1"),
                             QStringLiteral("7.11.1")};
const QStringList kSites {QStringLiteral("fra"), QStringLiteral("ams"), QStringLiteral("par"), QStringLiteral("lon"),
                          QStringLiteral("mad"), QStringLiteral("mil"), QStringLiteral("waw"), QStringLiteral("vie"),
                          QStringLiteral("zrh"), QStringLiteral("cph"), QStringLiteral("osl"), QStringLiteral("dub")};
const QStringList kRoles {QStringLiteral("pe"), QStringLiteral("p"), QStringLiteral("agg"), QStringLiteral("bng"),
                          QStringLiteral("cr")};

QString days(const char *sign, int value)
{
    return QStringLiteral("now%1%2d").arg(QLatin1String(sign)).arg(value);
}

QString serial(QRandomGenerator &random, const char *prefix, QSet<QString> &used)
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
    for (;;) {
        QString text = QLatin1String(prefix) + QString::number(random.bounded(1000, 2999));
        for (int i = 0; i < 4; ++i)
            text += QLatin1Char(alphabet[random.bounded(34)]);
        if (!used.contains(text)) {
            used.insert(text);
            return text;
        }
    }
}

} // namespace

QStringList FleetGenerator::profiles()
{
    return {QStringLiteral("healthy"),        QStringLiteral("due-soon"), QStringLiteral("overdue"),
            QStringLiteral("never-reported"), QStringLiteral("no-trust"), QStringLiteral("pending"),
            QStringLiteral("slr-installed"),  QStringLiteral("ha"),       QStringLiteral("unreachable"),
            QStringLiteral("healthy")};
}

QJsonObject FleetGenerator::generate(int count, quint64 seed)
{
    QRandomGenerator random(static_cast<quint32>(seed ^ (seed >> 32)));
    const QStringList profileList = profiles();
    // After the first round, mostly healthy routers with a realistic share of problems.
    const QStringList weighted {QStringLiteral("healthy"), QStringLiteral("healthy"),        QStringLiteral("healthy"),
                                QStringLiteral("healthy"), QStringLiteral("healthy"),        QStringLiteral("due-soon"),
                                QStringLiteral("overdue"), QStringLiteral("never-reported"), QStringLiteral("no-trust"),
                                QStringLiteral("pending"), QStringLiteral("slr-installed"),  QStringLiteral("ha"),
                                QStringLiteral("ha"),      QStringLiteral("unreachable")};
    QSet<QString> serials;
    QSet<QString> hostnames;
    QJsonArray routers;
    for (int i = 0; i < count; ++i) {
        const QString profile = i < profileList.size() ? profileList.at(i)
                                                       : weighted.at(random.bounded(static_cast<int>(weighted.size())));
        const Platform *chosen = &platforms().at(random.bounded(static_cast<int>(platforms().size())));
        // Only modular chassis have a standby route processor.
        while (profile == QLatin1String("ha") && !chosen->modular)
            chosen = &platforms().at(random.bounded(static_cast<int>(platforms().size())));
        const Platform &platform = *chosen;
        QString hostname;
        for (int attempt = 0; hostname.isEmpty() || hostnames.contains(hostname); ++attempt) {
            const QString site = kSites.at(random.bounded(static_cast<int>(kSites.size())));
            const QString role = kRoles.at(random.bounded(static_cast<int>(kRoles.size())));
            // Large fleets run out of two-digit names: then the index keeps names unique.
            hostname = attempt < 20
                ? QStringLiteral("%1-%2%3").arg(site, role).arg(random.bounded(1, 100), 2, 10, QLatin1Char('0'))
                : QStringLiteral("%1-%2%3").arg(site, role).arg(i + 100);
        }
        hostnames.insert(hostname);

        QJsonObject router {{QStringLiteral("hostname"), hostname},
                            {QStringLiteral("description"), profile},
                            {QStringLiteral("pid"), QLatin1String(platform.pid)},
                            {QStringLiteral("serial"), serial(random, platform.serialPrefix, serials)}};
        // Profiles about reporting need Smart Licensing Using Policy; classic 7.x only for healthy routers.
        QString version = kVersions.at(random.bounded(static_cast<int>(kVersions.size())));
        if (version.startsWith(QLatin1String("7.")) && profile != QLatin1String("healthy"))
            version = QStringLiteral("24.2.1");
        router.insert(QStringLiteral("version"), version);
        router.insert(QStringLiteral("smartAccount"), QStringLiteral("BU Network Operations"));
        router.insert(QStringLiteral("virtualAccount"),
                      QStringLiteral("VA-%1").arg(hostname.section(QLatin1Char('-'), 0, 0).toUpper()));

        QJsonArray licenses;
        for (const Entitlement &entitlement : platform.catalog) {
            if (random.bounded(100) < 35 && !licenses.isEmpty())
                continue;
            const int licenseCount = random.bounded(1, 17);
            QJsonObject license {
                {QStringLiteral("name"), QLatin1String(entitlement.name)},
                {QStringLiteral("tag"), QLatin1String(entitlement.tag)},
                {QStringLiteral("description"), QLatin1String(entitlement.description)},
                {QStringLiteral("count"), licenseCount},
                {QStringLiteral("type"),
                 entitlement.subscription ? QStringLiteral("subscription") : QStringLiteral("perpetual")}};
            if (random.bounded(100) < 30) {
                license.insert(QStringLiteral("drift"),
                               QJsonObject {{QStringLiteral("everyDays"), random.bounded(7, 31)},
                                            {QStringLiteral("min"), std::max(1, licenseCount - 2)},
                                            {QStringLiteral("max"), licenseCount + 2}});
            }
            licenses.append(license);
        }
        router.insert(QStringLiteral("licenses"), licenses);

        const bool smart = random.bounded(100) < 40;
        QJsonObject transport {{QStringLiteral("type"), smart ? QStringLiteral("smart") : QStringLiteral("cslu")}};
        if (smart)
            transport.insert(QStringLiteral("smartUrl"),
                             QStringLiteral("https://smartreceiver.cisco.com/licservice/license"));
        else
            transport.insert(QStringLiteral("csluUrl"), QStringLiteral("http://cslu.lab.example:8182/cslu/v1/pi"));

        // Reporting history per profile. With Cisco's default policy the deadline is 90 days after the last
        // ACK: the subscription reporting frequency, or report-on-change for perpetual-only usage.
        const int frequency = 90;
        QJsonObject reporting {{QStringLiteral("firstUse"), days("-", random.bounded(200, 900))}};
        QJsonObject trust {{QStringLiteral("installed"), days("-", random.bounded(190, 400))}};
        QJsonObject faults;
        if (profile == QLatin1String("healthy") || profile == QLatin1String("ha")
            || profile == QLatin1String("unreachable")) {
            const int ago = random.bounded(2, 40);
            reporting.insert(QStringLiteral("lastAck"), days("-", ago));
            reporting.insert(QStringLiteral("lastReportPush"), days("-", ago));
        } else if (profile == QLatin1String("due-soon")) {
            const int ago = frequency - random.bounded(3, 10);
            reporting.insert(QStringLiteral("lastAck"), days("-", ago));
            reporting.insert(QStringLiteral("lastReportPush"), days("-", ago));
        } else if (profile == QLatin1String("overdue")) {
            const int ago = frequency + random.bounded(5, 90);
            reporting.insert(QStringLiteral("lastAck"), days("-", ago));
            reporting.insert(QStringLiteral("lastReportPush"), days("-", ago));
            reporting.insert(QStringLiteral("firstUse"), days("-", ago + random.bounded(100, 400)));
        } else if (profile == QLatin1String("never-reported")) {
            reporting.insert(QStringLiteral("firstUse"), days("-", random.bounded(30, 80)));
            trust.insert(QStringLiteral("installed"), days("-", random.bounded(1, 25)));
        } else if (profile == QLatin1String("no-trust")) {
            reporting.insert(QStringLiteral("firstUse"), days("-", random.bounded(20, 85)));
            trust = QJsonObject();
        } else if (profile == QLatin1String("pending")) {
            reporting.insert(QStringLiteral("firstUse"), days("-", random.bounded(1, 10)));
            trust.insert(QStringLiteral("installed"), days("-", random.bounded(0, 1)));
        } else if (profile == QLatin1String("slr-installed")) {
            transport = QJsonObject {{QStringLiteral("type"), QStringLiteral("off")}};
            QJsonArray reserved;
            for (const QJsonValue &license : std::as_const(licenses)) {
                reserved.append(QJsonObject {
                    {QStringLiteral("tag"), license.toObject().value(QStringLiteral("tag"))},
                    {QStringLiteral("count"), license.toObject().value(QStringLiteral("count")).toInt() + 2}});
            }
            router.insert(QStringLiteral("reservation"),
                          QJsonObject {{QStringLiteral("enabled"), true},
                                       {QStringLiteral("state"), QStringLiteral("installed")},
                                       {QStringLiteral("since"), days("-", random.bounded(30, 300))},
                                       {QStringLiteral("licenses"), reserved}});
        }
        if (profile == QLatin1String("ha"))
            router.insert(QStringLiteral("standby"),
                          QJsonObject {{QStringLiteral("serial"), serial(random, platform.serialPrefix, serials)}});
        if (profile == QLatin1String("ha") && trust.contains(QStringLiteral("installed")))
            trust.insert(QStringLiteral("standbyInstalled"), trust.value(QStringLiteral("installed")));
        if (profile == QLatin1String("unreachable"))
            faults.insert(QStringLiteral("connectionRefused"), true);
        router.insert(QStringLiteral("transport"), transport);
        router.insert(QStringLiteral("reporting"), reporting);
        if (!trust.isEmpty())
            router.insert(QStringLiteral("trust"), trust);
        if (!faults.isEmpty())
            router.insert(QStringLiteral("faults"), faults);
        // Usage starts before anything was reported about it.
        if (reporting.contains(QStringLiteral("lastAck"))) {
            const int ackAgo = reporting.value(QStringLiteral("lastAck")).toString().mid(4).chopped(1).toInt();
            const int firstUseAgo = reporting.value(QStringLiteral("firstUse")).toString().mid(4).chopped(1).toInt();
            if (firstUseAgo <= ackAgo)
                reporting.insert(QStringLiteral("firstUse"), days("-", ackAgo + random.bounded(30, 200)));
            router.insert(QStringLiteral("reporting"), reporting);
        }
        routers.append(router);
    }
    QByteArray labKey(32, Qt::Uninitialized);
    QRandomGenerator keyRandom(static_cast<quint32>(seed * 2654435761u));
    for (char &byte : labKey)
        byte = static_cast<char>(keyRandom.bounded(256));
    return {{QStringLiteral("schema"), QStringLiteral("xrsim-fleet/1")},
            {QStringLiteral("lab"),
             QJsonObject {{QStringLiteral("name"), QStringLiteral("generated (seed %1)").arg(seed)},
                          {QStringLiteral("cssmSigningKey"), QString::fromLatin1(labKey.toHex())}}},
            {QStringLiteral("defaults"),
             QJsonObject {{QStringLiteral("credentials"),
                           QJsonObject {{QStringLiteral("username"), QStringLiteral("admin")},
                                        {QStringLiteral("password"), QStringLiteral("xrsim-lab")}}}}},
            {QStringLiteral("routers"), routers}};
}

} // namespace slp::xrsim
