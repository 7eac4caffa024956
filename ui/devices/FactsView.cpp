#include "FactsView.h"

#include <QHeaderView>

namespace slp::ui {

FactsView::FactsView(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({tr("Field"), tr("Value")});
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    setRootIsDecorated(false);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
}

void FactsView::setFacts(const QList<Fact> &facts, const QString &emptyText)
{
    clear();
    if (facts.isEmpty()) {
        auto *item = new QTreeWidgetItem(this, {emptyText});
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::ItemIsEnabled);
        return;
    }
    QTreeWidgetItem *group = nullptr;
    for (const Fact &fact : facts) {
        if (!group || group->text(0) != fact.group) {
            group = new QTreeWidgetItem(this, {fact.group});
            group->setFirstColumnSpanned(true);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFlags(Qt::ItemIsEnabled);
        }
        auto *item = new QTreeWidgetItem(group, {fact.label, fact.value});
        item->setToolTip(1, fact.value);
    }
    expandAll();
}

} // namespace slp::ui
