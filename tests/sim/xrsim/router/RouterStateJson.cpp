// JSON persistence of RouterState. Kept apart from the state model so the model stays readable.
#include "RouterState.h"

#include <QJsonArray>

namespace slp::xrsim {

namespace {

QJsonValue number(qint64 value)
{
    return static_cast<double>(value);
}

qint64 integer(const QJsonObject &object, const char *key)
{
    return static_cast<qint64>(object.value(QLatin1String(key)).toDouble());
}

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QJsonObject categoryToJson(const PolicyCategory &category)
{
    return {{QStringLiteral("firstReportDays"), category.firstReportDays},
            {QStringLiteral("frequencyDays"), category.frequencyDays},
            {QStringLiteral("onChangeDays"), category.onChangeDays}};
}

PolicyCategory categoryFromJson(const QJsonObject &object)
{
    return {static_cast<int>(integer(object, "firstReportDays")), static_cast<int>(integer(object, "frequencyDays")),
            static_cast<int>(integer(object, "onChangeDays"))};
}

QJsonArray reservedToJson(const QList<QPair<QString, int>> &reserved)
{
    QJsonArray array;
    for (const auto &[tag, count] : reserved)
        array.append(QJsonObject {{QStringLiteral("tag"), tag}, {QStringLiteral("count"), count}});
    return array;
}

QList<QPair<QString, int>> reservedFromJson(const QJsonArray &array)
{
    QList<QPair<QString, int>> reserved;
    for (const QJsonValue &value : array)
        reserved.append({text(value.toObject(), "tag"), static_cast<int>(integer(value.toObject(), "count"))});
    return reserved;
}

} // namespace

QJsonObject RouterState::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("format"), QStringLiteral("xrsim-router-state/1"));
    object.insert(QStringLiteral("transport"),
                  QJsonObject {{QStringLiteral("type"), transport.type},
                               {QStringLiteral("csluUrl"), transport.csluUrl},
                               {QStringLiteral("smartUrl"), transport.smartUrl},
                               {QStringLiteral("proxyHost"), transport.proxyHost},
                               {QStringLiteral("proxyPort"), transport.proxyPort},
                               {QStringLiteral("vrf"), transport.vrf}});
    object.insert(
        QStringLiteral("policy"),
        QJsonObject {{QStringLiteral("ciscoDefault"), policy.ciscoDefault},
                     {QStringLiteral("name"), policy.name},
                     {QStringLiteral("ackRequired"), policy.ackRequired},
                     {QStringLiteral("installedAt"), number(policy.installedAt)},
                     {QStringLiteral("unenforcedPerpetual"), categoryToJson(policy.unenforcedPerpetual)},
                     {QStringLiteral("unenforcedSubscription"), categoryToJson(policy.unenforcedSubscription)},
                     {QStringLiteral("enforced"), categoryToJson(policy.enforced)},
                     {QStringLiteral("export"), categoryToJson(policy.exportControlled)}});
    QJsonArray usageArray;
    for (const LicenseUsage &entry : usage) {
        usageArray.append(QJsonObject {{QStringLiteral("tag"), entry.tag},
                                       {QStringLiteral("count"), entry.count},
                                       {QStringLiteral("driftStep"), entry.driftStep}});
    }
    object.insert(QStringLiteral("usage"), usageArray);
    QJsonArray reportArray;
    for (const RumReport &report : reports) {
        reportArray.append(QJsonObject {{QStringLiteral("id"), number(report.id)},
                                        {QStringLiteral("tag"), report.tag},
                                        {QStringLiteral("licenseName"), report.licenseName},
                                        {QStringLiteral("state"), report.state},
                                        {QStringLiteral("stateReason"), report.stateReason},
                                        {QStringLiteral("startTime"), number(report.startTime)},
                                        {QStringLiteral("endTime"), number(report.endTime)},
                                        {QStringLiteral("count"), report.count},
                                        {QStringLiteral("payload"), QString::fromUtf8(report.payload)},
                                        {QStringLiteral("signature"), QString::fromLatin1(report.signature)},
                                        {QStringLiteral("transactionId"), number(report.transactionId)}});
    }
    object.insert(QStringLiteral("reports"), reportArray);
    object.insert(QStringLiteral("nextReportId"), number(nextReportId));
    object.insert(QStringLiteral("trust"),
                  QJsonObject {{QStringLiteral("activeInstalledAt"), number(trust.activeInstalledAt)},
                               {QStringLiteral("standbyInstalledAt"), number(trust.standbyInstalledAt)},
                               {QStringLiteral("tokenId"), trust.tokenId}});
    object.insert(QStringLiteral("reservation"),
                  QJsonObject {{QStringLiteral("enabled"), reservation.enabled},
                               {QStringLiteral("status"), reservation.status},
                               {QStringLiteral("since"), number(reservation.since)},
                               {QStringLiteral("requestCode"), reservation.requestCode},
                               {QStringLiteral("lastReturnCode"), reservation.lastReturnCode},
                               {QStringLiteral("lastConfirmationCode"), reservation.lastConfirmationCode},
                               {QStringLiteral("authorizationCode"), reservation.authorizationCode},
                               {QStringLiteral("reserved"), reservedToJson(reservation.reserved)}});
    object.insert(QStringLiteral("reporting"),
                  QJsonObject {{QStringLiteral("lastAck"), number(reporting.lastAck)},
                               {QStringLiteral("lastReportPush"), number(reporting.lastReportPush)},
                               {QStringLiteral("lastFileWrite"), number(reporting.lastFileWrite)},
                               {QStringLiteral("unackedUsageSince"), number(reporting.unackedUsageSince)},
                               {QStringLiteral("usageChangedAt"), number(reporting.usageChangedAt)},
                               {QStringLiteral("pushIntervalDays"), reporting.pushIntervalDays},
                               {QStringLiteral("purged"), reporting.purged},
                               {QStringLiteral("totalAcknowledged"), reporting.totalAcknowledged}});
    object.insert(QStringLiteral("advancedTo"), number(advancedTo));
    object.insert(QStringLiteral("accountAsOf"), number(accountAsOf));
    return object;
}

RouterState RouterState::fromJson(const QJsonObject &object, QString *error)
{
    RouterState state;
    if (text(object, "format") != QLatin1String("xrsim-router-state/1")) {
        *error = QStringLiteral("format: expected xrsim-router-state/1");
        return state;
    }
    const QJsonObject transport = object.value(QStringLiteral("transport")).toObject();
    state.transport.type = text(transport, "type");
    state.transport.csluUrl = text(transport, "csluUrl");
    state.transport.smartUrl = text(transport, "smartUrl");
    state.transport.proxyHost = text(transport, "proxyHost");
    state.transport.proxyPort = static_cast<int>(integer(transport, "proxyPort"));
    state.transport.vrf = text(transport, "vrf");

    const QJsonObject policy = object.value(QStringLiteral("policy")).toObject();
    state.policy.ciscoDefault = policy.value(QStringLiteral("ciscoDefault")).toBool(true);
    state.policy.name = text(policy, "name");
    state.policy.ackRequired = policy.value(QStringLiteral("ackRequired")).toBool(true);
    state.policy.installedAt = integer(policy, "installedAt");
    state.policy.unenforcedPerpetual = categoryFromJson(policy.value(QStringLiteral("unenforcedPerpetual")).toObject());
    state.policy.unenforcedSubscription
        = categoryFromJson(policy.value(QStringLiteral("unenforcedSubscription")).toObject());
    state.policy.enforced = categoryFromJson(policy.value(QStringLiteral("enforced")).toObject());
    state.policy.exportControlled = categoryFromJson(policy.value(QStringLiteral("export")).toObject());

    for (const QJsonValue &value : object.value(QStringLiteral("usage")).toArray()) {
        const QJsonObject entry = value.toObject();
        state.usage.append({text(entry, "tag"), static_cast<int>(integer(entry, "count")),
                            static_cast<int>(integer(entry, "driftStep"))});
    }
    for (const QJsonValue &value : object.value(QStringLiteral("reports")).toArray()) {
        const QJsonObject entry = value.toObject();
        RumReport report;
        report.id = integer(entry, "id");
        report.tag = text(entry, "tag");
        report.licenseName = text(entry, "licenseName");
        report.state = text(entry, "state");
        report.stateReason = text(entry, "stateReason");
        report.startTime = integer(entry, "startTime");
        report.endTime = integer(entry, "endTime");
        report.count = static_cast<int>(integer(entry, "count"));
        report.payload = text(entry, "payload").toUtf8();
        report.signature = text(entry, "signature").toLatin1();
        report.transactionId = integer(entry, "transactionId");
        state.reports.append(report);
    }
    state.nextReportId = integer(object, "nextReportId");

    const QJsonObject trust = object.value(QStringLiteral("trust")).toObject();
    state.trust.activeInstalledAt = integer(trust, "activeInstalledAt");
    state.trust.standbyInstalledAt = integer(trust, "standbyInstalledAt");
    state.trust.tokenId = text(trust, "tokenId");

    const QJsonObject reservation = object.value(QStringLiteral("reservation")).toObject();
    state.reservation.enabled = reservation.value(QStringLiteral("enabled")).toBool();
    state.reservation.status = text(reservation, "status");
    state.reservation.since = integer(reservation, "since");
    state.reservation.requestCode = text(reservation, "requestCode");
    state.reservation.lastReturnCode = text(reservation, "lastReturnCode");
    state.reservation.lastConfirmationCode = text(reservation, "lastConfirmationCode");
    state.reservation.authorizationCode = text(reservation, "authorizationCode");
    state.reservation.reserved = reservedFromJson(reservation.value(QStringLiteral("reserved")).toArray());

    const QJsonObject reporting = object.value(QStringLiteral("reporting")).toObject();
    state.reporting.lastAck = integer(reporting, "lastAck");
    state.reporting.lastReportPush = integer(reporting, "lastReportPush");
    state.reporting.lastFileWrite = integer(reporting, "lastFileWrite");
    state.reporting.unackedUsageSince = integer(reporting, "unackedUsageSince");
    state.reporting.usageChangedAt = integer(reporting, "usageChangedAt");
    state.reporting.pushIntervalDays = static_cast<int>(integer(reporting, "pushIntervalDays"));
    state.reporting.purged = static_cast<int>(integer(reporting, "purged"));
    state.reporting.totalAcknowledged = static_cast<int>(integer(reporting, "totalAcknowledged"));
    if (state.reporting.pushIntervalDays <= 0)
        state.reporting.pushIntervalDays = 30;

    state.advancedTo = integer(object, "advancedTo");
    state.accountAsOf = integer(object, "accountAsOf");
    if (state.nextReportId < 1000000000) {
        *error = QStringLiteral("nextReportId: missing or not a 10-digit report id");
        return state;
    }
    return state;
}

} // namespace slp::xrsim
