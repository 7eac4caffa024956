// license smart trust idtoken | license smart save trust-request
#include "LicenseActions.h"

#include "crypto/Hmac.h"
#include "formats/IdToken.h"
#include "formats/RouterFiles.h"
#include "router/Router.h"

#include <cstdlib>

namespace slp::xrsim {

namespace {
// CSSM refuses trust when the device clock is off by more than this.
constexpr qint64 kMaxClockSkewSeconds = 3600;
} // namespace

CliReply LicenseActions::trustIdToken(const QString &token, bool allUdis, bool force)
{
    const RouterSpec &spec = m_router.spec();
    const QString udis
        = allUdis && spec.isHighAvailability() ? spec.udi() + QStringLiteral(", ") + spec.standbyUdi() : spec.udi();
    const auto failed = [&](const QString &reason) {
        CliReply reply;
        reply.output = syslog(QStringLiteral("smartlicserver"),
                              QStringLiteral("%LICENSE-SMART_LIC-3-TRUST_INSTALL_FAILED : The install of a new "
                                             "licensing trust code has failed on %1: %2.")
                                  .arg(udis, reason));
        reply.exitStatus = 1;
        return reply;
    };
    IdToken::Problem problem = IdToken::Problem::None;
    const auto parsed = IdToken::parse(token, m_router.labKey(), &problem);
    if (!parsed)
        return failed(problem == IdToken::Problem::BadSignature ? QStringLiteral("Invalid ID token (signature)")
                                                                : QStringLiteral("Invalid ID token"));
    const qint64 skew = m_router.faults().clockOffsetSeconds;
    if (std::llabs(skew) > kMaxClockSkewSeconds)
        return failed(
            QStringLiteral("The device clock differs from CSSM by more than 1 hour; set the clock (NTP) and retry"));
    Router::Access access(m_router);
    if (parsed->expires <= access.now() - skew)
        return failed(QStringLiteral("The ID token has expired"));
    if (parsed->smartAccount != spec.smartAccount || parsed->virtualAccount != spec.virtualAccount)
        return failed(QStringLiteral("The ID token belongs to another virtual account (%1 / %2)")
                          .arg(parsed->smartAccount, parsed->virtualAccount));
    RouterState &state = access.state();
    if (state.trust.activeInstalledAt != 0 && !force)
        return failed(QStringLiteral("A trust code is already installed; use the force option to replace it"));
    state.trust.activeInstalledAt = access.now();
    if (allUdis && spec.isHighAvailability())
        state.trust.standbyInstalledAt = access.now();
    state.trust.tokenId = parsed->id;
    if (state.reporting.lastAck == 0 && state.reporting.unackedUsageSince == 0)
        state.reporting.unackedUsageSince = access.now();
    access.markChanged();
    return {syslog(QStringLiteral("smartlicserver"),
                   QStringLiteral("%LICENSE-SMART_LIC-6-TRUST_INSTALL_SUCCESS : A new licensing trust code was "
                                  "successfully installed on %1.")
                       .arg(udis)),
            0,
            false,
            {}};
}

CliReply LicenseActions::saveTrustRequest(const QString &path)
{
    QString problem;
    const auto cliPath = m_files.canonicalCliPath(path, &problem);
    if (!cliPath)
        return error(problem);
    const QByteArray file = routerfiles::trustRequest(m_router.spec(), m_router.now(), randomBytes(8));
    if (!writeFile(*cliPath, file, &problem))
        return error(QStringLiteral("Failed to write trust request to %1: %2").arg(*cliPath, problem));
    return {};
}

} // namespace slp::xrsim
