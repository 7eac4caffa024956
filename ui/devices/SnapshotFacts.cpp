#include "SnapshotFacts.h"

#include "common/DisplayText.h"

#include <QJsonArray>

namespace slp::ui {

namespace {

const QString kStatus = QStringLiteral("show license status");
const QString kReservation = QStringLiteral("show license reservation");

void add(QList<Fact> &facts, const QString &group, const QString &label, const QJsonValue &value)
{
    const QString text = SnapshotFacts::valueText(value);
    if (!text.isEmpty())
        facts.append({group, label, text});
}

QString udiText(const QJsonValue &udi)
{
    const QJsonObject object = udi.toObject();
    const QString text = object.value(QStringLiteral("text")).toString();
    return text.isEmpty() ? object.value(QStringLiteral("pid")).toString() + QLatin1String(",")
            + object.value(QStringLiteral("serial")).toString()
                          : text;
}

QString stampedText(const QJsonValue &stamped)
{
    const QJsonObject object = stamped.toObject();
    const QString state = object.value(QStringLiteral("state")).toString();
    const QString at = SnapshotFacts::valueText(object.value(QStringLiteral("at")));
    return at.isEmpty() ? state : SnapshotFacts::tr("%1 (%2)").arg(state, at);
}

QString categoryText(const QJsonObject &category)
{
    const auto days = [&category](const char *key) {
        const QJsonValue value = category.value(QLatin1String(key));
        return value.isDouble() ? QString::number(value.toInt()) : QStringLiteral("-");
    };
    return SnapshotFacts::tr("first report %1 d, every %2 d, on change %3 d")
        .arg(days("first_report_days"), days("reporting_frequency_days"), days("report_on_change_days"));
}

} // namespace

QJsonObject SnapshotFacts::commandData(const QJsonObject &state, const QString &command)
{
    return state.value(QStringLiteral("commands"))
        .toObject()
        .value(command)
        .toObject()
        .value(QStringLiteral("data"))
        .toObject();
}

QString SnapshotFacts::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return DisplayText::yesNo(value.toBool());
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String: {
        const QString text = value.toString();
        // ISO 8601 UTC from the model's JSON: shown as the other dates of the console.
        if (text.size() >= 19 && text.at(4) == u'-' && text.at(10) == u'T') {
            const QDateTime when = QDateTime::fromString(text, Qt::ISODate);
            if (when.isValid())
                return DisplayText::dateTime(when);
        }
        return text;
    }
    default:
        return {};
    }
}

QList<Fact> SnapshotFacts::policyAndReporting(const QJsonObject &state)
{
    QList<Fact> facts;
    const QJsonObject status = commandData(state, kStatus);
    const QJsonObject policy = status.value(QStringLiteral("policy")).toObject();
    const QString policyGroup = tr("Policy");
    add(facts, policyGroup, tr("Policy in use"), policy.value(QStringLiteral("policy_in_use")));
    add(facts, policyGroup, tr("Policy name"), policy.value(QStringLiteral("policy_name")));
    add(facts, policyGroup, tr("Reporting ACK required"), policy.value(QStringLiteral("ack_required")));
    const struct
    {
        const char *key;
        QString label;
    } categories[] = {
        {"unenforced_perpetual", tr("Unenforced perpetual")},
        {"unenforced_subscription", tr("Unenforced subscription")},
        {"enforced", tr("Enforced")},
        {"export", tr("Export restricted")},
    };
    for (const auto &category : categories) {
        const QJsonObject object = policy.value(QLatin1String(category.key)).toObject();
        if (!object.isEmpty())
            facts.append({policyGroup, category.label, categoryText(object)});
    }

    const QJsonObject reporting = status.value(QStringLiteral("usage_reporting")).toObject();
    const QString reportingGroup = tr("Usage reporting");
    add(facts, reportingGroup, tr("Last ACK received"), reporting.value(QStringLiteral("last_ack_received")));
    add(facts, reportingGroup, tr("Next ACK deadline"), reporting.value(QStringLiteral("next_ack_deadline")));
    if (reporting.value(QStringLiteral("no_reporting")).toBool())
        facts.append({reportingGroup, tr("Reporting push interval"), tr("0 (no reporting)")});
    else if (reporting.value(QStringLiteral("push_interval_days")).isDouble())
        facts.append({reportingGroup, tr("Reporting push interval"),
                      tr("%n day(s)", nullptr, reporting.value(QStringLiteral("push_interval_days")).toInt())});
    add(facts, reportingGroup, tr("Next report push"), reporting.value(QStringLiteral("next_report_push")));
    add(facts, reportingGroup, tr("Last report push"), reporting.value(QStringLiteral("last_report_push")));
    add(facts, reportingGroup, tr("Last report file write"), reporting.value(QStringLiteral("last_report_file_write")));

    const QJsonObject compliance = state.value(QStringLiteral("compliance")).toObject();
    const QString dueGroup = tr("Due date");
    add(facts, dueGroup, tr("Next due"), compliance.value(QStringLiteral("due_date")));
    if (compliance.value(QStringLiteral("days_left")).isDouble())
        facts.append({dueGroup, tr("Days left at refresh"),
                      DisplayText::relativeDays(compliance.value(QStringLiteral("days_left")).toInteger())});
    return facts;
}

QList<Fact> SnapshotFacts::trustAndTransport(const QJsonObject &state)
{
    QList<Fact> facts;
    const QJsonObject status = commandData(state, kStatus);
    const QJsonObject trust = status.value(QStringLiteral("trust_code")).toObject();
    const QString trustGroup = tr("Trust");
    if (!trust.isEmpty()) {
        add(facts, trustGroup, tr("Trust code installed"), trust.value(QStringLiteral("installed")));
        add(facts, trustGroup, tr("Installed on"), trust.value(QStringLiteral("installed_on")));
        for (const QJsonValue &entry : trust.value(QStringLiteral("per_udi")).toArray()) {
            const QJsonObject code = entry.toObject();
            const QString when = valueText(code.value(QStringLiteral("installed_on")));
            facts.append({trustGroup, udiText(code.value(QStringLiteral("udi"))),
                          code.value(QStringLiteral("installed")).toBool()
                              ? (when.isEmpty() ? tr("installed") : tr("installed %1").arg(when))
                              : tr("not installed")});
        }
        add(facts, trustGroup, tr("Trust code type"), trust.value(QStringLiteral("code_type")));
    }
    const QJsonObject transport = status.value(QStringLiteral("transport")).toObject();
    const QString transportGroup = tr("Transport");
    if (!transport.isEmpty()) {
        facts.append(
            {transportGroup, tr("Type"), DisplayText::transport(transport.value(QStringLiteral("type")).toString())});
        add(facts, transportGroup, tr("CSLU address"), transport.value(QStringLiteral("cslu_address")));
        add(facts, transportGroup, tr("URL"), transport.value(QStringLiteral("url")));
        if (transport.value(QStringLiteral("proxy_configured")).toBool()) {
            QString proxy = transport.value(QStringLiteral("proxy_host")).toString();
            if (transport.value(QStringLiteral("proxy_port")).isDouble())
                proxy += u':' + QString::number(transport.value(QStringLiteral("proxy_port")).toInt());
            facts.append({transportGroup, tr("Proxy"), proxy});
        } else {
            facts.append({transportGroup, tr("Proxy"), tr("not configured")});
        }
        if (!transport.value(QStringLiteral("vrf_supported")).toBool(true))
            facts.append({transportGroup, tr("VRF"), tr("not supported")});
        else
            add(facts, transportGroup, tr("VRF"), transport.value(QStringLiteral("vrf")));
    }
    const QJsonObject account = status.value(QStringLiteral("account")).toObject();
    const QString accountGroup = tr("Account");
    add(facts, accountGroup, tr("Smart Account"), account.value(QStringLiteral("smart_account")));
    add(facts, accountGroup, tr("Virtual Account"), account.value(QStringLiteral("virtual_account")));
    return facts;
}

QList<Fact> SnapshotFacts::reservation(const QJsonObject &state)
{
    QList<Fact> facts;
    const QJsonObject reservation = commandData(state, kReservation);
    if (reservation.isEmpty())
        return facts;
    const QString overall = tr("Reservation");
    add(facts, overall, tr("License reservation enabled"), reservation.value(QStringLiteral("enabled")));
    for (const QJsonValue &entry : reservation.value(QStringLiteral("per_udi")).toArray()) {
        const QJsonObject udi = entry.toObject();
        const QString group = udiText(udi.value(QStringLiteral("udi")));
        facts.append({group, tr("Reservation status"), stampedText(udi.value(QStringLiteral("status")))});
        add(facts, group, tr("Request code"), udi.value(QStringLiteral("request_code")));
        add(facts, group, tr("Last confirmation code"), udi.value(QStringLiteral("last_confirmation_code")));
        add(facts, group, tr("Last return code"), udi.value(QStringLiteral("last_return_code")));
        add(facts, group, tr("Authorization code"), udi.value(QStringLiteral("authorization_code")));
    }
    const QString specified = tr("Specified license reservations");
    for (const QJsonValue &entry : reservation.value(QStringLiteral("specified")).toArray()) {
        const QJsonObject license = entry.toObject();
        const QJsonValue count = license.value(QStringLiteral("total_reserved_count"));
        facts.append({specified, license.value(QStringLiteral("name")).toString(),
                      count.isDouble() ? tr("%1 reserved").arg(count.toInt()) : QString()});
    }
    return facts;
}

QStringList SnapshotFacts::findings(const QJsonObject &state)
{
    QStringList findings;
    for (const QJsonValue &finding :
         state.value(QStringLiteral("compliance")).toObject().value(QStringLiteral("findings")).toArray())
        findings.append(finding.toString());
    return findings;
}

} // namespace slp::ui
