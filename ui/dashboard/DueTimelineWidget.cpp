#include "DueTimelineWidget.h"

#include "style/ComplianceStyle.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace slp::ui {

namespace {

constexpr qreal kLeftMargin = 86; // room for the overdue bar and the axis labels
constexpr qreal kRightMargin = 12;
constexpr qreal kTopMargin = 28; // legend
constexpr qreal kBottomMargin = 34; // month labels
constexpr int kTooltipNames = 12;

} // namespace

DueTimelineWidget::DueTimelineWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dueTimeline"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setEntries({}, QDate::currentDate());
}

QSize DueTimelineWidget::sizeHint() const
{
    return {760, 220};
}
QSize DueTimelineWidget::minimumSizeHint() const
{
    return {360, 160};
}

void DueTimelineWidget::setEntries(const QList<Entry> &entries, const QDate &today)
{
    m_today = today;
    m_byDay = QList<QList<Entry>>(m_days);
    m_overdue.clear();
    m_beyond = 0;
    for (const Entry &entry : entries) {
        if (!entry.due.isValid())
            continue;
        const qint64 offset = today.daysTo(entry.due);
        if (offset < 0)
            m_overdue.append(entry);
        else if (offset < m_days)
            m_byDay[offset].append(entry);
        else
            ++m_beyond;
    }
    // Worst state at the bottom of each stack, so the eye meets it first.
    const auto worstFirst = [](const Entry &a, const Entry &b) { return a.state > b.state; };
    for (QList<Entry> &day : m_byDay)
        std::stable_sort(day.begin(), day.end(), worstFirst);
    std::stable_sort(m_overdue.begin(), m_overdue.end(), worstFirst);
    m_maxStack = 1;
    for (const QList<Entry> &day : std::as_const(m_byDay))
        m_maxStack = std::max(m_maxStack, static_cast<int>(day.size()));
    update();
}

int DueTimelineWidget::countOnDay(int dayIndex) const
{
    return static_cast<int>(entriesOf(dayIndex).size());
}

const QList<DueTimelineWidget::Entry> &DueTimelineWidget::entriesOf(int dayIndex) const
{
    static const QList<Entry> none;
    if (dayIndex == -1)
        return m_overdue;
    if (dayIndex < 0 || dayIndex >= m_byDay.size())
        return none;
    return m_byDay.at(dayIndex);
}

DueTimelineWidget::Geometry DueTimelineWidget::geometry() const
{
    Geometry g;
    g.plot = QRectF(kLeftMargin, kTopMargin, std::max<qreal>(10, width() - kLeftMargin - kRightMargin),
                    std::max<qreal>(10, height() - kTopMargin - kBottomMargin));
    g.dayWidth = g.plot.width() / m_days;
    // The overdue bar uses the same scale when it fits, else its own (it is labelled with its count).
    g.unitHeight = g.plot.height() / m_maxStack;
    g.overdueBar = QRectF(12, g.plot.top(), kLeftMargin - 30, g.plot.height());
    return g;
}

std::optional<int> DueTimelineWidget::dayAt(const QPoint &position) const
{
    const Geometry g = geometry();
    if (g.overdueBar.contains(position))
        return -1;
    if (position.x() < g.plot.left() || position.x() >= g.plot.right() || position.y() < g.plot.top()
        || position.y() > g.plot.bottom())
        return std::nullopt;
    const int day = static_cast<int>((position.x() - g.plot.left()) / g.dayWidth);
    return std::clamp(day, 0, m_days - 1);
}

QString DueTimelineWidget::describe(int dayIndex) const
{
    const QList<Entry> &entries = entriesOf(dayIndex);
    QString title;
    if (dayIndex == -1)
        title = tr("Overdue: %n device(s)", nullptr, static_cast<int>(entries.size()));
    else
        title = tr("%1: %n device(s) due", nullptr, static_cast<int>(entries.size()))
                    .arg(QLocale().toString(m_today.addDays(dayIndex), QLocale::ShortFormat));
    QStringList lines {title};
    for (int i = 0; i < std::min<int>(kTooltipNames, entries.size()); ++i)
        lines.append(
            QStringLiteral("%1 \u2013 %2").arg(entries.at(i).hostname, ComplianceStyle::text(entries.at(i).state)));
    if (entries.size() > kTooltipNames)
        lines.append(tr("and %n more", nullptr, static_cast<int>(entries.size()) - kTooltipNames));
    return lines.join(u'\n');
}

void DueTimelineWidget::paintStack(QPainter &painter, const QList<Entry> &entries, const QRectF &column,
                                   qreal unitHeight)
{
    // One rectangle per run of equal states (entries are sorted by state): thousands of devices on
    // one day cost a handful of fills, not thousands.
    qreal bottom = column.bottom();
    for (qsizetype first = 0; first < entries.size();) {
        qsizetype last = first;
        while (last < entries.size() && entries.at(last).state == entries.at(first).state)
            ++last;
        const qreal height = unitHeight * static_cast<qreal>(last - first);
        painter.fillRect(QRectF(column.left(), bottom - height, column.width(), height),
                         ComplianceStyle::colour(entries.at(first).state));
        bottom -= height;
        first = last;
    }
}

void DueTimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const Geometry g = geometry();
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.base());

    // Legend: the states that appear, with their colour and word.
    QList<ComplianceState> present;
    const auto note = [&present](const QList<Entry> &entries) {
        for (const Entry &entry : entries) {
            if (!present.contains(entry.state))
                present.append(entry.state);
        }
    };
    note(m_overdue);
    for (const QList<Entry> &day : m_byDay)
        note(day);
    std::sort(present.begin(), present.end(), std::greater<>());
    qreal x = g.plot.left();
    const QFontMetricsF metrics(font());
    for (ComplianceState state : present) {
        painter.drawPixmap(QPointF(x, 6), ComplianceStyle::icon(state).pixmap(14, 14));
        const QString text = ComplianceStyle::text(state);
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(QPointF(x + 18, 6 + metrics.ascent()), text);
        x += 30 + metrics.horizontalAdvance(text);
    }
    if (m_beyond > 0) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        const QString later = tr("%n later", nullptr, m_beyond);
        painter.drawText(QPointF(g.plot.right() - metrics.horizontalAdvance(later), 6 + metrics.ascent()), later);
    }

    // Axis, week lines and month labels.
    painter.setPen(QPen(pal.color(QPalette::Mid), 1));
    painter.drawLine(g.plot.bottomLeft(), g.plot.bottomRight());
    qreal labelEnd = -1; // a month starting a few days after today would print over "Today"
    for (int day = 0; day <= m_days; ++day) {
        const QDate date = m_today.addDays(day);
        const qreal dayX = g.plot.left() + day * g.dayWidth;
        if (date.day() == 1 || day == 0) {
            painter.setPen(QPen(pal.color(QPalette::Mid), 1, Qt::DashLine));
            painter.drawLine(QPointF(dayX, g.plot.top()), QPointF(dayX, g.plot.bottom() + 4));
            painter.setPen(pal.color(QPalette::Text));
            const QString label = day == 0 ? tr("Today") : QLocale().toString(date, QStringLiteral("MMM yyyy"));
            if (dayX + 3 >= labelEnd) {
                painter.drawText(QPointF(dayX + 3, g.plot.bottom() + 4 + metrics.ascent()), label);
                labelEnd = dayX + 3 + metrics.horizontalAdvance(label) + metrics.averageCharWidth();
            }
        } else if (date.dayOfWeek() == 1) {
            painter.setPen(QPen(pal.color(QPalette::Midlight), 1));
            painter.drawLine(QPointF(dayX, g.plot.bottom()), QPointF(dayX, g.plot.bottom() + 3));
        }
    }
    // The due-soon window (30 days) is shaded so "soon" has a visible edge.
    QColor soon = ComplianceStyle::colour(ComplianceState::DueSoon);
    soon.setAlpha(28);
    painter.fillRect(QRectF(g.plot.left(), g.plot.top(), 30 * g.dayWidth, g.plot.height()), soon);

    // Day bars, stacked per state.
    const qreal barWidth = std::max<qreal>(1.0, g.dayWidth - 1);
    for (int day = 0; day < m_days; ++day)
        paintStack(painter, m_byDay.at(day),
                   QRectF(g.plot.left() + day * g.dayWidth, g.plot.top(), barWidth, g.plot.height()), g.unitHeight);
    if (m_maxStack > 1) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(QPointF(g.plot.left() - metrics.horizontalAdvance(QString::number(m_maxStack)) - 4,
                                 g.plot.top() + metrics.ascent()),
                         QString::number(m_maxStack));
    }

    // The overdue bar: one column whatever the count, labelled with it.
    painter.setPen(QPen(pal.color(QPalette::Mid), 1));
    painter.drawRect(g.overdueBar);
    if (!m_overdue.isEmpty()) {
        const qreal unit = g.overdueBar.height() / std::max<int>(m_maxStack, static_cast<int>(m_overdue.size()));
        paintStack(painter, m_overdue, g.overdueBar.adjusted(1, 0, 0, 0), unit);
    }
    painter.setPen(pal.color(QPalette::Text));
    const QString overdueLabel = tr("Overdue");
    painter.drawText(QPointF(g.overdueBar.center().x() - metrics.horizontalAdvance(overdueLabel) / 2,
                             g.plot.bottom() + 4 + metrics.ascent()),
                     overdueLabel);
    const QString overdueCountText = QString::number(m_overdue.size());
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(QPointF(g.overdueBar.center().x() - QFontMetricsF(bold).horizontalAdvance(overdueCountText) / 2,
                             g.overdueBar.top() - 4),
                     overdueCountText);
}

bool DueTimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const std::optional<int> day = dayAt(help->pos());
        if (day && countOnDay(*day) > 0)
            QToolTip::showText(help->globalPos(), describe(*day), this);
        else if (day)
            QToolTip::showText(
                help->globalPos(),
                *day == -1 ? tr("No device is overdue.")
                           : tr("%1: nothing due").arg(QLocale().toString(m_today.addDays(*day), QLocale::ShortFormat)),
                this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void DueTimelineWidget::mousePressEvent(QMouseEvent *event)
{
    const std::optional<int> day = dayAt(event->position().toPoint());
    if (!day || countOnDay(*day) == 0)
        return;
    QList<qint64> ids;
    for (const Entry &entry : entriesOf(*day))
        ids.append(entry.deviceId);
    emit devicesClicked(ids, describe(*day).section(u'\n', 0, 0));
}

} // namespace slp::ui
