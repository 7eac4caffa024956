#include "ImportAckJob.h"

#include "DeviceAckImport.h"
#include "FlowsLogging.h"
#include "ThreadPoolTask.h"
#include "store/DeviceTable.h"
#include "store/JobTable.h"
#include "store/LibraryFileTable.h"
#include "store/SnapshotTable.h"
#include "store/Store.h"
#include "store/StoreTasks.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

namespace slp {

namespace {

const QString acksKey = QStringLiteral("acks");

} // namespace

ImportAckJob::ImportAckJob(JobEnvironment environment, JobOptions options, Sources sources, QObject *parent)
    : Job(QString::fromLatin1(kindName), std::move(environment), options, parent)
    , m_sources(std::move(sources))
{ }

Job *ImportAckJob::fromParameters(const JobEnvironment &environment, const JobOptions &options,
                                  const QJsonObject &parameters)
{
    return new ImportAckJob(environment, options, sourcesFromParameters(parameters));
}

ImportAckJob::Sources ImportAckJob::sourcesFromParameters(const QJsonObject &parameters)
{
    Sources sources;
    for (const QJsonValue &value : parameters.value(acksKey).toArray()) {
        const QJsonObject entry = value.toObject();
        const qint64 deviceId = entry.value(QStringLiteral("device")).toInteger();
        sources[deviceId].append({entry.value(QStringLiteral("library_file")).toInteger(),
                                  entry.value(QStringLiteral("path")).toString(),
                                  entry.value(QStringLiteral("name")).toString()});
    }
    return sources;
}

QJsonObject ImportAckJob::parameters() const
{
    QJsonObject parameters = Job::parameters();
    QJsonArray acks;
    for (auto it = m_sources.cbegin(); it != m_sources.cend(); ++it) {
        for (const Source &source : it.value())
            acks.append(QJsonObject {{QStringLiteral("device"), it.key()},
                                     {QStringLiteral("library_file"), source.libraryFileId},
                                     {QStringLiteral("path"), source.path},
                                     {QStringLiteral("name"), source.name}});
    }
    parameters.insert(acksKey, acks);
    return parameters;
}

ImportAckJob::Prepared ImportAckJob::prepare(const QList<Source> &sources)
{
    Prepared prepared;
    for (const Source &source : sources) {
        AckImportItem item;
        item.libraryFileId = source.libraryFileId;
        item.localPath = QFileInfo(source.path).absoluteFilePath();
        item.source = source.name.isEmpty() ? QFileInfo(source.path).fileName() : source.name;
        QFile file(item.localPath);
        if (!file.open(QIODevice::ReadOnly)) {
            prepared.error = QStringLiteral("cannot read the ACK file %1: %2").arg(item.localPath, file.errorString());
            return prepared;
        }
        FormatResult<AckFile> read = DeviceAckImport::readAck(file.readAll(), item.source);
        if (!read.ok()) {
            prepared.error = read.error();
            return prepared;
        }
        item.ack = std::move(read).value();
        prepared.items.append(item);
    }
    return prepared;
}

void ImportAckJob::startDevice(const DeviceRun &run)
{
    const QList<Source> sources = m_sources.value(run.device.id);
    runOnThreadPool([sources] { return prepare(sources); }).then(this, [this, run](const Prepared &prepared) {
        // The latest snapshot names the device's UDI, and carries the usage history compliance needs.
        loadPrevious(run, [this, run, prepared](const std::optional<SnapshotRecord> &previous) {
            onPrepared(run, prepared, previous);
        });
    });
}

void ImportAckJob::onPrepared(const DeviceRun &run, const Prepared &prepared,
                              const std::optional<SnapshotRecord> &latest)
{
    const qint64 deviceId = run.device.id;
    if (isCancelRequested()) {
        completeDevice(deviceId, JobStepState::Cancelled, QStringLiteral("cancelled"));
        return;
    }
    AckImportOutcome refused;
    refused.message = prepared.error;
    if (refused.message.isEmpty())
        refused.message = DeviceAckImport::check(prepared.items, latest, run.device.hostname);
    QList<SshStep> steps;
    if (refused.message.isEmpty())
        steps = DeviceAckImport::steps(prepared.items, &refused.message);
    if (!refused.message.isEmpty()) {
        // Nothing was sent to the router.
        finishDevice(deviceId, refused);
        return;
    }
    runSsh(run, steps, [this, deviceId, run, items = prepared.items, latest](const SshJobResult &result) {
        const bool cancelled = result.error.kind == SshErrorKind::Cancelled;
        const DeviceFailure sshKind = deviceFailureOf(result.error.kind);
        const QString sshFailure
            = result.ok() ? QString() : (cancelled ? QStringLiteral("cancelled") : describeSshFailure(result.error));
        const qint64 jobId = id();
        const QString hostname = run.device.hostname;
        const QDateTime takenAt = QDateTime::currentDateTimeUtc();
        runOnThreadPool([=] {
            return DeviceAckImport::evaluate(deviceId, jobId, hostname, items, result, sshFailure, latest, takenAt);
        }).then(this, [this, deviceId, cancelled, sshKind](const AckImportOutcome &outcome) {
            if (cancelled && outcome.importedLibraryFileIds.isEmpty() && outcome.acknowledgedReportIds.isEmpty()) {
                completeDevice(deviceId, JobStepState::Cancelled, QStringLiteral("cancelled"));
                return;
            }
            finishDevice(deviceId, outcome, sshKind);
        });
    });
}

void ImportAckJob::finishDevice(qint64 deviceId, const AckImportOutcome &outcome, DeviceFailure sshFailure)
{
    m_outcomes.insert(deviceId, outcome);
    completeDevice(deviceId, outcome.succeeded ? JobStepState::Succeeded : JobStepState::Failed, outcome.message,
                   outcome.succeeded ? DeviceFailure::None : sshFailure);
}

QFuture<StoreError> ImportAckJob::persistOutcome(const DeviceRecord &device, const JobStepRecord &step)
{
    if (step.state != JobStepState::Succeeded && step.state != JobStepState::Failed) {
        m_outcomes.remove(device.id);
        return Job::persistOutcome(device, step);
    }
    AckImportOutcome outcome = m_outcomes.take(device.id);
    if (outcome.message.isEmpty())
        outcome.message = step.message; // failed before the import began (credentials, ...)
    QList<qint64> libraryFileIds;
    for (const Source &source : m_sources.value(device.id)) {
        if (source.libraryFileId > 0)
            libraryFileIds.append(source.libraryFileId);
    }
    return storetasks::write<StoreError>(environment().store->worker(),
                                         [deviceId = device.id, outcome, libraryFileIds, step](StoreSession &session) {
                                             return storeOutcome(session, deviceId, outcome, libraryFileIds, step);
                                         });
}

StoreError ImportAckJob::storeOutcome(StoreSession &session, qint64 deviceId, const AckImportOutcome &outcome,
                                      const QList<qint64> &libraryFileIds, const JobStepRecord &step)
{
    if (outcome.snapshot) {
        if (const StoreResult<qint64> saved = SnapshotTable(session).insert(*outcome.snapshot); !saved.ok())
            return saved.error;
    }
    if (!outcome.succeeded) {
        // The device remembers why (a stored snapshot above does not hide the failure).
        if (StoreError recorded = DeviceTable(session).recordFailure(deviceId, outcome.message); !recorded.ok())
            return recorded;
    }
    LibraryFileTable library(session);
    if (!outcome.importedLibraryFileIds.isEmpty()) {
        if (StoreError marked = library.setState(outcome.importedLibraryFileIds, LibraryFileState::Imported);
            !marked.ok())
            return marked;
    }
    QList<qint64> failed;
    for (const qint64 id : libraryFileIds) {
        if (!outcome.importedLibraryFileIds.contains(id))
            failed.append(id);
    }
    if (!failed.isEmpty()) {
        if (StoreError marked = library.setState(failed, LibraryFileState::Failed, outcome.message); !marked.ok())
            return marked;
    }
    if (!outcome.acknowledgedReportIds.isEmpty()) {
        // The device's RUM files that carried these reports are acknowledged now (by device: indexed).
        QSet<QString> acknowledged;
        for (const qint64 reportId : outcome.acknowledgedReportIds)
            acknowledged.insert(QString::number(reportId));
        LibraryFilter filter;
        filter.kind = LibraryFileKind::Rum;
        filter.deviceId = deviceId;
        const StoreResult<QList<LibraryFile>> rum = library.list(filter);
        if (!rum.ok())
            return rum.error;
        QList<qint64> rumIds;
        for (const LibraryFile &file : rum.value) {
            if (file.state == LibraryFileState::Acknowledged)
                continue;
            for (const QString &reportId : file.reportIds) {
                if (acknowledged.contains(reportId)) {
                    rumIds.append(file.id);
                    break;
                }
            }
        }
        if (!rumIds.isEmpty()) {
            if (StoreError marked = library.setState(rumIds, LibraryFileState::Acknowledged); !marked.ok())
                return marked;
        }
    }
    return JobTable(session).upsertStep(step);
}

} // namespace slp
