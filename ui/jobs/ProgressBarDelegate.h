#pragma once

#include <QStyledItemDelegate>

namespace slp::ui {

// Draws a progress bar in a table cell from an int role: 0..100, or -1 for "busy".
class ProgressBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ProgressBarDelegate(int progressRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace slp::ui
