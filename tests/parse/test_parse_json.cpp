// The JSON contract of docs/parse-json.md: top-level shape, snake_case names, ISO 8601 UTC dates,
// null for `<none>`/absent values, enumerations as lower-case words.
#include "ParseTestHelpers.h"

#include "parse/ParseJson.h"
#include "parse/ShowOutputParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace slp;
using slp::test::showFixture;

namespace {

QJsonObject parsed(const QString &fixture)
{
    return parseResultToJson(ShowOutputParser::parse(showFixture(fixture)));
}

QStringList keys(const QJsonValue &value)
{
    QStringList names = value.toObject().keys();
    names.sort();
    return names;
}

QStringList sorted(QStringList names)
{
    names.sort();
    return names;
}

} // namespace

class TestParseJson : public QObject
{
    Q_OBJECT
private slots:
    void topLevel()
    {
        const QJsonObject json = parsed(QStringLiteral("guide_summary_then_usage_ssm_onprem.txt"));
        QCOMPARE(keys(json),
                 sorted({QStringLiteral("command"), QStringLiteral("recognised"), QStringLiteral("data"),
                         QStringLiteral("issues"), QStringLiteral("unparsed_lines")}));
        QCOMPARE(json.value(QLatin1String("command")).toString(), QStringLiteral("show license summary"));
        QCOMPARE(json.value(QLatin1String("recognised")).toBool(), true);
        const QJsonObject issue = json.value(QLatin1String("issues")).toArray().at(0).toObject();
        QCOMPARE(issue.value(QLatin1String("line")).toInt(), 17);
        QVERIFY(issue.value(QLatin1String("message")).toString().contains(QLatin1String("show license usage")));
        const QJsonObject unparsed = json.value(QLatin1String("unparsed_lines")).toArray().at(0).toObject();
        QCOMPARE(unparsed.value(QLatin1String("line")).toInt(), 18);
        QCOMPARE(unparsed.value(QLatin1String("text")).toString(),
                 QStringLiteral("ESS_100G_CA_RTU_2 (ESS-CA-100G-RTU-2):"));
    }
    void notRecognisedHasNullCommandAndData()
    {
        const QJsonObject json = parseResultToJson(ShowOutputParser::parse(u"hello"));
        QVERIFY(json.value(QLatin1String("command")).isNull());
        QVERIFY(json.value(QLatin1String("data")).isNull());
        QCOMPARE(json.value(QLatin1String("recognised")).toBool(), false);
        QCOMPARE(json.value(QLatin1String("issues")).toArray().size(), 1);
    }
    void statusNamesDatesAndNulls()
    {
        const QJsonObject data
            = parsed(QStringLiteral("all_10_licenses_ha.txt")).value(QLatin1String("data")).toObject();
        QCOMPARE(keys(data),
                 sorted({QStringLiteral("status"), QStringLiteral("licenses"), QStringLiteral("product"),
                         QStringLiteral("agent_version"), QStringLiteral("authorizations"),
                         QStringLiteral("purchased_licenses"), QStringLiteral("enforcement_status"),
                         QStringLiteral("usage_report_summary")}));
        const QJsonObject status = data.value(QLatin1String("status")).toObject();
        QCOMPARE(keys(status),
                 sorted({QStringLiteral("smart_licensing_enabled"), QStringLiteral("automatic_conversion_enabled"),
                         QStringLiteral("export_authorized_features"), QStringLiteral("utility_enabled"),
                         QStringLiteral("policy_enabled"), QStringLiteral("account"), QStringLiteral("data_privacy"),
                         QStringLiteral("transport"), QStringLiteral("custom_id"), QStringLiteral("reservation_status"),
                         QStringLiteral("policy"), QStringLiteral("usage_reporting"), QStringLiteral("trust_code"),
                         QStringLiteral("secondary_signing_cert"), QStringLiteral("device_telemetry"),
                         QStringLiteral("legacy_registration"), QStringLiteral("other_fields")}));
        QCOMPARE(status.value(QLatin1String("policy_enabled")).toBool(), true);
        QVERIFY(status.value(QLatin1String("custom_id")).isNull()); // <empty>
        QVERIFY(status.value(QLatin1String("legacy_registration")).isNull());
        const QJsonObject account = status.value(QLatin1String("account")).toObject();
        QCOMPARE(account.value(QLatin1String("as_of")).toString(), QStringLiteral("2024-03-19T09:53:21Z"));
        const QJsonObject transport = status.value(QLatin1String("transport")).toObject();
        QCOMPARE(transport.value(QLatin1String("type")).toString(), QStringLiteral("smart"));
        QCOMPARE(transport.value(QLatin1String("proxy_port")).toInt(), 80);
        QCOMPARE(transport.value(QLatin1String("proxy_configured")).toBool(), true);
        QVERIFY(transport.value(QLatin1String("cslu_address")).isNull());
        const QJsonObject policy = status.value(QLatin1String("policy")).toObject();
        const QJsonObject perpetual = policy.value(QLatin1String("unenforced_perpetual")).toObject();
        QCOMPARE(perpetual.value(QLatin1String("first_report_days")).toInt(), 365);
        QCOMPARE(perpetual.value(QLatin1String("source")).toString(), QStringLiteral("CISCO default"));
        QVERIFY(policy.value(QLatin1String("export")).isObject());
        const QJsonObject reporting = status.value(QLatin1String("usage_reporting")).toObject();
        QCOMPARE(reporting.value(QLatin1String("next_ack_deadline")).toString(),
                 QStringLiteral("2024-05-28T19:08:58Z"));
        QVERIFY(reporting.value(QLatin1String("last_report_file_write")).isNull());
        QCOMPARE(reporting.value(QLatin1String("push_interval_days")).toInt(), 30);
        const QJsonObject trust = status.value(QLatin1String("trust_code")).toObject();
        QCOMPARE(trust.value(QLatin1String("installed")).toBool(), true);
        const QJsonObject standby = trust.value(QLatin1String("per_udi")).toArray().at(1).toObject();
        QCOMPARE(standby.value(QLatin1String("role")).toString(), QStringLiteral("standby"));
        QCOMPARE(standby.value(QLatin1String("installed_on")).toString(), QStringLiteral("2024-03-19T14:21:03Z"));
        QCOMPARE(standby.value(QLatin1String("udi")).toObject().value(QLatin1String("serial")).toString(),
                 QStringLiteral("FOX1605GNAJ"));
    }
    void licenseAndSummaryNames()
    {
        const QJsonObject data
            = parsed(QStringLiteral("all_10_licenses_ha.txt")).value(QLatin1String("data")).toObject();
        const QJsonObject license = data.value(QLatin1String("licenses")).toArray().at(0).toObject();
        QCOMPARE(keys(license),
                 sorted({QStringLiteral("name"), QStringLiteral("entitlement_tag"), QStringLiteral("description"),
                         QStringLiteral("count"), QStringLiteral("version"), QStringLiteral("status"),
                         QStringLiteral("export_status"), QStringLiteral("feature_name"),
                         QStringLiteral("feature_description"), QStringLiteral("enforcement_type"),
                         QStringLiteral("license_type"), QStringLiteral("ha_info"), QStringLiteral("other_fields")}));
        QCOMPARE(license.value(QLatin1String("count")).toInt(), 2);
        QVERIFY(license.value(QLatin1String("ha_info")).isNull());
        const QJsonObject counters = data.value(QLatin1String("usage_report_summary")).toObject();
        QCOMPARE(counters.value(QLatin1String("acknowledged_received")).toInt(), 64);
        QVERIFY(counters.value(QLatin1String("mia")).isNull());
        const QJsonObject haUdi = data.value(QLatin1String("product"))
                                      .toObject()
                                      .value(QLatin1String("ha_udis"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
        QCOMPARE(haUdi.value(QLatin1String("location")).toString(), QStringLiteral("0/RSP0/CPU0"));
        const QJsonObject row = parsed(QStringLiteral("summary_iosxe_truncated_names.txt"))
                                    .value(QLatin1String("data"))
                                    .toObject()
                                    .value(QLatin1String("licenses"))
                                    .toArray()
                                    .at(0)
                                    .toObject();
        QCOMPARE(row.value(QLatin1String("tag_truncated")).toBool(), true);
        QCOMPARE(row.value(QLatin1String("entitlement_tag")).toString(), QStringLiteral("C9300-24 Network Advan"));
    }
    void rumAndPlatformNames()
    {
        const QJsonArray rows = parsed(QStringLiteral("rum_id_all.txt")).value(QLatin1String("data")).toArray();
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.at(0).toObject().value(QLatin1String("report_id")).toInteger(), 1711234501);
        const QJsonObject detail
            = parsed(QStringLiteral("rum_id_detail.txt")).value(QLatin1String("data")).toArray().at(0).toObject();
        QCOMPARE(detail.value(QLatin1String("start_time")).toString(), QStringLiteral("2024-03-18T16:43:24Z"));
        QVERIFY(detail.value(QLatin1String("transaction_message")).isNull());
        const QJsonObject sia = parsed(QStringLiteral("platform_summary_sia_grace.txt"))
                                    .value(QLatin1String("data"))
                                    .toObject()
                                    .value(QLatin1String("sia"))
                                    .toObject();
        QCOMPARE(sia.value(QLatin1String("grace_days_remaining")).toInt(), 84);
        QCOMPARE(sia.value(QLatin1String("in_compliance")).toBool(), false);
        const QJsonObject reservation
            = parsed(QStringLiteral("reservation_installed_ha.txt")).value(QLatin1String("data")).toObject();
        const QJsonObject status = reservation.value(QLatin1String("per_udi"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QLatin1String("status"))
                                       .toObject();
        QCOMPARE(status.value(QLatin1String("state")).toString(), QStringLiteral("SPECIFIC INSTALLED"));
        QCOMPARE(status.value(QLatin1String("at")).toString(), QStringLiteral("2021-02-07T09:14:51Z"));
    }
    void outputIsStable()
    {
        // Parsing twice gives byte-identical JSON (QJsonObject orders keys; nothing depends on time or locale).
        const QString text = showFixture(QStringLiteral("status_iosxe.txt"));
        const QByteArray first = QJsonDocument(parseResultToJson(ShowOutputParser::parse(text))).toJson();
        const QByteArray second = QJsonDocument(parseResultToJson(ShowOutputParser::parse(text))).toJson();
        QCOMPARE(first, second);
        QVERIFY(!first.contains("Password"));
    }
};

QTEST_GUILESS_MAIN(TestParseJson)
#include "test_parse_json.moc"
