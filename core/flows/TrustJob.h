#pragma once

#include "DeviceChangeJob.h"

#include <QPointer>

#include <functional>
#include <optional>

namespace slp {

// Establishes trust on each device with an ID token (`license smart trust idtoken <t> all [force]`).
// Per device: `show clock` first; a clock more than an hour off the console's UTC fails the device
// with the router's time and the skew, and nothing else is sent. Then the token (validated by
// CommandValueValidator) is installed and `show license status` must say `Trust Code Installed`;
// the device's snapshot is refreshed in the same session so that compliance updates.
//
// The token comes from the SecretStore under `tokenReference` (slpctl trust --token-stdin stores it
// as "idtoken/<name>"), or from CSSM (CssmClient::createIdToken, one token for the whole job). It
// lives only in memory: parameters() hold the reference, never the token; the audit log and the
// logs show `idtoken <redacted>`.
class TrustJob : public DeviceChangeJob
{
    Q_OBJECT
public:
    static constexpr auto kindName = "trust";

    struct Settings
    {
        QString tokenReference; // SecretStore reference; empty with fromCssm
        bool fromCssm = false; // a new token from CSSM (JobEnvironment::cssm)
        bool force = false; // replace an installed trust code
    };

    TrustJob(JobEnvironment environment, JobOptions options, Settings settings, QObject *parent = nullptr);
    static Settings settingsFromParameters(const QJsonObject &parameters);
    // The exec command for `token` (validated by the caller).
    static QString trustCommand(const QString &token, bool force);

protected:
    void startDevice(const DeviceRun &run) override;
    QJsonObject parameters() const override;

private:
    using TokenCallback = std::function<void(const QString &token, const QString &problem)>;
    void withToken(TokenCallback callback);
    void deliverToken(const QString &token, const QString &problem);
    void install(const DeviceRun &run, const std::optional<SnapshotRecord> &previous, const QString &token);

    Settings m_settings;
    std::optional<QString> m_token; // fetched once per job (in memory only)
    bool m_fetching = false;
    QList<TokenCallback> m_waiting;
};

} // namespace slp
