// license smart reservation request | install file | return | cancel (exec mode)
#include "LicenseActions.h"

#include "crypto/Hmac.h"
#include "formats/ReservationCodes.h"
#include "router/Router.h"

namespace slp::xrsim {

CliReply LicenseActions::reservationRequest()
{
    Router::Access access(m_router);
    ReservationState &reservation = access.state().reservation;
    if (!reservation.enabled)
        return error(
            QStringLiteral("License reservation is not enabled (configure 'license smart reservation' first)"));
    if (reservation.status == QLatin1String("SPECIFIC INSTALLED"))
        return {QStringLiteral("Already registered\n"), 1, false, {}};
    if (reservation.status != QLatin1String("RESERVATION IN PROGRESS")) {
        reservation.status = QStringLiteral("RESERVATION IN PROGRESS");
        reservation.since = access.now();
        reservation.requestCode = reservation::requestCode(access.spec().pid, access.spec().serial, randomBytes(9));
        access.markChanged();
    }
    return {QStringLiteral("\nEnter this request code in the Cisco Smart Software Manager portal:\n")
                + reservation.requestCode + QLatin1Char('\n'),
            0,
            false,
            {}};
}

CliReply LicenseActions::reservationInstall(const QString &path)
{
    QByteArray content;
    QString problem;
    if (!readFile(path, &content, &problem))
        return error(QStringLiteral("Reservation install file failed: ") + problem);
    auto failed = [](const QString &reason) {
        return CliReply {
            QStringLiteral("Reservation install file failed: ") + reason + QLatin1Char('\n'), 1, false, {}};
    };
    reservation::AuthorizationCode::Problem codeProblem = reservation::AuthorizationCode::Problem::None;
    const auto code = reservation::AuthorizationCode::parse(content, m_router.labKey(), &codeProblem);
    if (!code)
        return failed(codeProblem == reservation::AuthorizationCode::Problem::BadSignature
                          ? QStringLiteral("The Reservation Authorization Code signature is invalid")
                          : QStringLiteral("The file does not contain a valid Reservation Authorization Code"));
    Router::Access access(m_router);
    const RouterSpec &spec = access.spec();
    ReservationState &reservation = access.state().reservation;
    if (!reservation.enabled)
        return error(
            QStringLiteral("License reservation is not enabled (configure 'license smart reservation' first)"));
    const QString expectedUdi = QStringLiteral("P:%1,S:%2").arg(spec.pid, spec.serial);
    if (code->udi != expectedUdi)
        return failed(QStringLiteral("The Reservation Authorization Code does not match the Reservation Request Code"));
    reservation.status = QStringLiteral("SPECIFIC INSTALLED");
    reservation.since = access.now();
    reservation.authorizationCode = QString::fromUtf8(code->element);
    reservation.reserved = code->entitlements;
    reservation.requestCode.clear();
    reservation.lastConfirmationCode = reservation::confirmationCode(spec.signingKey, code->element);
    access.markChanged();
    return {QStringLiteral("Reservation install file successful\nLast Confirmation code %1\n")
                .arg(reservation.lastConfirmationCode),
            0,
            false,
            {}};
}

CliReply LicenseActions::reservationReturn()
{
    {
        Router::Access access(m_router);
        if (access.state().reservation.status != QLatin1String("SPECIFIC INSTALLED"))
            return error(QStringLiteral("No reservation authorization code is installed"));
    }
    CliReply reply;
    reply.output = QStringLiteral(
        "This command will remove the license reservation authorization code and the device will transition back to "
        "the unregistered state. Some features may not function properly.\n");
    reply.question = QStringLiteral("Do you want to continue? [yes/no]: ");
    return reply;
}

CliReply LicenseActions::reservationReturnConfirmed(const QString &answer)
{
    if (answer.compare(QLatin1String("yes"), Qt::CaseInsensitive) != 0
        && answer.compare(QLatin1String("y"), Qt::CaseInsensitive) != 0)
        return {};
    Router::Access access(m_router);
    const RouterSpec &spec = access.spec();
    ReservationState &reservation = access.state().reservation;
    if (reservation.status != QLatin1String("SPECIFIC INSTALLED"))
        return error(QStringLiteral("No reservation authorization code is installed"));
    reservation.lastReturnCode = reservation::returnCode(spec.signingKey, spec.udi(), reservation.lastConfirmationCode);
    reservation.status = QStringLiteral("NOT INSTALLED");
    reservation.since = access.now();
    reservation.authorizationCode.clear();
    reservation.reserved.clear();
    access.markChanged();
    return {QStringLiteral("Enter this return code in Cisco Smart Software Manager portal:\n")
                + reservation.lastReturnCode + QLatin1Char('\n'),
            0,
            false,
            {}};
}

CliReply LicenseActions::reservationCancel()
{
    Router::Access access(m_router);
    ReservationState &reservation = access.state().reservation;
    if (reservation.status != QLatin1String("RESERVATION IN PROGRESS"))
        return error(QStringLiteral("No reservation request is in progress"));
    reservation.status = QStringLiteral("NOT INSTALLED");
    reservation.requestCode.clear();
    access.markChanged();
    return {};
}

} // namespace slp::xrsim
