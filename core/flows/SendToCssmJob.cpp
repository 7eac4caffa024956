#include "SendToCssmJob.h"

#include "DeviceAckImport.h"
#include "FlowsLogging.h"
#include "ImportAckJob.h"
#include "ThreadPoolTask.h"
#include "UsageCollection.h"
#include "cssm/CssmClient.h"
#include "cssm/CssmResults.h"
#include "formats/RumFileReader.h"
#include "store/AuditEntry.h"
#include "store/CssmSettingsStore.h"
#include "store/LibraryFileTable.h"
#include "store/ReportLibrary.h"
#include "store/Store.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>

namespace slp {

namespace {

const QString acknowledgements = QStringLiteral("acknowledgements");

QList<qint64> idsOf(const QList<LibraryFile> &files)
{
    QList<qint64> ids;
    for (const LibraryFile &file : files)
        ids.append(file.id);
    return ids;
}

bool sameUdi(const QString &left, const QString &right)
{
    const std::optional<Udi> a = Udi::fromText(left);
    const std::optional<Udi> b = Udi::fromText(right);
    return a && b ? a->pid == b->pid && a->serial == b->serial : left == right;
}

// "Report 1000000202 from PID:..,SN:..: signature verification failed ...": which report and UDI
// CSSM refused (cssmsim and CSSM word it so); nullopt for any other message.
struct RefusedReport
{
    QString reportId;
    QString udi;
    QString reason;
};

std::optional<RefusedReport> refusedReport(const QString &message)
{
    static const QRegularExpression pattern(QStringLiteral(R"(Report (\d+) from (PID:[^,]*,SN:[^:\s]*): (.*))"));
    const QRegularExpressionMatch match = pattern.match(message);
    if (!match.hasMatch())
        return std::nullopt;
    return RefusedReport {match.captured(1), match.captured(2), match.captured(3)};
}

// A CSSM failure after which the reports were certainly not taken: they may be sent again as new.
bool certainlyNotTaken(const CssmError &error)
{
    switch (error.kind) {
    case CssmError::Kind::Configuration:
    case CssmError::Kind::Tls:
    case CssmError::Kind::Authentication:
    case CssmError::Kind::Rejected:
        return true;
    default:
        return false; // network, timeout, 5xx, cancel: the request may have arrived
    }
}

} // namespace

SendToCssmJob::SendToCssmJob(JobEnvironment environment, JobOptions options, QObject *parent)
    : Job(QString::fromLatin1(kindName), std::move(environment), options, parent)
{
    // The submission waits until every device has collected (or failed): progress tells when.
    connect(this, &Job::progressChanged, this, &SendToCssmJob::submitWhenAllCollected);
    // Job::cancel() reaches SSH sessions; devices waiting for CSSM are watched here.
    m_cancelWatch.setInterval(100);
    connect(&m_cancelWatch, &QTimer::timeout, this, &SendToCssmJob::checkCancel);
}

Job *SendToCssmJob::fromParameters(const JobEnvironment &environment, const JobOptions &options, const QJsonObject &)
{
    // What was sent is in the report library (rows marked with this job's id and nonce), not here.
    return new SendToCssmJob(environment, options);
}

QString SendToCssmJob::sentDetail(qint64 jobId, const QString &nonce)
{
    return QStringLiteral("sent to CSSM by job %1, submission %2").arg(jobId).arg(nonce);
}

QString SendToCssmJob::nonceOfDetail(qint64 jobId, const QString &detail)
{
    const QString prefix = QStringLiteral("sent to CSSM by job %1, submission ").arg(jobId);
    return detail.startsWith(prefix) ? detail.mid(prefix.size()).trimmed() : QString();
}

void SendToCssmJob::startDevice(const DeviceRun &run)
{
    if (!environment().cssm) {
        completeDevice(run.device.id, JobStepState::Failed, CssmSettingsStore::notConfiguredMessage());
        return;
    }
    // Rows this job sent before it was interrupted: poll (or resend) that submission, never collect
    // and send anew.
    ReportLibrary(*environment().store, environment().libraryDirectory)
        .files(run.device.id, LibraryFileKind::Rum, LibraryFileState::Sent)
        .then(this, [this, run](const StoreResult<QList<LibraryFile>> &sent) {
            if (isCancelRequested()) {
                completeDevice(run.device.id, JobStepState::Cancelled, QStringLiteral("cancelled"));
                return;
            }
            if (!sent.ok()) {
                completeDevice(run.device.id, JobStepState::Failed, sent.error.message);
                return;
            }
            QList<LibraryFile> mine;
            for (const LibraryFile &file : sent.value) {
                if (!nonceOfDetail(id(), file.detail).isEmpty())
                    mine.append(file);
            }
            if (!mine.isEmpty())
                waitForCssm(run, mine);
            else
                importKeptAcksOrCollect(run);
        });
}

void SendToCssmJob::importKeptAcksOrCollect(const DeviceRun &run)
{
    // ACKs this job received before it was interrupted are imported, not asked for again.
    ReportLibrary(*environment().store, environment().libraryDirectory)
        .files(run.device.id, LibraryFileKind::Ack, LibraryFileState::Acknowledged)
        .then(this, [this, run](const StoreResult<QList<LibraryFile>> &acks) {
            QList<LibraryFile> mine;
            for (const LibraryFile &file : acks.value) {
                if (file.jobId == id())
                    mine.append(file);
            }
            if (!mine.isEmpty())
                importAcks(run, mine);
            else
                collect(run);
        });
}

void SendToCssmJob::collect(const DeviceRun &run)
{
    setActivity(run.device.id, QStringLiteral("collecting"));
    environment()
        .store->latestSnapshot(run.device.id, false)
        .then(this, [this, run](const StoreResult<SnapshotRecord> &latest) {
            const QString knownUdi = latest.ok() ? latest.value.summary.udi : QString();
            const UsageCollectionPlan plan
                = UsageCollection::plan(UsageMode::Unreported, id(), run.device.id, run.attempt,
                                        QDir(environment().libraryDirectory).filePath(QStringLiteral("downloads")));
            if (!plan.error.isEmpty()) {
                failDevice(run.device.id, plan.error);
                return;
            }
            runSsh(run, plan.steps, [this, run, plan, knownUdi](const SshJobResult &result) {
                if (!result.ok() && (result.steps.isEmpty() || result.error.kind == SshErrorKind::Cancelled)) {
                    m_waiting.remove(run.device.id);
                    failDeviceWithSsh(run.device.id, result.error);
                    return;
                }
                runOnThreadPool([hostname = run.device.hostname, plan, result, knownUdi] {
                    return UsageCollection::evaluate(hostname, plan, result, 0, knownUdi);
                }).then(this, [this, run](const CollectedUsage &collected) { onCollected(run, collected); });
            });
        });
}

void SendToCssmJob::onCollected(const DeviceRun &run, const CollectedUsage &collected)
{
    const qint64 deviceId = run.device.id;
    if (!collected.ok()) {
        failDevice(deviceId, collected.error);
        return;
    }
    ReportLibrary library(*environment().store, environment().libraryDirectory);
    // Everything of the device not sent yet goes: this file and any collected earlier and never sent.
    const auto sendCollected = [this, run] {
        ReportLibrary(*environment().store, environment().libraryDirectory)
            .files(run.device.id, LibraryFileKind::Rum, LibraryFileState::Collected)
            .then(this, [this, run](const StoreResult<QList<LibraryFile>> &files) {
                if (!files.ok()) {
                    failDevice(run.device.id, files.error.message);
                    return;
                }
                QList<LibraryFile> withReports;
                for (const LibraryFile &file : files.value) {
                    if (!file.reportIds.isEmpty())
                        withReports.append(file);
                }
                if (withReports.isEmpty())
                    completeDevice(run.device.id, JobStepState::Succeeded,
                                   QStringLiteral("nothing to send: the router has no unreported usage"));
                else
                    waitForCssm(run, withReports);
            });
    };
    if (collected.reportIds.isEmpty()) {
        sendCollected();
        return;
    }
    library.add(collected.libraryInput(deviceId, id()))
        .then(this, [this, deviceId, sendCollected](const StoreResult<LibraryFile> &added) {
            if (!added.ok()) {
                failDevice(deviceId,
                           QStringLiteral("the collected report could not be kept: %1").arg(added.error.message));
                return;
            }
            sendCollected();
        });
}

void SendToCssmJob::waitForCssm(const DeviceRun &run, const QList<LibraryFile> &reports)
{
    Waiting waiting;
    waiting.run = run;
    waiting.reports = reports;
    waiting.nonce = nonceOfDetail(id(), reports.constFirst().detail);
    for (const LibraryFile &file : reports) {
        if (!file.pollId.isEmpty())
            waiting.pollId = file.pollId;
    }
    m_waiting.insert(run.device.id, waiting);
    setActivity(run.device.id, QStringLiteral("waiting for CSSM"));
    if (!m_cancelWatch.isActive())
        m_cancelWatch.start();
    submitWhenAllCollected();
}

void SendToCssmJob::submitWhenAllCollected()
{
    if (m_waiting.isEmpty() || isCancelRequested())
        return;
    // Every device still running waits for CSSM: none is collecting, none is queued.
    const JobProgress now = progress();
    if (now.pending > 0 || now.running != m_waiting.size())
        return;
    QHash<QString, QList<qint64>> groups; // nonce -> devices
    QHash<QString, QString> pollIds;
    const QString fresh = cssmrequests::newNonce();
    for (auto it = m_waiting.begin(); it != m_waiting.end(); ++it) {
        if (it->handedOver)
            continue;
        it->handedOver = true;
        const QString nonce = it->nonce.isEmpty() ? fresh : it->nonce;
        groups[nonce].append(it.key());
        if (!it->pollId.isEmpty())
            pollIds.insert(nonce, it->pollId);
    }
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        submit(it.key(), pollIds.value(it.key()), it.value());
}

void SendToCssmJob::submit(const QString &nonce, const QString &pollId, const QList<qint64> &deviceIds)
{
    Submission submission;
    submission.nonce = nonce;
    submission.pollId = pollId;
    CssmClient *cssm = environment().cssm;
    if (!pollId.isEmpty()) {
        // CSSM has this submission already (an earlier run stored its poll id): only poll.
        submission.deviceIds = deviceIds;
        for (const qint64 deviceId : deviceIds)
            setActivity(deviceId, QStringLiteral("waiting for CSSM (poll %1)").arg(pollId));
        submission.job = cssm->pollSubmission(pollId, acknowledgements);
        m_submissions.insert(nonce, submission);
        connect(submission.job, &CssmPollJob::finished, this, [this, nonce] { onPollFinished(nonce); });
        return;
    }
    // Each report as the router wrote it; the payload strings go out byte for byte.
    const ReportLibrary library(*environment().store, environment().libraryDirectory);
    QList<CssmDeviceUsage> usages;
    QList<qint64> rowIds;
    QList<qint64> unusableRows;
    QStringList unusableReasons;
    for (const qint64 deviceId : deviceIds) {
        Waiting &waiting = m_waiting[deviceId];
        CssmDeviceUsage usage;
        usage.hostname = waiting.run.device.hostname;
        // A report id goes once: `save usage unreported` repeats reports not acknowledged yet, so a
        // device's earlier (unsent) file and its fresh one share reports.
        QSet<QString> reportIds;
        QList<LibraryFile> usable;
        QStringList problems;
        for (const LibraryFile &file : std::as_const(waiting.reports)) {
            const StoreResult<QByteArray> bytes = library.readVerified(file);
            const FormatResult<RumReportFile> parsed = bytes.ok()
                ? RumFileReader::read(bytes.value)
                : FormatResult<RumReportFile>::failure(bytes.error.message);
            if (!parsed.ok()) {
                problems.append(
                    bytes.ok()
                        ? QStringLiteral("library file %1 (%2): %3").arg(file.id).arg(file.fileName, parsed.error())
                        : parsed.error());
                unusableRows.append(file.id);
                unusableReasons.append(problems.constLast());
                continue;
            }
            usable.append(file);
            for (const RumReport &report : parsed.value().reports) {
                if (reportIds.contains(QString::number(report.reportId)))
                    continue;
                reportIds.insert(QString::number(report.reportId));
                usage.reports.append(report.rawJson);
                if (usage.softwareTagIdentifier.isEmpty() && !report.softwareVersion.isEmpty())
                    usage.softwareTagIdentifier
                        = QStringLiteral("regid.2017-05.com.cisco.iosxr,v%1").arg(report.softwareVersion);
            }
            if (const std::optional<Udi> udi = Udi::fromText(file.udi)) {
                usage.pid = udi->pid;
                usage.serial = udi->serial;
            }
        }
        if (usage.pid.isEmpty() || usage.reports.isEmpty()) {
            failDevice(deviceId,
                       QStringLiteral("not sent: %1")
                           .arg(problems.isEmpty()
                                    ? QStringLiteral("its collected report files name no UDI or hold no report")
                                    : problems.join(QStringLiteral("; "))));
            continue;
        }
        // A file changed on disk is left out (and marked failed); the router's fresh file covers it.
        if (!problems.isEmpty())
            m_notes.insert(deviceId, QStringLiteral("left out: %1").arg(problems.join(QStringLiteral("; "))));
        waiting.reports = usable;
        usages.append(usage);
        submission.deviceIds.append(deviceId);
        rowIds.append(idsOf(usable));
    }
    if (!unusableRows.isEmpty()) {
        for (qsizetype i = 0; i < unusableRows.size(); ++i)
            ReportLibrary(*environment().store, environment().libraryDirectory)
                .setState({unusableRows.at(i)}, LibraryFileState::Failed, unusableReasons.at(i));
    }
    if (submission.deviceIds.isEmpty())
        return;
    m_submissions.insert(nonce, submission);
    // The rows are marked sent with the nonce BEFORE anything leaves: a crash from here on resumes by
    // sending the same submission (same nonce) again, which CSSM recognises.
    ReportLibrary(*environment().store, environment().libraryDirectory)
        .setState(rowIds, LibraryFileState::Sent, sentDetail(id(), nonce))
        .then(this, [this, nonce, usages](const StoreError &marked) {
            if (!marked.ok()) {
                failSubmission(m_submissions.value(nonce),
                               {CssmError::Kind::Configuration,
                                QStringLiteral("the report library could not be updated: %1").arg(marked.message), 0});
                return;
            }
            Submission &sending = m_submissions[nonce];
            for (const qint64 deviceId : std::as_const(sending.deviceIds))
                setActivity(deviceId, QStringLiteral("waiting for CSSM (sending %1 device(s))").arg(usages.size()));
            sending.job = environment().cssm->reportUsage(usages, nonce);
            connect(sending.job, &CssmPollJob::submitted, this,
                    [this, nonce] { onSubmitted(nonce, m_submissions.value(nonce).job->pollId()); });
            connect(sending.job, &CssmPollJob::finished, this, [this, nonce] { onPollFinished(nonce); });
        });
}

void SendToCssmJob::onSubmitted(const QString &nonce, const QString &pollId)
{
    Submission &submission = m_submissions[nonce];
    submission.pollId = pollId;
    QList<qint64> rowIds;
    for (const qint64 deviceId : std::as_const(submission.deviceIds)) {
        const QList<LibraryFile> reports = m_waiting.value(deviceId).reports;
        rowIds.append(idsOf(reports));
        QStringList reportIds;
        for (const LibraryFile &file : reports)
            reportIds.append(file.reportIds);
        reportIds.removeDuplicates();
        auditCssm(deviceId, QStringLiteral("ok"),
                  QStringLiteral("poll %1, submission %2, report ids %3")
                      .arg(pollId, nonce, reportIds.join(QLatin1Char(' '))));
        setActivity(deviceId, QStringLiteral("waiting for CSSM (poll %1)").arg(pollId));
    }
    qCInfo(lcFlows).noquote() << "job" << id() << ": CSSM took the submission of" << submission.deviceIds.size()
                              << "device(s), poll" << pollId;
    // Stored before waiting: a restart polls this id instead of sending again.
    ReportLibrary(*environment().store, environment().libraryDirectory)
        .setPollId(rowIds, pollId, LibraryFileState::Sent)
        .then(this, [this, pollId](const StoreError &stored) {
            if (!stored.ok())
                qCWarning(lcFlows).noquote() << "poll id" << pollId << "not stored:" << stored.message;
            emit submitted(pollId);
        });
}

void SendToCssmJob::onPollFinished(const QString &nonce)
{
    Submission submission = m_submissions.value(nonce);
    CssmPollJob *job = submission.job;
    if (!job)
        return;
    job->deleteLater();
    if (!job->error().ok()) {
        m_submissions.remove(nonce);
        failSubmission(submission, job->error());
        return;
    }
    const QString pollId = job->pollId();
    const QList<CssmAcknowledgement> acks = cssmresults::acknowledgements(job->results());
    m_submissions.remove(nonce);
    ReportLibrary library(*environment().store, environment().libraryDirectory);
    for (const qint64 deviceId : std::as_const(submission.deviceIds)) {
        const Waiting waiting = m_waiting.value(deviceId);
        const QString udi = waiting.reports.constFirst().udi;
        QList<CssmAcknowledgement> mine;
        for (const CssmAcknowledgement &ack : acks) {
            if (sameUdi(ack.udi, udi))
                mine.append(ack);
        }
        if (mine.isEmpty()) {
            failDevice(deviceId,
                       QStringLiteral("CSSM completed poll %1 without an ACK for %2 (%3)")
                           .arg(pollId, waiting.run.device.hostname, udi));
            continue;
        }
        // Every ACK into the library (acknowledged), the sent RUM rows acknowledged, then import.
        auto stored = std::make_shared<QList<LibraryFile>>();
        auto remaining = std::make_shared<int>(int(mine.size()));
        auto problem = std::make_shared<QString>();
        const QList<qint64> reportRows = idsOf(waiting.reports);
        for (const CssmAcknowledgement &ack : std::as_const(mine)) {
            LibraryFileInput input;
            input.kind = LibraryFileKind::Ack;
            input.state = LibraryFileState::Acknowledged;
            input.content = ack.ackFile;
            const std::optional<Udi> parsed = Udi::fromText(ack.udi);
            input.fileName = QStringLiteral("ACK_%1_%2.xml")
                                 .arg(parsed ? parsed->pid : QStringLiteral("device"),
                                      parsed ? parsed->serial : QString::number(deviceId));
            input.deviceId = deviceId;
            input.udi = ack.udi;
            input.jobId = id();
            input.pollId = pollId;
            library
                .addWith(input,
                         [reportRows, pollId](StoreSession &session, const LibraryFile &) {
                             return LibraryFileTable(session).setPollId(reportRows, pollId,
                                                                        LibraryFileState::Acknowledged);
                         })
                .then(this, [this, deviceId, stored, remaining, problem](const StoreResult<LibraryFile> &added) {
                    if (added.ok())
                        stored->append(added.value);
                    else
                        *problem = added.error.message;
                    if (--*remaining > 0)
                        return;
                    if (!problem->isEmpty()) {
                        failDevice(deviceId, QStringLiteral("the ACK from CSSM could not be kept: %1").arg(*problem));
                        return;
                    }
                    importAcks(m_waiting.value(deviceId).run, *stored);
                });
        }
    }
}

void SendToCssmJob::failSubmission(const Submission &submission, const CssmError &error)
{
    const bool cancelled = error.kind == CssmError::Kind::Cancelled;
    const std::optional<RefusedReport> refused
        = error.kind == CssmError::Kind::Rejected ? refusedReport(error.message) : std::nullopt;
    qint64 culprit = 0;
    if (refused) {
        for (const qint64 deviceId : submission.deviceIds) {
            for (const LibraryFile &file : m_waiting.value(deviceId).reports) {
                if (sameUdi(file.udi, refused->udi))
                    culprit = deviceId;
            }
        }
    }
    const QString culpritName = culprit ? m_waiting.value(culprit).run.device.hostname : QString();
    QList<qint64> backToCollected;
    QList<qint64> refusedRows;
    for (const qint64 deviceId : submission.deviceIds) {
        const Waiting waiting = m_waiting.value(deviceId);
        if (submission.pollId.isEmpty() && certainlyNotTaken(error)) {
            for (const LibraryFile &file : waiting.reports) {
                if (refused && deviceId == culprit && file.reportIds.contains(refused->reportId))
                    refusedRows.append(file.id);
                else
                    backToCollected.append(file.id);
            }
        }
        QString message;
        if (cancelled)
            message = submission.pollId.isEmpty()
                ? QStringLiteral("cancelled while sending to CSSM; `slpctl jobs resume %1` sends the same submission "
                                 "again (CSSM recognises it)")
                      .arg(id())
                : QStringLiteral("cancelled while waiting for CSSM (poll %1); `slpctl jobs resume %2` polls again")
                      .arg(submission.pollId)
                      .arg(id());
        else if (refused && deviceId == culprit)
            message = QStringLiteral("CSSM rejected report %1 of %2 (%3): %4")
                          .arg(refused->reportId, waiting.run.device.hostname, refused->udi, refused->reason);
        else if (refused)
            message
                = QStringLiteral("not sent: CSSM refused the whole submission because report %1 of %2 (%3) was "
                                 "rejected: %4")
                      .arg(refused->reportId, culpritName.isEmpty() ? QStringLiteral("another device") : culpritName,
                           refused->udi, refused->reason);
        else if (!submission.pollId.isEmpty())
            message = QStringLiteral("CSSM has the reports (poll %1) but the poll failed: %2; `slpctl jobs resume %3` "
                                     "polls again")
                          .arg(submission.pollId, error.message)
                          .arg(id());
        else if (certainlyNotTaken(error))
            message = QStringLiteral("not sent to CSSM: %1").arg(error.message);
        else
            message = QStringLiteral("sending to CSSM failed: %1; `slpctl jobs resume %2` sends the same submission "
                                     "again (CSSM recognises it, nothing is counted twice)")
                          .arg(error.message)
                          .arg(id());
        if (!cancelled && submission.pollId.isEmpty())
            auditCssm(deviceId, certainlyNotTaken(error) ? QStringLiteral("refused") : QStringLiteral("failed"),
                      message);
        if (cancelled) {
            m_waiting.remove(deviceId);
            completeDevice(deviceId, JobStepState::Cancelled, message);
        } else {
            failDevice(deviceId, message);
        }
    }
    ReportLibrary library(*environment().store, environment().libraryDirectory);
    if (!backToCollected.isEmpty())
        library.setState(backToCollected, LibraryFileState::Collected);
    if (!refusedRows.isEmpty())
        library.setState(refusedRows, LibraryFileState::Failed,
                         QStringLiteral("rejected by CSSM: %1").arg(refused->reason));
}

void SendToCssmJob::importAcks(const DeviceRun &run, const QList<LibraryFile> &acks)
{
    const qint64 deviceId = run.device.id;
    m_waiting.remove(deviceId);
    if (isCancelRequested()) {
        completeDevice(deviceId, JobStepState::Cancelled,
                       QStringLiteral("cancelled; the ACK from CSSM is kept in the library (acknowledged)"));
        return;
    }
    setActivity(deviceId, QStringLiteral("importing ACK"));
    QList<AckImportItem> items;
    QList<qint64> rowIds;
    const ReportLibrary library(*environment().store, environment().libraryDirectory);
    for (const LibraryFile &file : acks) {
        AckImportItem item;
        item.libraryFileId = file.id;
        item.localPath = library.absolutePath(file);
        item.source = QStringLiteral("library file %1 (%2)").arg(file.id).arg(file.fileName);
        const StoreResult<QByteArray> bytes = library.readVerified(file);
        if (!bytes.ok()) {
            failDevice(deviceId, bytes.error.message);
            return;
        }
        const FormatResult<AckFile> ack = DeviceAckImport::readAck(bytes.value, item.source);
        if (!ack.ok()) {
            failDevice(deviceId, ack.error());
            return;
        }
        item.ack = ack.value();
        items.append(item);
        rowIds.append(file.id);
    }
    environment()
        .store->latestSnapshot(deviceId, false)
        .then(this, [this, run, items, rowIds](const StoreResult<SnapshotRecord> &latest) {
            std::optional<SnapshotRecord> previous;
            if (latest.ok())
                previous = latest.value;
            if (const QString refused = DeviceAckImport::check(items, previous, run.device.hostname);
                !refused.isEmpty()) {
                failDevice(run.device.id, refused);
                return;
            }
            QString problem;
            const QList<SshStep> steps = DeviceAckImport::steps(items, &problem);
            if (steps.isEmpty()) {
                failDevice(run.device.id, problem);
                return;
            }
            runSsh(run, steps, [this, run, items, rowIds, previous](const SshJobResult &result) {
                const QString failure = result.ok() ? QString() : describeSshFailure(result.error);
                const DeviceFailure sshKind = deviceFailureOf(result.error.kind);
                const qint64 jobId = id();
                const QDateTime takenAt = QDateTime::currentDateTimeUtc();
                runOnThreadPool([run, items, result, failure, previous, jobId, takenAt] {
                    return DeviceAckImport::evaluate(run.device.id, jobId, run.device.hostname, items, result, failure,
                                                     previous, takenAt);
                }).then(this, [this, deviceId = run.device.id, rowIds, sshKind](const AckImportOutcome &outcome) {
                    m_outcomes.insert(deviceId, outcome);
                    m_ackRows.insert(deviceId, rowIds);
                    const QString note = m_notes.take(deviceId);
                    completeDevice(deviceId, outcome.succeeded ? JobStepState::Succeeded : JobStepState::Failed,
                                   note.isEmpty() ? outcome.message
                                                  : QStringLiteral("%1 (%2)").arg(outcome.message, note),
                                   outcome.succeeded ? DeviceFailure::None : sshKind);
                });
            });
        });
}

void SendToCssmJob::checkCancel()
{
    if (m_waiting.isEmpty()) {
        m_cancelWatch.stop();
        return;
    }
    if (!isCancelRequested())
        return;
    // Submissions in flight end with Cancelled (failSubmission completes their devices).
    const QList<Submission> running = m_submissions.values();
    for (const Submission &submission : running) {
        if (submission.job)
            submission.job->cancel();
    }
    const QList<qint64> waiting = m_waiting.keys();
    for (const qint64 deviceId : waiting) {
        // Devices handed to a submission are completed by it (or by importAcks()).
        if (m_waiting.contains(deviceId) && !m_waiting.value(deviceId).handedOver) {
            m_waiting.remove(deviceId);
            completeDevice(deviceId, JobStepState::Cancelled, QStringLiteral("cancelled before sending to CSSM"));
        }
    }
}

void SendToCssmJob::auditCssm(qint64 deviceId, const QString &outcome, const QString &detail)
{
    // What went to CSSM for the device, next to the router commands in its audit log.
    AuditEntry entry;
    entry.actor = environment().actor;
    entry.deviceId = deviceId;
    entry.action = QString::fromLatin1(kindName);
    entry.command = QStringLiteral("CSSM reportusage (job %1)").arg(id());
    entry.outcome = outcome;
    entry.detail = detail;
    environment().store->appendAudit(entry);
}

void SendToCssmJob::failDevice(qint64 deviceId, const QString &message)
{
    m_waiting.remove(deviceId);
    completeDevice(deviceId, JobStepState::Failed, message);
}

QFuture<StoreError> SendToCssmJob::persistOutcome(const DeviceRecord &device, const JobStepRecord &step)
{
    if (!m_outcomes.contains(device.id))
        return Job::persistOutcome(device, step);
    // Snapshot, ACK rows imported, RUM rows acknowledged, step: one transaction (as Import ACK does).
    const AckImportOutcome outcome = m_outcomes.take(device.id);
    const QList<qint64> rows = m_ackRows.take(device.id);
    return ReportLibrary(*environment().store, environment().libraryDirectory)
        .update([deviceId = device.id, outcome, rows, step](StoreSession &session) {
            return ImportAckJob::storeOutcome(session, deviceId, outcome, rows, step);
        });
}

} // namespace slp
