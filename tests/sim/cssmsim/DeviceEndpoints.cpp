// The device-facing endpoints of CssmService: report usage, poll, auth request.
#include "CssmService.h"
#include "LicenseFiles.h"
#include "UsageIntake.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>

namespace slp::cssmsim {

namespace {

std::optional<QJsonObject> jsonData(const HttpRequest &request, QString *problem)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        *problem = QStringLiteral("The request body is not a JSON object (%1 at offset %2)")
                       .arg(error.errorString())
                       .arg(error.offset);
        return std::nullopt;
    }
    const QJsonValue data = document.object().value(QStringLiteral("data"));
    if (!data.isObject()) {
        *problem = QStringLiteral("The request body has no \"data\" object");
        return std::nullopt;
    }
    return data.toObject();
}

QString signatureValue(const QJsonValue &signature)
{
    // CSSM's shape is an object with "value"; a bare string is accepted as well.
    return signature.isObject() ? signature.toObject().value(QStringLiteral("value")).toString() : signature.toString();
}

} // namespace

std::optional<HttpResponse> CssmService::openSubmission(const HttpRequest &request, const QString &action,
                                                        QJsonObject *data, QString *nonce)
{
    QString problem;
    const auto parsed = jsonData(request, &problem);
    if (!parsed)
        return failed(problem, 400);
    *data = *parsed;
    *nonce = parsed->value(QStringLiteral("nonce")).toString();
    // The same submission again (a client retry after a lost answer) gets the same poll, not a duplicate error.
    if (!nonce->isEmpty() && m_pollByNonce.contains(*nonce))
        return startPoll(*nonce, action, {});
    return std::nullopt;
}

HttpResponse CssmService::reportUsage(const HttpRequest &request)
{
    QString problem;
    QJsonObject body;
    QString nonce;
    if (auto early = openSubmission(request, QStringLiteral("acknowledgements"), &body, &nonce))
        return *early;
    const std::optional<QJsonObject> data = body;
    QList<UsageIntake::Device> devices;
    const QJsonArray reports = data->value(QStringLiteral("reports")).toArray();
    if (reports.isEmpty())
        return failed(QStringLiteral("data.reports is empty"));
    for (qsizetype i = 0; i < reports.size(); ++i) {
        const QJsonObject report = reports.at(i).toObject();
        UsageIntake::Device device;
        device.sudi = report.value(QStringLiteral("sudi")).toObject();
        device.udi = UsageIntake::udiText(device.sudi);
        if (device.sudi.value(QStringLiteral("udi_pid")).toString().isEmpty())
            return failed(QStringLiteral("data.reports[%1].sudi: udi_pid is missing").arg(i));
        device.softwareTagIdentifier = report.value(QStringLiteral("software_tag_identifier")).toString();
        for (const QJsonValue &usage : report.value(QStringLiteral("usage")).toArray()) {
            const QJsonObject entry = usage.toObject();
            const QJsonObject signerSudi
                = entry.value(QStringLiteral("signature")).toObject().value(QStringLiteral("sudi")).toObject();
            device.reports.append({signerSudi.isEmpty() ? QString() : UsageIntake::udiText(signerSudi),
                                   entry.value(QStringLiteral("payload")).toString().toUtf8(),
                                   signatureValue(entry.value(QStringLiteral("signature"))).toLatin1()});
        }
        for (const QJsonValue &trust : report.value(QStringLiteral("trust_requests")).toArray())
            device.trustRequests.append(trust.toString().toLatin1());
        devices.append(device);
    }
    UsageIntake intake(m_keys, m_book);
    const auto acks = intake.accept(devices, headerAccount(request), QDateTime::currentSecsSinceEpoch(), &problem);
    if (!acks)
        return failed(problem);
    QJsonArray results;
    for (const UsageIntake::Ack &ack : *acks) {
        m_reportsAccepted += static_cast<int>(ack.reportIds.size());
        results.append(QJsonObject {{QStringLiteral("sudi"), ack.sudi},
                                    {QStringLiteral("software_tag_identifier"), ack.softwareTagIdentifier},
                                    {QStringLiteral("smart_license"), QString::fromLatin1(ack.ackFile.toBase64())}});
    }
    return startPoll(nonce, QStringLiteral("acknowledgements"), results);
}

HttpResponse CssmService::poll(const HttpRequest &request)
{
    // poll_id is read from the raw bytes: as a JSON number it would not survive a double.
    static const QRegularExpression pollIdField(QStringLiteral("\"poll_id\"\\s*:\\s*\"?([0-9]+)\"?"));
    const QRegularExpressionMatch match = pollIdField.match(QString::fromUtf8(request.body));
    if (!match.hasMatch())
        return failed(QStringLiteral("data.poll_id is missing"), 400);
    const QString pollId = match.captured(1);
    const auto it = m_polls.find(pollId);
    if (it == m_polls.end())
        return failed(QStringLiteral("Unknown poll_id %1").arg(pollId));
    HttpResponse response;
    if (it->pendingLeft > 0) {
        --it->pendingLeft;
        save();
        response = HttpResponse::json(200,
                                      {{QStringLiteral("status"), QStringLiteral("OK_POLL")},
                                       {QStringLiteral("message"), QStringLiteral("Processing")},
                                       {QStringLiteral("timestamp"), QDateTime::currentMSecsSinceEpoch()},
                                       {QStringLiteral("poll_id"), pollId},
                                       {QStringLiteral("poll_interval"), m_options.pollIntervalSeconds},
                                       {QStringLiteral("action"), it->action}});
    } else {
        response = HttpResponse::json(200,
                                      {{QStringLiteral("status"), QStringLiteral("COMPLETE")},
                                       {QStringLiteral("message"), QStringLiteral("Complete")},
                                       {QStringLiteral("timestamp"), QDateTime::currentMSecsSinceEpoch()},
                                       {QStringLiteral("poll_id"), pollId},
                                       {QStringLiteral("action"), it->action},
                                       {QStringLiteral("data"), QJsonObject {{it->action, it->results}}}});
    }
    response.body = withBigIds(response.body);
    response.delayMs = m_faults.pollDelayMs;
    return response;
}

HttpResponse CssmService::authRequest(const HttpRequest &request)
{
    QJsonObject body;
    QString nonce;
    if (auto early = openSubmission(request, QStringLiteral("authorizations"), &body, &nonce))
        return *early;
    const std::optional<QJsonObject> data = body;
    AccountBook::VirtualAccount *account = headerAccount(request);
    QJsonArray results;
    for (const QJsonValue &value : data->value(QStringLiteral("licenses")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QJsonObject sudi = entry.value(QStringLiteral("sudi")).toObject();
        QList<licensefiles::Entitlement> entitlements;
        QString shortage;
        for (const QJsonValue &key : entry.value(QStringLiteral("keys")).toArray()) {
            const QString tag = key.toObject().value(QStringLiteral("entitlement")).toString();
            const qint64 count = key.toObject().value(QStringLiteral("count")).toInteger(1);
            const AccountBook::License *license = account ? m_book.license(*account, tag) : nullptr;
            const qint64 available = license ? license->quantity - account->reserved.value(tag) : 0;
            if (count > available && shortage.isEmpty())
                shortage = QStringLiteral("Insufficient licenses for %1: requested %2, available %3")
                               .arg(tag)
                               .arg(count)
                               .arg(available);
            entitlements.append({tag, count, license ? license->displayName : tag,
                                 license ? license->type : QStringLiteral("PERPETUAL")});
        }
        QJsonObject result {
            {QStringLiteral("sudi"), sudi},
            {QStringLiteral("hostname"), entry.value(QStringLiteral("hostname"))},
            {QStringLiteral("status"), shortage.isEmpty() ? QStringLiteral("SUCCESS") : QStringLiteral("FAILED")},
            {QStringLiteral("status_message"), shortage.isEmpty() ? QStringLiteral("Authorized") : shortage}};
        if (shortage.isEmpty()) {
            const auto code
                = licensefiles::authorizationCode(m_keys.labKey(), sudi.value(QStringLiteral("udi_pid")).toString(),
                                                  sudi.value(QStringLiteral("udi_serial_number")).toString(),
                                                  QDateTime::currentMSecsSinceEpoch(), entitlements);
            result.insert(QStringLiteral("smart_license"), QString::fromLatin1(code.file.toBase64()));
        }
        results.append(result);
    }
    if (results.isEmpty())
        return failed(QStringLiteral("data.licenses is empty"));
    return startPoll(nonce, QStringLiteral("authorizations"), results);
}

} // namespace slp::cssmsim
