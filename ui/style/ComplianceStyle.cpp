#include "ComplianceStyle.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace slp::ui {

namespace {

enum class Shape { Check, CheckSquare, Letter, Hourglass, HollowCircle, Clock, Triangle, Octagon, Diamond, Question };

Shape shapeOf(ComplianceState state)
{
    switch (state) {
    case ComplianceState::Healthy:
        return Shape::Check;
    case ComplianceState::SlrInstalled:
        return Shape::CheckSquare;
    case ComplianceState::LegacySmartLicensing:
        return Shape::Letter;
    case ComplianceState::Pending:
        return Shape::Hourglass;
    case ComplianceState::NeverReported:
        return Shape::HollowCircle;
    case ComplianceState::DueSoon:
        return Shape::Clock;
    case ComplianceState::NoTrust:
    case ComplianceState::OutOfCompliance:
        return Shape::Triangle;
    case ComplianceState::Overdue:
        return Shape::Octagon;
    case ComplianceState::Unreachable:
        return Shape::Diamond;
    case ComplianceState::Unknown:
        break;
    }
    return Shape::Question;
}

QPolygonF regularPolygon(QPointF centre, qreal radius, int corners, qreal startDegrees)
{
    QPolygonF polygon;
    for (int corner = 0; corner < corners; ++corner) {
        const qreal angle = (startDegrees + 360.0 * corner / corners) * M_PI / 180.0;
        polygon << QPointF(centre.x() + radius * std::cos(angle), centre.y() + radius * std::sin(angle));
    }
    return polygon;
}

void drawExclamation(QPainter &painter, QPointF centre, qreal size)
{
    painter.drawLine(QPointF(centre.x(), centre.y() - size * 0.22), QPointF(centre.x(), centre.y() + size * 0.06));
    painter.drawPoint(QPointF(centre.x(), centre.y() + size * 0.2));
}

// Glyphs are drawn as lines, not font characters: the icon must look the same on every platform and
// under the offscreen/Xvfb platforms where symbol fonts may be missing.
QPixmap drawIcon(ComplianceState state, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor fill = ComplianceStyle::colour(state);
    const qreal s = size;
    const QPointF centre(s / 2, s / 2);
    const qreal radius = s * 0.44;
    QPen glyph(Qt::white, std::max<qreal>(1.5, s * 0.12), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    switch (shapeOf(state)) {
    case Shape::Check:
        painter.drawEllipse(centre, radius, radius);
        painter.setPen(glyph);
        painter.drawPolyline(
            QPolygonF({QPointF(s * 0.28, s * 0.52), QPointF(s * 0.44, s * 0.68), QPointF(s * 0.72, s * 0.34)}));
        break;
    case Shape::CheckSquare:
        painter.drawRoundedRect(QRectF(s * 0.08, s * 0.08, s * 0.84, s * 0.84), s * 0.12, s * 0.12);
        painter.setPen(glyph);
        painter.drawPolyline(
            QPolygonF({QPointF(s * 0.28, s * 0.52), QPointF(s * 0.44, s * 0.68), QPointF(s * 0.72, s * 0.34)}));
        break;
    case Shape::Letter:
        painter.drawEllipse(centre, radius, radius);
        painter.setPen(glyph);
        painter.drawPolyline(
            QPolygonF({QPointF(s * 0.4, s * 0.28), QPointF(s * 0.4, s * 0.7), QPointF(s * 0.66, s * 0.7)}));
        break;
    case Shape::Hourglass:
        painter.drawEllipse(centre, radius, radius);
        painter.setPen(glyph);
        painter.drawPolygon(QPolygonF({QPointF(s * 0.34, s * 0.28), QPointF(s * 0.66, s * 0.28),
                                       QPointF(s * 0.34, s * 0.72), QPointF(s * 0.66, s * 0.72)}));
        break;
    case Shape::HollowCircle:
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(fill, std::max<qreal>(1.5, s * 0.14)));
        painter.drawEllipse(centre, radius * 0.85, radius * 0.85);
        painter.setPen(QPen(fill, std::max<qreal>(1.5, s * 0.12), Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(s * 0.5, s * 0.34), QPointF(s * 0.5, s * 0.66));
        break;
    case Shape::Clock:
        painter.drawEllipse(centre, radius, radius);
        painter.setPen(glyph);
        painter.drawPolyline(
            QPolygonF({QPointF(s * 0.5, s * 0.24), QPointF(s * 0.5, s * 0.5), QPointF(s * 0.7, s * 0.62)}));
        break;
    case Shape::Triangle:
        painter.drawPolygon(
            QPolygonF({QPointF(s * 0.5, s * 0.06), QPointF(s * 0.96, s * 0.9), QPointF(s * 0.04, s * 0.9)}));
        painter.setPen(glyph);
        drawExclamation(painter, QPointF(s * 0.5, s * 0.6), s);
        break;
    case Shape::Octagon:
        painter.drawPolygon(regularPolygon(centre, radius * 1.08, 8, 22.5));
        painter.setPen(glyph);
        drawExclamation(painter, centre, s);
        break;
    case Shape::Diamond:
        painter.drawPolygon(regularPolygon(centre, radius * 1.1, 4, 0));
        painter.setPen(glyph);
        painter.drawLine(QPointF(s * 0.36, s * 0.36), QPointF(s * 0.64, s * 0.64));
        painter.drawLine(QPointF(s * 0.64, s * 0.36), QPointF(s * 0.36, s * 0.64));
        break;
    case Shape::Question: {
        painter.drawEllipse(centre, radius, radius);
        painter.setPen(glyph);
        QPainterPath hook;
        hook.moveTo(s * 0.36, s * 0.38);
        hook.cubicTo(s * 0.36, s * 0.2, s * 0.66, s * 0.2, s * 0.64, s * 0.4);
        hook.cubicTo(s * 0.62, s * 0.5, s * 0.5, s * 0.5, s * 0.5, s * 0.6);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(hook);
        painter.drawPoint(QPointF(s * 0.5, s * 0.74));
        break;
    }
    }
    return pixmap;
}

} // namespace

QString ComplianceStyle::text(ComplianceState state)
{
    switch (state) {
    case ComplianceState::Unknown:
        return tr("Not refreshed");
    case ComplianceState::Healthy:
        return tr("Healthy");
    case ComplianceState::SlrInstalled:
        return tr("SLR installed");
    case ComplianceState::LegacySmartLicensing:
        return tr("Smart Licensing (legacy)");
    case ComplianceState::Pending:
        return tr("Pending");
    case ComplianceState::NeverReported:
        return tr("Never reported");
    case ComplianceState::DueSoon:
        return tr("Due soon");
    case ComplianceState::NoTrust:
        return tr("No trust");
    case ComplianceState::OutOfCompliance:
        return tr("Out of compliance");
    case ComplianceState::Overdue:
        return tr("Overdue");
    case ComplianceState::Unreachable:
        return tr("Unreachable");
    }
    return tr("Not refreshed");
}

QString ComplianceStyle::description(ComplianceState state)
{
    switch (state) {
    case ComplianceState::Unknown:
        return tr("The console has not read this device yet. Refresh it.");
    case ComplianceState::Healthy:
        return tr("Usage is reported and acknowledged; nothing to do before the next due date.");
    case ComplianceState::SlrInstalled:
        return tr("A Specific License Reservation is installed: the device needs no usage reporting.");
    case ComplianceState::LegacySmartLicensing:
        return tr("The device runs classic Smart Licensing (IOS XR 7.x): deadlines come from its registration.");
    case ComplianceState::Pending:
        return tr("Licenses are in use but not acknowledged yet: collect usage and send it to CSSM.");
    case ComplianceState::NeverReported:
        return tr("The device never received an ACK. Report its usage before the first report is due.");
    case ComplianceState::DueSoon:
        return tr("The next usage report is due within 30 days: collect usage and send it to CSSM.");
    case ComplianceState::NoTrust:
        return tr("No trust code is installed: establish trust with an ID token.");
    case ComplianceState::OutOfCompliance:
        return tr("A license is out of compliance: check its license usage and the Smart Account.");
    case ComplianceState::Overdue:
        return tr("The usage report is overdue: collect usage and send it to CSSM now.");
    case ComplianceState::Unreachable:
        return tr("The last refresh failed: the state shown is the last one known. Check the error.");
    }
    return {};
}

QColor ComplianceStyle::colour(ComplianceState state)
{
    // Okabe-Ito palette.
    switch (state) {
    case ComplianceState::Healthy:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case ComplianceState::SlrInstalled:
        return QColor(0x00, 0x72, 0xB2); // blue
    case ComplianceState::LegacySmartLicensing:
        return QColor(0x59, 0x59, 0x59);
    case ComplianceState::Pending:
    case ComplianceState::NeverReported:
        return QColor(0x3A, 0x8F, 0xC4); // sky blue, darkened for contrast on white
    case ComplianceState::DueSoon:
    case ComplianceState::NoTrust:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case ComplianceState::OutOfCompliance:
    case ComplianceState::Overdue:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    case ComplianceState::Unreachable:
        return QColor(0xCC, 0x79, 0xA7); // reddish purple
    case ComplianceState::Unknown:
        break;
    }
    return QColor(0x99, 0x99, 0x99);
}

QIcon ComplianceStyle::icon(ComplianceState state)
{
    static QHash<ComplianceState, QIcon> cache;
    if (const auto it = cache.constFind(state); it != cache.constEnd())
        return *it;
    QIcon icon;
    icon.addPixmap(drawIcon(state, 16));
    icon.addPixmap(drawIcon(state, 32));
    cache.insert(state, icon);
    return icon;
}

QList<ComplianceState> ComplianceStyle::statesWorstFirst()
{
    return {ComplianceState::Overdue,      ComplianceState::OutOfCompliance, ComplianceState::Unreachable,
            ComplianceState::NoTrust,      ComplianceState::DueSoon,         ComplianceState::NeverReported,
            ComplianceState::Pending,      ComplianceState::Unknown,         ComplianceState::LegacySmartLicensing,
            ComplianceState::SlrInstalled, ComplianceState::Healthy};
}

QString ComplianceStyle::dueReasonText(const QString &reasonId)
{
    if (reasonId == QLatin1String("first_report"))
        return tr("first report");
    if (reasonId == QLatin1String("periodic"))
        return tr("periodic report");
    if (reasonId == QLatin1String("on_change"))
        return tr("report after a usage change");
    if (reasonId == QLatin1String("router_deadline"))
        return tr("the router's ACK deadline");
    if (reasonId == QLatin1String("trust_deadline"))
        return tr("trust within 90 days of first use");
    if (reasonId == QLatin1String("sia_grace_period"))
        return tr("SIA grace period ends");
    if (reasonId == QLatin1String("legacy_renewal"))
        return tr("Smart Licensing registration renewal");
    if (reasonId == QLatin1String("none"))
        return {};
    return reasonId;
}

} // namespace slp::ui
