#pragma once

#include "compliance/ComplianceState.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

class QPainter;

namespace slp::ui {

// The due-date timeline of the dashboard: one bar per day of the next `days()` days (and one for
// everything already overdue), stacked by compliance state, drawn with QPainter. Hovering a bar
// names its devices; clicking it asks to show them.
class DueTimelineWidget : public QWidget
{
    Q_OBJECT
public:
    struct Entry
    {
        qint64 deviceId = 0;
        QString hostname;
        QDate due; // local date
        ComplianceState state = ComplianceState::Unknown;
    };

    explicit DueTimelineWidget(QWidget *parent = nullptr);

    static constexpr int defaultDays = 120;
    int days() const { return m_days; }

    // `today` is a parameter so that tests and screenshots are reproducible.
    void setEntries(const QList<Entry> &entries, const QDate &today);
    // Devices per day index (-1: overdue bucket), as drawn.
    int countOnDay(int dayIndex) const;
    int overdueCount() const { return static_cast<int>(m_overdue.size()); }
    int beyondCount() const { return m_beyond; }
    // The bar under `position`: a day index, -1 for the overdue bar, or nullopt.
    std::optional<int> dayAt(const QPoint &position) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // The devices of a clicked bar.
    void devicesClicked(const QList<qint64> &deviceIds, const QString &description);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Geometry
    {
        QRectF plot; // the area of the day bars
        QRectF overdueBar;
        qreal dayWidth = 0;
        qreal unitHeight = 0; // pixels per device
    };
    Geometry geometry() const;
    const QList<Entry> &entriesOf(int dayIndex) const;
    static void paintStack(QPainter &painter, const QList<Entry> &entries, const QRectF &column, qreal unitHeight);
    QString describe(int dayIndex) const;

    int m_days = defaultDays;
    QDate m_today;
    QList<QList<Entry>> m_byDay; // m_days lists
    QList<Entry> m_overdue;
    int m_beyond = 0; // due after the window
    int m_maxStack = 1;
};

} // namespace slp::ui
