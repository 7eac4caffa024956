#pragma once

#include "SnapshotFacts.h"

#include <QTreeWidget>

namespace slp::ui {

// Labelled values grouped under headings, selectable and copyable (detail pane tabs).
class FactsView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit FactsView(QWidget *parent = nullptr);

    // `emptyText` is shown when there is nothing to show (and why).
    void setFacts(const QList<Fact> &facts, const QString &emptyText);
};

} // namespace slp::ui
