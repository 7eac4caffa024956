#include "DevicesView.h"

#include "DeviceDetailPane.h"
#include "DeviceFilterProxy.h"
#include "DeviceInventory.h"
#include "DeviceTableModel.h"
#include "app/ConsoleContext.h"
#include "main/DeviceActionController.h"
#include "settings/ConsoleSettings.h"
#include "style/ComplianceStyle.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace slp::ui {

namespace {

// State filter choices beyond the single states.
constexpr int kAllStates = -1;
constexpr int kNeedsAttention = -2;

const QString kHeaderKey = QStringLiteral("devices/header");
const QString kSplitterKey = QStringLiteral("devices/splitter");

} // namespace

DevicesView::DevicesView(ConsoleContext &context, DeviceInventory &inventory, DeviceActionController &actions,
                         QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_inventory(inventory)
    , m_actions(actions)
    , m_proxy(new DeviceFilterProxy(this))
{
    m_proxy->setSourceModel(inventory.model());

    auto *layout = new QVBoxLayout(this);
    buildFilters();
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_search, 3);
    filterRow->addWidget(m_stateFilter, 1);
    filterRow->addWidget(m_siteFilter, 1);
    filterRow->addWidget(m_tagFilter, 1);
    auto *clear = new QPushButton(tr("Clear filters"), this);
    clear->setObjectName(QStringLiteral("clearFilters"));
    filterRow->addWidget(clear);
    filterRow->addWidget(m_count);
    layout->addLayout(filterRow);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("deviceTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DeviceTableModel::Hostname, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Fixed row heights: with 10,000 rows the view must never measure rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setStretchLastSection(true);
    header->setDefaultSectionSize(110);
    header->resizeSection(DeviceTableModel::Hostname, 140);
    header->resizeSection(DeviceTableModel::Address, 150);
    header->resizeSection(DeviceTableModel::State, 150);
    header->resizeSection(DeviceTableModel::Licenses, 70);
    header->resizeSection(DeviceTableModel::DaysLeft, 70);
    header->resizeSection(DeviceTableModel::Version, 70);
    header->resizeSection(DeviceTableModel::Trust, 80);
    header->resizeSection(DeviceTableModel::Transport, 80);
    header->resizeSection(DeviceTableModel::LastRefresh, 130);
    header->setSectionHidden(DeviceTableModel::Site, true);
    header->setSectionHidden(DeviceTableModel::Tags, true);

    m_detail = new DeviceDetailPane(context, *inventory.model(), this);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("devicesSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);

    connect(clear, &QPushButton::clicked, this, &DevicesView::clearFilters);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &DeviceFilterProxy::setSearchText);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &DevicesView::applyStateFilter);
    connect(m_siteFilter, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_proxy->setSite(index <= 0 ? QString() : m_siteFilter->itemText(index)); });
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_proxy->setTag(index <= 0 ? QString() : m_tagFilter->itemText(index)); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &DevicesView::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &DevicesView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DevicesView::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &DevicesView::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DevicesView::onSelectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DevicesView::onSelectionChanged);
    connect(m_table, &QTableView::customContextMenuRequested, this, &DevicesView::showContextMenu);
    connect(m_table, &QTableView::doubleClicked, this,
            [this] { m_actions.perform(DeviceAction::EditDevice, selectedDeviceIds()); });
    connect(header, &QHeaderView::customContextMenuRequested, this, &DevicesView::showHeaderMenu);
    connect(&m_inventory, &DeviceInventory::loaded, this, [this] {
        refillFilterChoices();
        updateCount();
        onSelectionChanged();
        // The current device's row changed with the reload: its details may have too.
        m_detail->reload();
        if (m_pendingShowDevice != 0)
            showDevice(m_pendingShowDevice);
    });
    restoreLayout();
    updateCount();
}

DevicesView::~DevicesView()
{
    saveLayout();
}

void DevicesView::buildFilters()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("deviceSearch"));
    m_search->setPlaceholderText(tr("Search hostname, address, serial, platform, site, tag..."));
    m_search->setClearButtonEnabled(true);

    m_stateFilter = new QComboBox(this);
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_stateFilter->setToolTip(tr("Show only devices in this compliance state"));
    m_stateFilter->addItem(tr("All states"), kAllStates);
    m_stateFilter->addItem(tr("Needs attention"), kNeedsAttention);
    for (ComplianceState state : ComplianceStyle::statesWorstFirst())
        m_stateFilter->addItem(ComplianceStyle::icon(state), ComplianceStyle::text(state), static_cast<int>(state));

    m_siteFilter = new QComboBox(this);
    m_siteFilter->setObjectName(QStringLiteral("siteFilter"));
    m_siteFilter->setToolTip(tr("Show only devices of this site"));
    m_tagFilter = new QComboBox(this);
    m_tagFilter->setObjectName(QStringLiteral("tagFilter"));
    m_tagFilter->setToolTip(tr("Show only devices with this tag"));
    refillFilterChoices();

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("deviceCount"));
}

void DevicesView::refillFilterChoices()
{
    // Keep the admin's choice across reloads when it still exists.
    const auto refill = [](QComboBox *box, const QString &allText, const QStringList &values) {
        const QString current = box->currentIndex() > 0 ? box->currentText() : QString();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(allText);
        box->addItems(values);
        const int index = current.isEmpty() ? 0 : box->findText(current);
        box->setCurrentIndex(index < 0 ? 0 : index);
        return index < 0 && !current.isEmpty();
    };
    if (refill(m_siteFilter, tr("All sites"), m_inventory.model()->sites()))
        m_proxy->setSite({});
    if (refill(m_tagFilter, tr("All tags"), m_inventory.model()->tags()))
        m_proxy->setTag({});
}

void DevicesView::applyStateFilter()
{
    const int choice = m_stateFilter->currentData().toInt();
    QSet<ComplianceState> states;
    if (choice == kNeedsAttention)
        states = {ComplianceState::Overdue, ComplianceState::OutOfCompliance, ComplianceState::Unreachable,
                  ComplianceState::NoTrust, ComplianceState::DueSoon};
    else if (choice != kAllStates)
        states.insert(static_cast<ComplianceState>(choice));
    m_proxy->setStates(states);
}

void DevicesView::updateCount()
{
    const int total = m_inventory.model()->rowCount();
    const int shown = m_proxy->rowCount();
    if (!m_inventory.hasLoaded())
        m_count->setText(tr("Loading devices..."));
    else if (shown == total)
        m_count->setText(tr("%n device(s)", nullptr, total));
    else
        m_count->setText(tr("Showing %1 of %n device(s)", nullptr, total).arg(shown));
}

QList<qint64> DevicesView::selectedDeviceIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(DeviceTableModel::Hostname);
    ids.reserve(rows.size());
    for (const QModelIndex &index : rows)
        ids.append(index.data(DeviceTableModel::DeviceIdRole).toLongLong());
    return ids;
}

void DevicesView::onSelectionChanged()
{
    const QList<qint64> ids = selectedDeviceIds();
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    qint64 currentId = current.isValid() ? current.data(DeviceTableModel::DeviceIdRole).toLongLong() : 0;
    if (!ids.contains(currentId))
        currentId = ids.isEmpty() ? 0 : ids.first();
    m_detail->showDevice(currentId);
    emit selectionChanged(ids);
}

void DevicesView::showDevice(qint64 deviceId)
{
    const int sourceRow = m_inventory.model()->rowOf(deviceId);
    if (sourceRow < 0) {
        // Not loaded yet (a device just added): select it once the reload arrives.
        m_pendingShowDevice = deviceId;
        return;
    }
    m_pendingShowDevice = 0;
    QModelIndex index = m_proxy->mapFromSource(m_inventory.model()->index(sourceRow, DeviceTableModel::Hostname));
    if (!index.isValid()) {
        clearFilters();
        index = m_proxy->mapFromSource(m_inventory.model()->index(sourceRow, DeviceTableModel::Hostname));
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void DevicesView::clearFilters()
{
    m_proxy->setDeviceIds({});
    m_search->clear();
    m_stateFilter->setCurrentIndex(0);
    m_siteFilter->setCurrentIndex(0);
    m_tagFilter->setCurrentIndex(0);
}

void DevicesView::filterByState(ComplianceState state)
{
    clearFilters();
    m_stateFilter->setCurrentIndex(qMax(0, m_stateFilter->findData(static_cast<int>(state))));
}

void DevicesView::filterByDevices(const QList<qint64> &deviceIds)
{
    clearFilters();
    m_proxy->setDeviceIds(QSet<qint64>(deviceIds.begin(), deviceIds.end()));
    if (!deviceIds.isEmpty())
        showDevice(deviceIds.constFirst());
}

void DevicesView::setDetailPaneVisible(bool visible)
{
    if (m_detail->isVisibleTo(this) == visible)
        return;
    m_detail->setVisible(visible);
    emit detailPaneVisibilityChanged(visible);
}

bool DevicesView::isDetailPaneVisible() const
{
    return m_detail->isVisibleTo(this);
}

void DevicesView::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void DevicesView::showContextMenu(const QPoint &position)
{
    if (!m_table->indexAt(position).isValid())
        return;
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    menu.addAction(m_actions.action(DeviceAction::EditDevice));
    menu.addSeparator();
    m_actions.addFlowActions(&menu);
    menu.addSeparator();
    menu.addAction(m_actions.action(DeviceAction::RemoveDevices));
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void DevicesView::showHeaderMenu(const QPoint &position)
{
    QHeaderView *header = m_table->horizontalHeader();
    QMenu menu(this);
    auto *model = m_inventory.model();
    for (int column = 0; column < model->columnCount(); ++column) {
        QAction *toggle = menu.addAction(model->headerData(column, Qt::Horizontal).toString());
        toggle->setCheckable(true);
        toggle->setChecked(!header->isSectionHidden(column));
        // The hostname names the row: it cannot be hidden.
        toggle->setEnabled(column != DeviceTableModel::Hostname);
        connect(toggle, &QAction::toggled, header,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.exec(header->mapToGlobal(position));
}

void DevicesView::restoreLayout()
{
    QSettings &settings = m_context.settings().raw();
    if (settings.contains(kHeaderKey))
        m_table->horizontalHeader()->restoreState(settings.value(kHeaderKey).toByteArray());
    if (settings.contains(kSplitterKey))
        m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
}

void DevicesView::saveLayout() const
{
    QSettings &settings = m_context.settings().raw();
    settings.setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
}

} // namespace slp::ui
