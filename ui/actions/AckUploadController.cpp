#include "AckUploadController.h"

#include "UiLogging.h"
#include "app/ConsoleContext.h"
#include "flows/AckUploadPlanner.h"
#include "flows/ImportAckJob.h"
#include "flows/JobManager.h"
#include "store/ReportLibrary.h"
#include "store/Store.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace slp::ui {

namespace {

constexpr int kNamesShown = 12;

QString someNames(const QStringList &names)
{
    if (names.size() <= kNamesShown)
        return names.join(QStringLiteral(", "));
    return QCoreApplication::translate("slp::ui::AckUploadController", "%1 and %2 more")
        .arg(names.first(kNamesShown).join(QStringLiteral(", ")))
        .arg(names.size() - kNamesShown);
}

// What goes into the library, in order: bundles first (their ids go into their members' rows).
struct PendingAdd
{
    LibraryFileInput input;
    int bundleFileIndex = -1; // set for a bundle: files[index]
    int memberOfFile = -1; // set for an ACK from a bundle
    QString entryName; // how the import job's messages name the ACK ("<bundle>/.../ACK_x.xml")
};

} // namespace

struct AckUploadController::LibraryRun
{
    QList<PendingAdd> pending;
    QHash<int, qint64> bundleIds;
    ImportAckJob::Sources sources;
    int next = 0;
};

AckUploadController::AckUploadController(ConsoleContext &context, QWidget *window)
    : QObject(window)
    , m_context(context)
    , m_window(window)
{ }

QString AckUploadController::summary(const AckUploadPlan &plan)
{
    QStringList lines;
    lines
        << tr("%n ACK(s) read from %1 file(s): ", nullptr, static_cast<int>(plan.entries.size())).arg(plan.files.size())
            + tr("%1 matched to a device, %2 unmatched, %3 refused.")
                  .arg(plan.matchedCount())
                  .arg(plan.unmatchedCount())
                  .arg(plan.refusedCount());
    for (const AckUploadFile &file : plan.files) {
        if (!file.error.isEmpty())
            lines << tr("Refused: %1").arg(file.error);
    }
    for (const AckUploadEntry &entry : plan.entries) {
        if (!entry.problem.isEmpty())
            lines << tr("Refused: %1").arg(entry.problem);
        else if (entry.deviceId == 0)
            lines << tr("Not matched: %1 (UDI %2 is no device of the inventory; refresh or add it)")
                         .arg(entry.name, entry.ack.udi ? entry.ack.udi->canonicalText() : QString());
    }
    for (const QString &problem : plan.bundleProblems)
        lines << tr("Note: %1").arg(problem);
    if (!plan.devicesWithoutAck.isEmpty())
        lines << tr("%n device(s) without an ACK: ", nullptr, static_cast<int>(plan.devicesWithoutAck.size()))
                + someNames(plan.devicesWithoutAck);
    return lines.join(u'\n');
}

void AckUploadController::upload(const QStringList &paths, bool confirm)
{
    if (!m_context.jobs() || paths.isEmpty())
        return;
    QtConcurrent::run([paths] {
        return AckUploadPlanner::read(paths);
    }).then(this, [this, confirm](AckUploadPlan plan) {
        m_context.store().deviceOverview().then(
            this, [this, confirm, plan](const StoreResult<QList<DeviceOverview>> &devices) mutable {
                if (!devices.ok()) {
                    emit failed(tr("The inventory could not be read: %1").arg(devices.error.message));
                    return;
                }
                AckUploadPlanner::match(&plan, devices.value);
                onPlanned(plan, confirm);
            });
    });
}

void AckUploadController::onPlanned(const AckUploadPlan &plan, bool confirm)
{
    const QString text = summary(plan);
    emit planned(text, plan.matchedCount());
    if (plan.matchedCount() == 0) {
        if (confirm)
            QMessageBox::warning(m_window, tr("Upload from Cisco"), text + u'\n' + tr("Nothing to import."));
        else
            emit failed(tr("Nothing to import.\n%1").arg(text));
        return;
    }
    if (confirm) {
        const auto answer = QMessageBox::question(m_window, tr("Upload from Cisco"),
                                                  text + u'\n' + tr("Import the matched ACKs into their devices now?"));
        if (answer != QMessageBox::Yes)
            return;
    }
    keepAndImport(plan);
}

void AckUploadController::keepAndImport(const AckUploadPlan &plan)
{
    auto run = std::make_shared<LibraryRun>();
    for (qsizetype i = 0; i < plan.files.size(); ++i) {
        const AckUploadFile &file = plan.files.at(i);
        if (!file.isBundle || !file.error.isEmpty())
            continue;
        PendingAdd add;
        add.input.kind = LibraryFileKind::AckBundle;
        add.input.state = LibraryFileState::Acknowledged;
        add.input.content = file.content;
        add.input.fileName = QFileInfo(file.path).fileName();
        add.bundleFileIndex = static_cast<int>(i);
        run->pending.append(add);
    }
    for (const AckUploadEntry &entry : plan.entries) {
        if (!entry.problem.isEmpty())
            continue;
        PendingAdd add;
        add.input.kind = LibraryFileKind::Ack;
        add.input.state = LibraryFileState::Acknowledged;
        add.input.content = entry.ack.rawFile;
        add.input.fileName = QFileInfo(entry.name).fileName();
        add.input.deviceId = entry.deviceId;
        if (entry.ack.udi)
            add.input.udi = entry.ack.udi->canonicalText();
        for (const qint64 id : entry.ack.acknowledgedReportIds)
            add.input.reportIds.append(QString::number(id));
        add.entryName = entry.name;
        add.memberOfFile = plan.files.value(entry.fileIndex).isBundle ? entry.fileIndex : -1;
        run->pending.append(add);
    }
    // One add after the other, each continued on the GUI thread: a bundle's id is known before its
    // members are added, and nothing here waits.
    addNext(run, std::make_shared<ReportLibrary>(m_context.store(), m_context.libraryDirectory()));
}

void AckUploadController::addNext(std::shared_ptr<LibraryRun> run, std::shared_ptr<ReportLibrary> library)
{
    if (run->next >= run->pending.size()) {
        m_context.notifyLibraryChanged();
        QList<qint64> deviceIds = run->sources.keys();
        std::sort(deviceIds.begin(), deviceIds.end());
        if (deviceIds.isEmpty() || !m_context.jobs())
            return;
        auto *job = new ImportAckJob(m_context.jobs()->environment(), m_context.jobOptions(), run->sources);
        m_context.jobs()->startJob(job, deviceIds);
        emit jobStarted(tr("Importing ACKs into %n device(s)", nullptr, static_cast<int>(deviceIds.size())));
        return;
    }
    PendingAdd add = run->pending.at(run->next++);
    if (add.memberOfFile >= 0)
        add.input.bundleId = run->bundleIds.value(add.memberOfFile);
    library->add(add.input).then(this, [this, run, library, add](const StoreResult<LibraryFile> &added) {
        if (!added.ok()) {
            emit failed(
                tr("%1 could not be kept in the report library: %2").arg(add.input.fileName, added.error.message));
            return;
        }
        if (add.bundleFileIndex >= 0) {
            run->bundleIds.insert(add.bundleFileIndex, added.value.id);
        } else if (add.input.deviceId != 0) {
            QList<ImportAckJob::Source> &forDevice = run->sources[add.input.deviceId];
            const bool known
                = std::any_of(forDevice.cbegin(), forDevice.cend(), [&](const ImportAckJob::Source &source) {
                      return source.libraryFileId == added.value.id;
                  });
            if (!known)
                forDevice.append({added.value.id, library->absolutePath(added.value), add.entryName});
        }
        addNext(run, library);
    });
}

void AckUploadController::importOnDevice(qint64 deviceId, const QStringList &paths)
{
    if (!m_context.jobs() || paths.isEmpty())
        return;
    ImportAckJob::Sources sources;
    for (const QString &path : paths)
        sources[deviceId].append({0, QFileInfo(path).absoluteFilePath(), QFileInfo(path).fileName()});
    m_context.jobs()->startJob(new ImportAckJob(m_context.jobs()->environment(), m_context.jobOptions(), sources),
                               {deviceId});
    emit jobStarted(tr("Importing %n ACK file(s)", nullptr, static_cast<int>(paths.size())));
}

} // namespace slp::ui
