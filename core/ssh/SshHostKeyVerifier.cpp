#include "ssh/SshHostKeyVerifier.h"

#include "ssh/KnownHostsFile.h"
#include "ssh/SshLog.h"
#include "ssh/SshSessionContext.h"

#include <QStringList>
#include <QtEndian>

#include <memory>

namespace slp {

namespace {

struct KeyDeleter
{
    void operator()(ssh_key key) const { ssh_key_free(key); }
};

SshError unknownKeyError(const SshSessionContext &context, const SshHostKey &key, const QString &why)
{
    return SshError::make(SshErrorKind::HostKeyUnknown, SshPhase::HostKey,
                          QStringLiteral("The host key of %1 is not known yet (%2 key %3); %4. Compare the "
                                         "fingerprint with the router's own (show crypto key mypubkey) and accept "
                                         "it (slpctl: --accept-new-host-keys).")
                              .arg(context.target.displayName(), key.type, key.fingerprintSha256(), why));
}

SshError changedKeyError(const SshSessionContext &context, const SshHostKey &key, const QList<KnownHostEntry> &existing,
                         const QString &knownHostsPath)
{
    QStringList oldKeys;
    for (const KnownHostEntry &entry : existing)
        oldKeys.append(
            QStringLiteral("%1 %2 (line %3)").arg(entry.key.type, entry.key.fingerprintSha256()).arg(entry.lineNumber));
    return SshError::make(
        SshErrorKind::HostKeyChanged, SshPhase::HostKey,
        QStringLiteral("The host key of %1 has CHANGED. Known key: %2 in %3. The router now presents: %4 %5. "
                       "This happens when a router is replaced or its key regenerated, but it can also mean that "
                       "someone intercepts the connection, so the connection was refused. If the change is expected, "
                       "forget the old key (slpctl hostkeys forget %6, or Host Keys in the console) and connect "
                       "again to accept the new one.")
            .arg(context.target.displayName(), oldKeys.join(QStringLiteral(", ")), knownHostsPath, key.type,
                 key.fingerprintSha256(), context.target.name.isEmpty() ? context.target.host : context.target.name));
}

} // namespace

QString SshHostKeyVerifier::keyTypeOfBlob(const QByteArray &blob)
{
    if (blob.size() < 4)
        return {};
    const quint32 length = qFromBigEndian<quint32>(blob.constData());
    if (length == 0 || length > 64 || qsizetype(length) > blob.size() - 4)
        return {};
    return QString::fromLatin1(blob.mid(4, length));
}

SshHostKeyVerifier::Outcome SshHostKeyVerifier::verify(SshSessionContext &context, const SshHostKeyDecider &decider)
{
    Outcome outcome;
    ssh_key rawKey = nullptr;
    if (ssh_get_server_publickey(context.session, &rawKey) != SSH_OK) {
        outcome.error = context.failure(SshErrorKind::ProtocolError, SshPhase::HostKey,
                                        QStringLiteral("reading the router's host key"));
        return outcome;
    }
    const std::unique_ptr<ssh_key_struct, KeyDeleter> serverKey(rawKey);
    char *base64 = nullptr;
    if (ssh_pki_export_pubkey_base64(serverKey.get(), &base64) != SSH_OK || !base64) {
        outcome.error = context.failure(SshErrorKind::ProtocolError, SshPhase::HostKey,
                                        QStringLiteral("reading the router's host key"));
        return outcome;
    }
    outcome.key.blob = QByteArray::fromBase64(QByteArray(base64));
    ssh_string_free_char(base64);
    outcome.key.type = keyTypeOfBlob(outcome.key.blob);

    const SshTarget &target = context.target;
    const KnownHostsFile knownHosts(context.options.knownHostsPath);
    const KnownHostsFile::Lookup lookup = knownHosts.lookup(target.host, target.port, outcome.key);
    if (!lookup.error.isEmpty()) {
        outcome.error = SshError::make(SshErrorKind::HostKeyStoreError, SshPhase::HostKey, lookup.error);
        return outcome;
    }
    switch (lookup.match) {
    case KnownHostsFile::Match::Known:
        return outcome;
    case KnownHostsFile::Match::Changed:
        qCWarning(lcSsh) << "host key of" << target.displayName() << "changed; now" << outcome.key.fingerprintSha256();
        outcome.error = changedKeyError(context, outcome.key, lookup.existing, knownHosts.path());
        return outcome;
    case KnownHostsFile::Match::Unknown:
        break;
    }

    bool accept = false;
    switch (context.options.unknownHostKeyPolicy) {
    case UnknownHostKeyPolicy::Refuse:
        outcome.error
            = unknownKeyError(context, outcome.key, QStringLiteral("new keys are not accepted automatically"));
        return outcome;
    case UnknownHostKeyPolicy::AcceptNew:
        accept = true;
        break;
    case UnknownHostKeyPolicy::AskCaller:
        accept = decider && decider(SshHostKeyQuestion {target.displayName(), target.host, target.port, outcome.key});
        if (context.cancel.isCancelled()) {
            outcome.error = context.cancelledError(QStringLiteral("waiting for a decision on the host key"));
            return outcome;
        }
        if (!accept) {
            outcome.error = unknownKeyError(context, outcome.key, QStringLiteral("it was not accepted"));
            return outcome;
        }
        break;
    }
    QString writeError;
    if (!knownHosts.add(target.host, target.port, outcome.key, &writeError)) {
        outcome.error = SshError::make(SshErrorKind::HostKeyStoreError, SshPhase::HostKey, writeError);
        return outcome;
    }
    outcome.added = true;
    return outcome;
}

} // namespace slp
