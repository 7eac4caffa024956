#include "DashboardView.h"

#include "AttentionModel.h"
#include "DueTimelineWidget.h"
#include "compliance/FleetSummary.h"
#include "devices/DeviceInventory.h"
#include "devices/DeviceTableModel.h"
#include "main/DeviceActionController.h"
#include "style/ComplianceStyle.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace slp::ui {

namespace {

constexpr int kTileColumns = 6;

} // namespace

DashboardView::DashboardView(DeviceInventory &inventory, DeviceActionController &actions, QWidget *parent)
    : QWidget(parent)
    , m_inventory(inventory)
    , m_actions(actions)
    , m_attention(new AttentionModel(this))
{
    setObjectName(QStringLiteral("dashboard"));
    auto *layout = new QVBoxLayout(this);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("headline"));
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_headline->setFont(big);
    layout->addWidget(m_headline);

    auto *tilesBox = new QGroupBox(tr("Devices by compliance state"), this);
    auto *tiles = new QGridLayout(tilesBox);
    int position = 0;
    for (ComplianceState state : ComplianceStyle::statesWorstFirst()) {
        auto *tile = new QToolButton(tilesBox);
        tile->setObjectName(QStringLiteral("tile_") + complianceStateId(state));
        tile->setIcon(ComplianceStyle::icon(state));
        tile->setIconSize(QSize(24, 24));
        tile->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        tile->setMinimumHeight(44);
        tile->setAutoRaise(false);
        tile->setToolTip(ComplianceStyle::description(state) + u'\n' + tr("Click to list these devices."));
        connect(tile, &QToolButton::clicked, this, [this, state] { emit stateClicked(state); });
        tiles->addWidget(tile, position / kTileColumns, position % kTileColumns);
        m_tiles.insert(state, tile);
        ++position;
    }
    layout->addWidget(tilesBox);

    auto *timelineBox = new QGroupBox(tr("Report due dates, next 120 days"), this);
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    m_timeline = new DueTimelineWidget(timelineBox);
    timelineLayout->addWidget(m_timeline);
    auto *timelineHint
        = new QLabel(tr("Each bar is one day; its height is the number of devices due that day, coloured by "
                        "state. The shaded band is the next 30 days. Click a bar to list its devices."),
                     timelineBox);
    timelineHint->setWordWrap(true);
    timelineHint->setForegroundRole(QPalette::PlaceholderText);
    timelineLayout->addWidget(timelineHint);
    layout->addWidget(timelineBox, 2);

    auto *attentionBox = new QGroupBox(tr("Needs attention now"), this);
    auto *attentionLayout = new QVBoxLayout(attentionBox);
    m_attentionTable = new QTableView(attentionBox);
    m_attentionTable->setObjectName(QStringLiteral("attentionTable"));
    m_attentionTable->setModel(m_attention);
    m_attentionTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attentionTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attentionTable->verticalHeader()->hide();
    m_attentionTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_attentionTable->horizontalHeader()->setSectionResizeMode(AttentionModel::Why, QHeaderView::Stretch);
    m_attentionTable->horizontalHeader()->resizeSection(AttentionModel::Device, 140);
    m_attentionTable->horizontalHeader()->resizeSection(AttentionModel::State, 150);
    m_attentionTable->horizontalHeader()->resizeSection(AttentionModel::Fix, 150);
    m_attentionTable->setMouseTracking(true);
    attentionLayout->addWidget(m_attentionTable);
    layout->addWidget(attentionBox, 3);

    connect(m_attentionTable, &QTableView::clicked, this, &DashboardView::onAttentionClicked);
    connect(m_attentionTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        m_actions.perform(DeviceAction::ShowDevice, {index.data(AttentionModel::DeviceIdRole).toLongLong()});
    });
    connect(m_timeline, &DueTimelineWidget::devicesClicked, this, &DashboardView::devicesClicked);
    connect(&m_inventory, &DeviceInventory::loaded, this, &DashboardView::rebuild);
    rebuild();
}

int DashboardView::tileCount(ComplianceState state) const
{
    return m_counts.value(state);
}

void DashboardView::rebuild()
{
    const QList<DeviceRow> &rows = m_inventory.model()->rows();
    FleetSummary summary;
    QList<DueTimelineWidget::Entry> entries;
    for (const DeviceRow &row : rows) {
        summary.add(row.state);
        if (row.overview.latest && row.overview.latest->nextDue.isValid())
            entries.append({row.deviceId(), row.overview.device.hostname,
                            row.overview.latest->nextDue.toLocalTime().date(), row.state});
    }
    m_counts.clear();
    for (auto it = m_tiles.cbegin(); it != m_tiles.cend(); ++it) {
        const int count = summary.count(it.key());
        m_counts.insert(it.key(), count);
        it.value()->setText(QStringLiteral("%1  %2").arg(count).arg(ComplianceStyle::text(it.key())));
        // Empty states stay visible but quiet, so the layout does not jump between refreshes.
        it.value()->setEnabled(count > 0);
    }
    if (!m_inventory.hasLoaded())
        m_headline->setText(tr("Loading the inventory..."));
    else if (summary.total() == 0)
        m_headline->setText(tr("No devices yet. Add one (Devices > Add Device), import an inventory CSV, or drop a "
                               "CSV file on this window."));
    else if (summary.needingAttention() == 0)
        m_headline->setText(tr("All %n device(s) are in order.", nullptr, summary.total()));
    else
        m_headline->setText(
            tr("%1 of %n device(s) need attention.", nullptr, summary.total()).arg(summary.needingAttention()));
    m_timeline->setEntries(entries, QDate::currentDate());
    m_attention->setRows(rows);
}

void DashboardView::onAttentionClicked(const QModelIndex &index)
{
    if (index.column() != AttentionModel::Fix)
        return;
    const auto action = static_cast<DeviceAction>(index.data(AttentionModel::FixActionRole).toInt());
    if (!index.data(AttentionModel::FixAvailableRole).toBool())
        return; // the tooltip says why; a disabled fix does nothing
    m_actions.perform(action, {index.data(AttentionModel::DeviceIdRole).toLongLong()});
}

} // namespace slp::ui
