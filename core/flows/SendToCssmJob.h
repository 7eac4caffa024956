#pragma once

#include "AckImportOutcome.h"
#include "Job.h"
#include "cssm/CssmError.h"
#include "store/LibraryFile.h"

#include <QHash>
#include <QPointer>
#include <QTimer>

namespace slp {

class CssmPollJob;
struct CollectedUsage;

// Send to CSSM (online; DESIGN.md, docs/flows.md "Send to CSSM"): every selected device's unreported
// usage is collected into the report library, then ONE reportusage submission carries every device's
// collected reports (payloads byte for byte from the stored files) to CSSM, the poll is followed until
// COMPLETE, each returned ACK is stored in the library and imported on its device (DeviceAckImport),
// and the device's state is read again.
//
// Never twice: before anything is sent, the RUM rows are marked `sent` with a detail naming this job
// and the submission's nonce; once CSSM answers, the poll id is stored with them, before waiting. A
// job killed mid-send and resumed finds those rows and polls the same poll id (or sends the same
// nonce again, which CSSM answers with the first submission's poll) instead of sending twice.
class SendToCssmJob : public Job
{
    Q_OBJECT
public:
    static constexpr auto kindName = "send";

    SendToCssmJob(JobEnvironment environment, JobOptions options, QObject *parent = nullptr);

    static Job *fromParameters(const JobEnvironment &environment, const JobOptions &options,
                               const QJsonObject &parameters);

    // "sent to CSSM by job 12, submission <nonce>": the detail of RUM rows in a submission.
    static QString sentDetail(qint64 jobId, const QString &nonce);
    // The nonce of a sentDetail() of `jobId`; empty when `detail` is not one.
    static QString nonceOfDetail(qint64 jobId, const QString &detail);

signals:
    // CSSM took a submission (tests use it to interrupt a send at the worst moment).
    void submitted(const QString &pollId);

protected:
    void startDevice(const DeviceRun &run) override;
    QFuture<StoreError> persistOutcome(const DeviceRecord &device, const JobStepRecord &step) override;

private:
    // A device whose reports are collected (or were sent by an earlier run of this job).
    struct Waiting
    {
        DeviceRun run;
        QList<LibraryFile> reports; // its RUM rows in the submission
        QString nonce; // of the submission they were sent in; empty: not sent yet
        QString pollId; // known once CSSM took that submission
        bool handedOver = false; // part of a submission of this run (never submitted twice)
    };
    // One reportusage request (or the poll of an earlier one) and the devices it carries.
    struct Submission
    {
        QString nonce;
        QString pollId;
        QList<qint64> deviceIds;
        QPointer<CssmPollJob> job;
    };

    void importKeptAcksOrCollect(const DeviceRun &run);
    void collect(const DeviceRun &run);
    void onCollected(const DeviceRun &run, const CollectedUsage &collected);
    void waitForCssm(const DeviceRun &run, const QList<LibraryFile> &reports);
    void submitWhenAllCollected();
    void submit(const QString &nonce, const QString &pollId, const QList<qint64> &deviceIds);
    void onSubmitted(const QString &nonce, const QString &pollId);
    void onPollFinished(const QString &nonce);
    void failSubmission(const Submission &submission, const CssmError &error);
    void importAcks(const DeviceRun &run, const QList<LibraryFile> &acks);
    void checkCancel();
    void auditCssm(qint64 deviceId, const QString &outcome, const QString &detail);
    void failDevice(qint64 deviceId, const QString &message);

    QHash<qint64, Waiting> m_waiting;
    QHash<QString, Submission> m_submissions; // by nonce
    QHash<qint64, AckImportOutcome> m_outcomes; // imported, waiting for their transaction
    QHash<qint64, QList<qint64>> m_ackRows; // device -> library ACK rows it imports
    QHash<qint64, QString> m_notes; // device -> what was left out of its submission, for its step
    QTimer m_cancelWatch;
};

} // namespace slp
