#include "SlrWizardState.h"

#include "store/SettingsTable.h"
#include "store/Store.h"
#include "store/StoreTasks.h"

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
    return storetasks::read<Result>(store.worker(), [](StoreSession &session) {
        const StoreResult<QHash<QString, QString>> values = SettingsTable(session).values(key());
        if (!values.ok())
            return Result::failure(values.error);
        // The prefix also matches longer keys; only the exact one is ours.
        return Result::success(fromJson(values.value.value(key()).toUtf8()));
    });
}

QFuture<StoreError> SlrWizardState::save(Store &store, const SlrWizardState &state)
{
    return storetasks::write<StoreError>(store.worker(),
                                         [json = QString::fromUtf8(state.toJson())](StoreSession &session) {
                                             return SettingsTable(session).setValues({{key(), json}});
                                         });
}

QFuture<StoreError> SlrWizardState::clear(Store &store)
{
    // An empty value removes the key.
    return storetasks::write<StoreError>(store.worker(), [](StoreSession &session) {
        return SettingsTable(session).setValues({{key(), QString()}});
    });
}

} // namespace slp::ui
