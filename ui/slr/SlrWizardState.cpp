#include "SlrWizardState.h"

#include "store/SettingValue.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace slp::ui {

QByteArray SlrWizardState::toJson() const
{
    QJsonArray devices;
    for (qint64 id : deviceIds) {
        QJsonObject device {{QStringLiteral("id"), id}, {QStringLiteral("hostname"), hostnames.value(id)}};
        // Only what is known: a missing code is restored from the device's stored snapshot instead.
        if (!requestCodes.value(id).isEmpty())
            device.insert(QStringLiteral("request_code"), requestCodes.value(id));
        if (!confirmationCodes.value(id).isEmpty())
            device.insert(QStringLiteral("confirmation_code"), confirmationCodes.value(id));
        if (!codeSources.value(id).isEmpty())
            device.insert(QStringLiteral("code_source"), codeSources.value(id));
        devices.append(device);
    }
    const QJsonObject root {{QStringLiteral("version"), 1},
                            {QStringLiteral("started_at"), startedAt.toUTC().toString(Qt::ISODate)},
                            {QStringLiteral("page"), pageId},
                            {QStringLiteral("authorization_file"), authorizationFile},
                            {QStringLiteral("devices"), devices}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<SlrWizardState> SlrWizardState::fromJson(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject root = document.object();
    SlrWizardState state;
    state.startedAt = QDateTime::fromString(root.value(QStringLiteral("started_at")).toString(), Qt::ISODate);
    state.pageId = root.value(QStringLiteral("page")).toInt();
    state.authorizationFile = root.value(QStringLiteral("authorization_file")).toString();
    for (const QJsonValue &value : root.value(QStringLiteral("devices")).toArray()) {
        const QJsonObject device = value.toObject();
        const qint64 id = device.value(QStringLiteral("id")).toInteger();
        if (id <= 0)
            continue;
        state.deviceIds.append(id);
        state.hostnames.insert(id, device.value(QStringLiteral("hostname")).toString());
        if (const QString code = device.value(QStringLiteral("request_code")).toString(); !code.isEmpty())
            state.requestCodes.insert(id, code);
        if (const QString code = device.value(QStringLiteral("confirmation_code")).toString(); !code.isEmpty())
            state.confirmationCodes.insert(id, code);
        if (const QString source = device.value(QStringLiteral("code_source")).toString(); !source.isEmpty())
            state.codeSources.insert(id, source);
    }
    if (state.isEmpty())
        return std::nullopt;
    return state;
}

QFuture<StoreResult<std::optional<SlrWizardState>>> SlrWizardState::load(Store &store)
{
    using Result = StoreResult<std::optional<SlrWizardState>>;
    return SettingValue(store, key()).read().then([](const StoreResult<QString> &value) {
        if (!value.ok())
            return Result::failure(value.error);
        return Result::success(fromJson(value.value.toUtf8()));
    });
}

QFuture<StoreError> SlrWizardState::save(Store &store, const SlrWizardState &state)
{
    return SettingValue(store, key()).write(QString::fromUtf8(state.toJson()));
}

QFuture<StoreError> SlrWizardState::clear(Store &store)
{
    return SettingValue(store, key()).clear();
}

} // namespace slp::ui
