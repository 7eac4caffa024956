#include "LabFleet.h"

#include <QJsonArray>

namespace slp::test {

namespace {

constexpr LabScenario scenarios[]
    = {LabScenario::Healthy, LabScenario::DueSoon,         LabScenario::Overdue,     LabScenario::NeverReported,
       LabScenario::NoTrust, LabScenario::OutOfCompliance, LabScenario::SlrInstalled};

const char *const pids[] = {"ASR-9006-AC", "NCS-55A2-MOD-S", "8201-32FH"};

QJsonObject license(const QString &name, const QString &tag, const QString &type, int count)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("tag"), tag},
            {QStringLiteral("type"), type},
            {QStringLiteral("count"), count}};
}

QJsonArray routersOf(const QJsonObject &fleet)
{
    return fleet.value(QStringLiteral("routers")).toArray();
}

} // namespace

QString LabFleet::expectedStateOf(LabScenario scenario)
{
    switch (scenario) {
    case LabScenario::Healthy:
        return QStringLiteral("healthy");
    case LabScenario::DueSoon:
        return QStringLiteral("due_soon");
    case LabScenario::Overdue:
        return QStringLiteral("overdue");
    case LabScenario::NeverReported:
        return QStringLiteral("never_reported");
    case LabScenario::NoTrust:
        return QStringLiteral("no_trust");
    case LabScenario::OutOfCompliance:
        return QStringLiteral("out_of_compliance");
    case LabScenario::SlrInstalled:
        return QStringLiteral("slr_installed");
    }
    return {};
}

LabFleet::LabFleet(int count, const QString &password)
{
    QJsonArray routers;
    for (int i = 0; i < count; ++i) {
        const LabScenario scenario = scenarios[i % std::size(scenarios)];
        const QString hostname = QStringLiteral("r%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        const QString pid = QString::fromLatin1(pids[i % std::size(pids)]);
        const QString serial = QStringLiteral("FOX%1").arg(10000000 + i * 7919);

        // Every router uses the subscription (90-day reporting); some add perpetual licenses.
        QJsonArray licenses {license(QStringLiteral("ESS_ED_100G_SIA_3"), QStringLiteral("ESS-ED-100G-SIA3"),
                                     QStringLiteral("subscription"), 1 + i % 2)};
        if (i % 3 >= 1)
            licenses.append(license(QStringLiteral("ESS_100G_RTU_1"), QStringLiteral("ESS-SE-100G-RTU-1"),
                                    QStringLiteral("perpetual"), 1 + i % 4));
        if (i % 3 == 2)
            licenses.append(license(QStringLiteral("ADV_100G_RTU_1"), QStringLiteral("ADV-SE-100G-RTU-1"),
                                    QStringLiteral("perpetual"), 2));

        QJsonObject reporting {{QStringLiteral("firstUse"), QStringLiteral("now-300d")},
                               {QStringLiteral("lastAck"), QStringLiteral("now-10d")},
                               {QStringLiteral("lastReportPush"), QStringLiteral("now-10d")}};
        QJsonObject trust {{QStringLiteral("installed"), QStringLiteral("now-280d")}};
        QJsonObject router {
            {QStringLiteral("hostname"), hostname},
            {QStringLiteral("pid"), pid},
            {QStringLiteral("serial"), serial},
            {QStringLiteral("version"), QStringLiteral("24.2.1")},
            {QStringLiteral("smartAccount"), QStringLiteral("Lab SA")},
            {QStringLiteral("virtualAccount"), QStringLiteral("Lab VA")},
            {QStringLiteral("transport"),
             QJsonObject {{QStringLiteral("type"), QStringLiteral("cslu")},
                          {QStringLiteral("csluUrl"), QStringLiteral("http://192.0.2.1:8182/cslu/v1/pi")}}},
        };
        switch (scenario) {
        case LabScenario::Healthy:
            break;
        case LabScenario::DueSoon:
            reporting.insert(QStringLiteral("lastAck"), QStringLiteral("now-75d"));
            reporting.insert(QStringLiteral("lastReportPush"), QStringLiteral("now-75d"));
            break;
        case LabScenario::Overdue:
            reporting.insert(QStringLiteral("lastAck"), QStringLiteral("now-120d"));
            reporting.insert(QStringLiteral("lastReportPush"), QStringLiteral("now-120d"));
            break;
        case LabScenario::NeverReported:
            reporting = {{QStringLiteral("firstUse"), QStringLiteral("now-10d")}};
            trust.insert(QStringLiteral("installed"), QStringLiteral("now-10d"));
            break;
        case LabScenario::NoTrust:
            trust = {};
            break;
        case LabScenario::OutOfCompliance: {
            QJsonObject first = licenses.at(0).toObject();
            first.insert(QStringLiteral("status"), QStringLiteral("OUT-OF-COMPLIANCE"));
            licenses.replace(0, first);
            break;
        }
        case LabScenario::SlrInstalled: {
            QJsonArray reserved;
            for (const QJsonValue &value : std::as_const(licenses))
                reserved.append(QJsonObject {{QStringLiteral("tag"), value[QStringLiteral("tag")]},
                                             {QStringLiteral("count"), value[QStringLiteral("count")]}});
            router.insert(QStringLiteral("reservation"),
                          QJsonObject {{QStringLiteral("enabled"), true},
                                       {QStringLiteral("state"), QStringLiteral("installed")},
                                       {QStringLiteral("since"), QStringLiteral("now-30d")},
                                       {QStringLiteral("licenses"), reserved}});
            break;
        }
        }
        router.insert(QStringLiteral("licenses"), licenses);
        router.insert(QStringLiteral("reporting"), reporting);
        if (!trust.isEmpty())
            router.insert(QStringLiteral("trust"), trust);
        routers.append(router);

        LabRouter expected;
        expected.hostname = hostname;
        expected.udi = QStringLiteral("PID:%1,SN:%2").arg(pid, serial);
        expected.licenseCount = int(licenses.size());
        expected.scenario = scenario;
        expected.expectedState = expectedStateOf(scenario);
        m_routers.append(expected);
    }
    m_fleet = {
        {QStringLiteral("schema"), QStringLiteral("xrsim-fleet/1")},
        {QStringLiteral("lab"),
         QJsonObject {{QStringLiteral("name"), QStringLiteral("engine-tests")},
                      {QStringLiteral("cssmSigningKey"), QStringLiteral("00112233445566778899aabbccddeeff")}}},
        {QStringLiteral("defaults"),
         QJsonObject {{QStringLiteral("credentials"),
                       QJsonObject {{QStringLiteral("username"), QStringLiteral("admin")},
                                    {QStringLiteral("password"), password}}}}},
        {QStringLiteral("routers"), routers},
    };
}

const LabRouter *LabFleet::router(const QString &hostname) const
{
    for (const LabRouter &router : m_routers) {
        if (router.hostname == hostname)
            return &router;
    }
    return nullptr;
}

void LabFleet::setRouterPassword(const QString &hostname, const QString &password)
{
    QJsonArray routers = routersOf(m_fleet);
    for (qsizetype i = 0; i < routers.size(); ++i) {
        QJsonObject router = routers.at(i).toObject();
        if (router.value(QStringLiteral("hostname")).toString() != hostname)
            continue;
        router.insert(QStringLiteral("credentials"),
                      QJsonObject {{QStringLiteral("username"), QStringLiteral("admin")},
                                   {QStringLiteral("password"), password}});
        routers.replace(i, router);
    }
    m_fleet.insert(QStringLiteral("routers"), routers);
}

void LabFleet::setRouterFaults(const QString &hostname, const QJsonObject &faults)
{
    QJsonArray routers = routersOf(m_fleet);
    for (qsizetype i = 0; i < routers.size(); ++i) {
        QJsonObject router = routers.at(i).toObject();
        if (router.value(QStringLiteral("hostname")).toString() != hostname)
            continue;
        router.insert(QStringLiteral("faults"), faults);
        routers.replace(i, router);
    }
    m_fleet.insert(QStringLiteral("routers"), routers);
}

} // namespace slp::test
