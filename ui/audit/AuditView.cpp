#include "AuditView.h"

#include "AuditLogModel.h"
#include "app/ConsoleContext.h"
#include "devices/DeviceTableModel.h"
#include "store/Store.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace slp::ui {

AuditView::AuditView(ConsoleContext &context, const DeviceTableModel &devices, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_devices(devices)
    , m_model(new AuditLogModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("auditView"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    auto *layout = new QVBoxLayout(this);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Filter by device, action, command, outcome..."));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(AuditLogModel::At, 150);
    m_table->horizontalHeader()->resizeSection(AuditLogModel::Command, 260);
    layout->addWidget(m_table, 1);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(&m_context, &ConsoleContext::auditChanged, this, &AuditView::reload);
    connect(&m_context, &ConsoleContext::devicesChanged, this, &AuditView::reload);
    connect(&m_context, &ConsoleContext::ready, this, &AuditView::reload);
}

void AuditView::reload()
{
    if (!m_context.isReady())
        return;
    m_context.store().auditLog(0, maxEntries).then(this, [this](const StoreResult<QList<AuditEntry>> &result) {
        if (!result.ok())
            return;
        QHash<qint64, QString> names;
        for (const DeviceRow &row : m_devices.rows())
            names.insert(row.deviceId(), row.overview.device.hostname);
        m_model->setEntries(result.value, names);
        emit loaded(static_cast<int>(result.value.size()));
    });
}

} // namespace slp::ui
