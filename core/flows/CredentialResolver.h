#pragma once

#include "secrets/SecretResult.h"
#include "ssh/SshTarget.h"
#include "store/CredentialProfile.h"
#include "store/DeviceRecord.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace slp {

class SecretStore;
class Store;

// What a device needs to log in, or why it cannot.
struct CredentialResolution
{
    SshTarget target; // credentials filled in when ok()
    QString error; // names the device, the profile and what to do

    bool ok() const { return error.isEmpty(); }
};

// Turns a device into an SSH target: device -> credential profile (username, method, secret
// reference, key file) -> secret from the SecretStore. Secrets are read when the first device that
// needs them gets its turn, and kept in memory only for the job's lifetime (one keychain prompt or
// one decryption per profile, not one per device). Callbacks run on the context's thread.
class CredentialResolver
{
public:
    using Callback = std::function<void(const CredentialResolution &)>;

    CredentialResolver(Store *store, SecretStore *secrets, QObject *context);

    void resolve(const DeviceRecord &device, Callback done);

    // The SSH target of a device with a resolved profile and secret (no store or keychain access).
    static CredentialResolution targetFor(const DeviceRecord &device, const std::optional<CredentialProfile> &profile,
                                          const SecretResult &secret);

private:
    struct Request
    {
        DeviceRecord device;
        Callback done;
    };

    void loadProfiles();
    void withProfiles(const Request &request);
    void readSecret(const QString &reference);
    void onSecret(const QString &reference, const SecretResult &result);

    Store *m_store;
    SecretStore *m_secrets;
    QPointer<QObject> m_context;
    enum class Profiles { NotLoaded, Loading, Loaded } m_profilesState = Profiles::NotLoaded;
    QString m_profilesError;
    QHash<QString, CredentialProfile> m_profiles; // by lower-case name
    QList<Request> m_waitingForProfiles;
    QHash<QString, SecretResult> m_secretResults; // by reference
    QHash<QString, QList<Request>> m_waitingForSecret;
};

} // namespace slp
