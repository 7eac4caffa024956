#include "CredentialResolver.h"

#include "secrets/SecretStore.h"
#include "store/Store.h"

namespace slp {

namespace {

QString deviceWords(const DeviceRecord &device)
{
    return QStringLiteral("%1 (%2)").arg(device.hostname, device.endpoint());
}

} // namespace

CredentialResolver::CredentialResolver(Store *store, SecretStore *secrets, QObject *context)
    : m_store(store)
    , m_secrets(secrets)
    , m_context(context)
{ }

void CredentialResolver::resolve(const DeviceRecord &device, Callback done)
{
    Request request {device, std::move(done)};
    switch (m_profilesState) {
    case Profiles::Loaded:
        withProfiles(request);
        return;
    case Profiles::NotLoaded:
        m_waitingForProfiles.append(std::move(request));
        loadProfiles();
        return;
    case Profiles::Loading:
        m_waitingForProfiles.append(std::move(request));
        return;
    }
}

void CredentialResolver::loadProfiles()
{
    m_profilesState = Profiles::Loading;
    m_store->credentialProfiles().then(m_context, [this](const StoreResult<QList<CredentialProfile>> &result) {
        m_profilesState = Profiles::Loaded;
        if (!result.ok())
            m_profilesError = result.error.message;
        for (const CredentialProfile &profile : result.value)
            m_profiles.insert(profile.name.toLower(), profile);
        const QList<Request> waiting = std::exchange(m_waitingForProfiles, {});
        for (const Request &request : waiting)
            withProfiles(request);
    });
}

void CredentialResolver::withProfiles(const Request &request)
{
    const DeviceRecord &device = request.device;
    if (!m_profilesError.isEmpty()) {
        request.done(
            {{},
             QStringLiteral("%1: cannot read the credential profiles: %2").arg(deviceWords(device), m_profilesError)});
        return;
    }
    std::optional<CredentialProfile> profile;
    if (!device.credentialRef.isEmpty()) {
        const auto it = m_profiles.constFind(device.credentialRef.toLower());
        if (it != m_profiles.constEnd())
            profile = *it;
    }
    const bool needsSecret = profile && !profile->secretRef.isEmpty();
    if (!needsSecret) {
        request.done(targetFor(device, profile, SecretResult::success()));
        return;
    }
    const QString reference = profile->secretRef;
    if (const auto known = m_secretResults.constFind(reference); known != m_secretResults.constEnd()) {
        request.done(targetFor(device, profile, *known));
        return;
    }
    const bool firstAsker = !m_waitingForSecret.contains(reference);
    m_waitingForSecret[reference].append(request);
    if (firstAsker)
        readSecret(reference);
}

void CredentialResolver::readSecret(const QString &reference)
{
    m_secrets->read(reference).then(m_context,
                                    [this, reference](const SecretResult &result) { onSecret(reference, result); });
}

void CredentialResolver::onSecret(const QString &reference, const SecretResult &result)
{
    m_secretResults.insert(reference, result);
    const QList<Request> waiting = m_waitingForSecret.take(reference);
    for (const Request &request : waiting) {
        const auto it = m_profiles.constFind(request.device.credentialRef.toLower());
        request.done(targetFor(request.device,
                               it == m_profiles.constEnd() ? std::nullopt : std::optional<CredentialProfile>(*it),
                               result));
    }
}

CredentialResolution CredentialResolver::targetFor(const DeviceRecord &device,
                                                   const std::optional<CredentialProfile> &profile,
                                                   const SecretResult &secret)
{
    CredentialResolution resolution;
    SshTarget &target = resolution.target;
    target.name = device.hostname;
    target.host = device.address;
    target.port = quint16(device.port);
    if (device.credentialRef.isEmpty()) {
        resolution.error = QStringLiteral("%1 has no credential profile: set one with `slpctl devices edit %2 "
                                          "--credential NAME` (profiles: `slpctl credentials list`)")
                               .arg(deviceWords(device), device.hostname);
        return resolution;
    }
    if (!profile) {
        resolution.error = QStringLiteral("%1 uses the credential profile \"%2\", which does not exist: create it "
                                          "with `slpctl credentials add %2`")
                               .arg(deviceWords(device), device.credentialRef);
        return resolution;
    }
    target.username = device.username.isEmpty() ? profile->username : device.username;
    if (target.username.isEmpty()) {
        resolution.error = QStringLiteral("%1: neither the device nor the credential profile \"%2\" names a user")
                               .arg(deviceWords(device), profile->name);
        return resolution;
    }
    if (!secret.ok()) {
        resolution.error = QStringLiteral("%1: the secret of credential profile \"%2\" cannot be read: %3")
                               .arg(deviceWords(device), profile->name, secret.message);
        return resolution;
    }
    const QString missingSecret
        = QStringLiteral("%1: no secret is stored for credential profile \"%2\" (%3): store it with `slpctl "
                         "credentials add %2`")
              .arg(deviceWords(device), profile->name,
                   profile->secretRef.isEmpty() ? QStringLiteral("no reference") : profile->secretRef);
    switch (profile->authMethod) {
    case CredentialProfile::AuthMethod::Password:
    case CredentialProfile::AuthMethod::KeyboardInteractive:
        if (secret.secret.isEmpty()) {
            resolution.error = missingSecret;
            return resolution;
        }
        target.credentials = SshCredentials::fromPassword(secret.secret.revealString());
        break;
    case CredentialProfile::AuthMethod::PublicKey:
        if (profile->privateKeyPath.isEmpty()) {
            resolution.error = QStringLiteral("%1: credential profile \"%2\" uses a public key but names no key file")
                                   .arg(deviceWords(device), profile->name);
            return resolution;
        }
        target.credentials = SshCredentials::fromPrivateKey(profile->privateKeyPath, secret.secret.revealString());
        break;
    case CredentialProfile::AuthMethod::Agent:
        target.credentials = SshCredentials::fromAgent();
        break;
    }
    return resolution;
}

} // namespace slp
