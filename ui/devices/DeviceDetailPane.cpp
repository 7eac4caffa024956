#include "DeviceDetailPane.h"

#include "DeviceTableModel.h"
#include "FactsView.h"
#include "SnapshotHistoryModel.h"
#include "UsageTableModel.h"
#include "app/ConsoleContext.h"
#include "common/DisplayText.h"
#include "store/Store.h"
#include "style/ComplianceStyle.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace slp::ui {

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultSectionSize(120);
    return table;
}

} // namespace

DeviceDetailPane::DeviceDetailPane(ConsoleContext &context, const DeviceTableModel &devices, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_devices(devices)
    , m_usage(new UsageTableModel(this))
    , m_history(new SnapshotHistoryModel(this))
{
    setObjectName(QStringLiteral("deviceDetailPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *headerRow = new QHBoxLayout;
    m_stateIcon = new QLabel(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_stateText = new QLabel(this);
    m_stateText->setObjectName(QStringLiteral("detailState"));
    m_stateText->setWordWrap(true);
    m_stateText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    headerRow->addWidget(m_stateIcon);
    headerRow->addWidget(m_title);
    headerRow->addWidget(m_stateText, 1);
    layout->addLayout(headerRow);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_overview = new FactsView(this);
    m_tabs->addTab(m_overview, tr("Overview"));
    m_usageTable = makeTable(m_usage, this);
    m_usageTable->horizontalHeader()->resizeSection(UsageTableModel::Name, 260);
    m_usageTable->horizontalHeader()->resizeSection(UsageTableModel::Count, 60);
    m_tabs->addTab(m_usageTable, tr("Licenses"));
    m_policy = new FactsView(this);
    m_tabs->addTab(m_policy, tr("Policy && Reporting"));
    m_trust = new FactsView(this);
    m_tabs->addTab(m_trust, tr("Trust && Transport"));
    m_reservation = new FactsView(this);
    m_tabs->addTab(m_reservation, tr("Reservation"));
    m_historyTable = makeTable(m_history, this);
    m_tabs->addTab(m_historyTable, tr("History"));

    auto *raw = new QSplitter(Qt::Horizontal, this);
    m_rawCommands = new QListWidget(raw);
    m_rawText = new QPlainTextEdit(raw);
    m_rawText->setReadOnly(true);
    m_rawText->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_rawText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    raw->setStretchFactor(1, 3);
    m_tabs->addTab(raw, tr("Raw Output"));
    layout->addWidget(m_tabs, 1);
    connect(m_rawCommands, &QListWidget::currentRowChanged, this, &DeviceDetailPane::showRawOutput);
    showDevice(0);
}

void DeviceDetailPane::showDevice(qint64 deviceId)
{
    if (deviceId == m_deviceId && deviceId != 0)
        return;
    m_deviceId = deviceId;
    reload();
}

void DeviceDetailPane::reload()
{
    const quint64 generation = ++m_generation;
    showHeader();
    if (m_deviceId == 0 || !m_context.isReady()) {
        showSnapshot({}, false);
        m_history->setHistory({});
        return;
    }
    const qint64 deviceId = m_deviceId;
    m_context.store()
        .latestSnapshot(deviceId, true)
        .then(this, [this, generation, deviceId](const StoreResult<SnapshotRecord> &result) {
            if (generation != m_generation)
                return;
            showSnapshot(result.value, result.ok());
            m_context.store().snapshotHistory(deviceId).then(
                this, [this, generation, deviceId](const StoreResult<QList<SnapshotSummary>> &history) {
                    if (generation != m_generation)
                        return;
                    m_history->setHistory(history.ok() ? history.value : QList<SnapshotSummary>());
                    emit loaded(deviceId);
                });
        });
}

void DeviceDetailPane::showHeader()
{
    const DeviceRow *row = m_devices.rowForDevice(m_deviceId);
    if (!row) {
        m_stateIcon->clear();
        m_title->setText(m_deviceId == 0 ? tr("No device selected") : QString());
        m_stateText->setText(m_deviceId == 0 ? tr("Select a device to see its licenses, timers and history.")
                                             : QString());
        m_overview->setFacts({}, tr("Select a device."));
        return;
    }
    const DeviceRecord &device = row->overview.device;
    m_stateIcon->setPixmap(ComplianceStyle::icon(row->state).pixmap(32, 32));
    m_title->setText(QStringLiteral("<b>%1</b>").arg(device.hostname.toHtmlEscaped()));
    QString stateLine
        = ComplianceStyle::text(row->state) + QStringLiteral(" \u2014 ") + ComplianceStyle::description(row->state);
    if (row->daysLeft && row->overview.latest)
        stateLine += u' '
            + tr("Next due %1 (%2).")
                  .arg(DisplayText::date(row->overview.latest->nextDue), DisplayText::relativeDays(*row->daysLeft));
    m_stateText->setText(stateLine);
}

void DeviceDetailPane::showSnapshot(const SnapshotRecord &snapshot, bool found)
{
    const DeviceRow *row = m_devices.rowForDevice(m_deviceId);
    QList<Fact> overview;
    if (row) {
        const DeviceRecord &device = row->overview.device;
        const QString deviceGroup = tr("Device");
        overview.append({deviceGroup, tr("Address"), device.endpoint()});
        overview.append({deviceGroup, tr("Credential profile"),
                         device.credentialRef.isEmpty() ? tr("none") : device.credentialRef});
        if (!device.username.isEmpty())
            overview.append({deviceGroup, tr("Username"), device.username});
        if (!device.site.isEmpty())
            overview.append({deviceGroup, tr("Site"), device.site});
        if (!device.tags.isEmpty())
            overview.append({deviceGroup, tr("Tags"), device.tags.join(QLatin1String(", "))});
        overview.append({deviceGroup, tr("Host key"),
                         device.hostKeyFingerprint.isEmpty() ? tr("not known yet") : device.hostKeyFingerprint});
        overview.append({deviceGroup, tr("Last refresh"),
                         device.lastSeen.isValid() ? DisplayText::dateTime(device.lastSeen) : tr("never")});
        if (!device.lastError.isEmpty())
            overview.append({deviceGroup, tr("Last error"), device.lastError});
        if (!device.notes.isEmpty())
            overview.append({deviceGroup, tr("Notes"), device.notes});
    }
    if (found) {
        const SnapshotSummary &summary = snapshot.summary;
        const QString identity = tr("Identity");
        overview.append({identity, tr("UDI"), summary.udi});
        overview.append({identity, tr("Platform"), summary.platformPid});
        overview.append({identity, tr("Serial number"), summary.serial});
        if (!summary.softwareVersion.isEmpty())
            overview.append({identity, tr("IOS XR version"), summary.softwareVersion});
        const QString complianceGroup = tr("Compliance findings");
        for (const QString &finding : SnapshotFacts::findings(snapshot.state))
            overview.append({complianceGroup, QString(), finding});
        if (summary.parseIssueCount > 0)
            overview.append({complianceGroup, tr("Unread lines"),
                             tr("%n line(s) of router output could not be read (see Raw Output).", nullptr,
                                summary.parseIssueCount)});
    }
    m_overview->setFacts(overview, tr("Select a device."));

    const QString notRefreshed = tr("Not refreshed yet: refresh the device to read its license state.");
    m_usage->setUsage(found ? snapshot.usage : QList<UsageRow>());
    m_policy->setFacts(found ? SnapshotFacts::policyAndReporting(snapshot.state) : QList<Fact>(), notRefreshed);
    m_trust->setFacts(found ? SnapshotFacts::trustAndTransport(snapshot.state) : QList<Fact>(), notRefreshed);
    m_reservation->setFacts(found ? SnapshotFacts::reservation(snapshot.state) : QList<Fact>(),
                            found ? tr("The device did not report a reservation.") : notRefreshed);
    m_rawOutputs = found ? snapshot.rawOutputs : QList<RawOutput>();
    m_rawCommands->clear();
    for (const RawOutput &output : m_rawOutputs)
        m_rawCommands->addItem(output.command);
    if (m_rawOutputs.isEmpty())
        m_rawText->setPlainText(found ? tr("No output was kept.") : notRefreshed);
    else
        m_rawCommands->setCurrentRow(0);
}

void DeviceDetailPane::showRawOutput(int row)
{
    if (row >= 0 && row < m_rawOutputs.size())
        m_rawText->setPlainText(m_rawOutputs.at(row).text);
}

} // namespace slp::ui
