#include "RouterEndpoint.h"

#include "HostKeyStore.h"
#include "XrsimLog.h"
#include "router/Router.h"

namespace slp::xrsim {

RouterEndpoint::RouterEndpoint(Router &router, QString address, quint16 port)
    : m_router(router)
    , m_address(std::move(address))
    , m_port(port)
{ }

RouterEndpoint::~RouterEndpoint()
{
    if (m_bind)
        ssh_bind_free(m_bind);
    if (m_impostorBind)
        ssh_bind_free(m_impostorBind);
    for (ssh_key key : m_authorizedKeys)
        ssh_key_free(key);
}

ssh_bind RouterEndpoint::makeBind(const HostKey &key, QString *error)
{
    ssh_bind bind = ssh_bind_new();
    // IOS XR announces itself as "SSH-2.0-Cisco-2.0".
    ssh_bind_options_set(bind, SSH_BIND_OPTIONS_BANNER, "Cisco-2.0");
    // The bind takes ownership of the key it imports: hand it a copy.
    ssh_key copy = key.duplicate();
    if (!copy || ssh_bind_options_set(bind, SSH_BIND_OPTIONS_IMPORT_KEY, copy) != SSH_OK) {
        ssh_key_free(copy);
        *error = QStringLiteral("%1: cannot load the host key into libssh: %2")
                     .arg(m_router.spec().hostname, QString::fromUtf8(ssh_get_error(bind)));
        ssh_bind_free(bind);
        return nullptr;
    }
    return bind;
}

bool RouterEndpoint::prepare(HostKeyStore &keys, QString *error)
{
    if (!keys.provide(m_router.spec().hostname, &m_hostKey, error))
        return false;
    m_bind = makeBind(m_hostKey, error);
    if (!m_bind)
        return false;
    for (const QString &line : m_router.spec().credentials.authorizedKeys) {
        const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        ssh_key key = nullptr;
        const enum ssh_keytypes_e type
            = parts.size() >= 2 ? ssh_key_type_from_name(parts.at(0).toLatin1().constData()) : SSH_KEYTYPE_UNKNOWN;
        if (type == SSH_KEYTYPE_UNKNOWN
            || ssh_pki_import_pubkey_base64(parts.at(1).toLatin1().constData(), type, &key) != SSH_OK) {
            *error = QStringLiteral("%1: credentials.authorizedKeys: '%2' is not an OpenSSH public key line")
                         .arg(m_router.spec().hostname, line.left(40));
            return false;
        }
        m_authorizedKeys.push_back(key);
    }
    return true;
}

ssh_bind RouterEndpoint::bindForAccept(QString *error)
{
    if (!m_router.faults().hostKeyChanged)
        return m_bind;
    if (!m_impostorBind) {
        // The impostor key is never persisted: a changed key is exactly what the fault is about.
        m_impostorKey = std::make_unique<HostKey>();
        if (!m_impostorKey->generate(error))
            return nullptr;
        m_impostorBind = makeBind(*m_impostorKey, error);
    }
    return m_impostorBind;
}

bool RouterEndpoint::isAuthorizedKey(ssh_key key) const
{
    for (ssh_key candidate : m_authorizedKeys) {
        if (ssh_key_cmp(candidate, key, SSH_KEY_CMP_PUBLIC) == 0)
            return true;
    }
    return false;
}

} // namespace slp::xrsim
