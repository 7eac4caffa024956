// show license reservation
#include "UsageBlocks.h"
#include "Views.h"

namespace slp::xrsim::views {

namespace {

void perUdi(TextOutput &out, const QString &role, const QString &udi, const ReservationState &reservation)
{
    out.line(QStringLiteral("  %1: %2").arg(role, udi));
    if (reservation.status == QLatin1String("RESERVATION IN PROGRESS")) {
        out.line(QStringLiteral("      Reservation status: RESERVATION IN PROGRESS on ")
                 + formatDate(reservation.since));
        out.line(QStringLiteral("      Request code: ") + reservation.requestCode);
    } else if (reservation.status == QLatin1String("SPECIFIC INSTALLED")) {
        out.line(QStringLiteral("      Reservation status: SPECIFIC INSTALLED on ") + formatDate(reservation.since));
        out.line(QStringLiteral("      Last Confirmation code: ") + orEmpty(reservation.lastConfirmationCode));
    } else {
        out.line(QStringLiteral("      Reservation status: NOT INSTALLED"));
        if (!reservation.lastReturnCode.isEmpty())
            out.line(QStringLiteral("      Last return code: ") + reservation.lastReturnCode);
    }
}

} // namespace

QString reservation(const ViewContext &context)
{
    const ReservationState &reservation = context.state.reservation;
    TextOutput out;
    out.line();
    out.line(QStringLiteral("License reservation: ")
             + (reservation.enabled ? QStringLiteral("ENABLED") : QStringLiteral("DISABLED")));
    if (!reservation.enabled)
        return out.text();
    out.line(QStringLiteral("Overall status:"));
    perUdi(out, QStringLiteral("Active"), context.spec.udi(), reservation);
    if (context.spec.isHighAvailability())
        perUdi(out, QStringLiteral("Standby"), context.spec.standbyUdi(), reservation);
    if (reservation.status != QLatin1String("SPECIFIC INSTALLED"))
        return out.text();
    out.line(QStringLiteral("Specified license reservations:"));
    for (const auto &[tag, count] : reservation.reserved) {
        const LicenseSpec *license = nullptr;
        for (const LicenseSpec &candidate : context.spec.licenses) {
            if (candidate.tag == tag)
                license = &candidate;
        }
        const QString name = license ? license->name : tag;
        out.line(QStringLiteral("  %1 (%2):").arg(name, tag));
        out.line(blocks::wrapped(QStringLiteral("    Description: "), license ? license->description : name));
        out.line(QStringLiteral("    Total reserved count: %1").arg(count));
        out.line(QStringLiteral("    Enforcement type: ")
                 + (license && license->enforced ? QStringLiteral("ENFORCED") : QStringLiteral("NOT ENFORCED")));
        out.line(QStringLiteral("    Term information:"));
        out.line(QStringLiteral("      Active: ") + context.spec.udi());
        out.line(QStringLiteral("        License type: ")
                 + (license && license->subscription ? QStringLiteral("TERM") : QStringLiteral("PERPETUAL")));
        out.line(QStringLiteral("          Term Count: %1").arg(count));
    }
    return out.text();
}

} // namespace slp::xrsim::views
