#include "DeviceAckImport.h"

#include "RefreshJob.h"
#include "SnapshotBuilder.h"
#include "formats/AckFileReader.h"
#include "parse/ShowCommand.h"
#include "ssh/CommandValueValidator.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QRegularExpression>

namespace slp {

namespace {

QString udiText(const std::optional<Udi> &udi)
{
    return udi ? udi->canonicalText() : QStringLiteral("(unknown)");
}

QString dateText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QStringLiteral("never");
}

// Whether `show license status` said "Smart Licensing Using Policy: Status: ENABLED". Releases before
// 24.x (classic Smart Licensing) print a status without the ACK fields, so Last ACK cannot be compared.
bool showsPolicyStatus(const SnapshotRecord &snapshot)
{
    const QJsonObject commands = snapshot.state.value(QLatin1String("commands")).toObject();
    const QJsonObject status = commands.value(showCommandText(ShowCommand::Status)).toObject();
    return status.value(QLatin1String("data")).toObject().value(QLatin1String("policy_enabled")).toBool();
}

// "; warning: ... not removed" for ACK files left on the router (they cost disk space, nothing else).
QString removalWarnings(const QList<AckImportItem> &items, const SshJobResult &result)
{
    QString warnings;
    const qsizetype first = 2 * items.size() + RefreshJob::commands().size();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const SshStepResult removal = result.steps.value(first + i);
        if (!removal.ok() && first + i < result.steps.size())
            warnings += QStringLiteral("; warning: %1 was not removed from the router%2")
                            .arg(DeviceAckImport::routerPath(items.at(i)),
                                 removal.error.ok() ? QString() : QStringLiteral(": ") + removal.error.message);
    }
    return warnings;
}

bool sameDevice(const Udi &ack, const Udi &device)
{
    return ack.pid.compare(device.pid, Qt::CaseInsensitive) == 0 && ack.serial == device.serial;
}

} // namespace

FormatResult<AckFile> DeviceAckImport::readAck(const QByteArray &bytes, const QString &source)
{
    FormatResult<AckFile> read = AckFileReader::read(bytes);
    if (!read.ok())
        return FormatResult<AckFile>::failure(
            QStringLiteral("%1: not a readable ACK file: %2").arg(source, read.error()));
    const AckFile &ack = read.value();
    // The router verifies the signature itself; an ACK without one would only be refused there.
    if (!ack.hasSignature)
        return FormatResult<AckFile>::failure(
            QStringLiteral("%1: the ACK carries no signature (damaged or not from Cisco): not imported").arg(source));
    if (!ack.udi || !ack.udi->isValid())
        return FormatResult<AckFile>::failure(
            QStringLiteral("%1: the ACK names no device UDI the console can read, so it cannot be matched to a "
                           "device: not imported")
                .arg(source));
    return read;
}

QString DeviceAckImport::check(const QList<AckImportItem> &items, const std::optional<SnapshotRecord> &latest,
                               const QString &hostname)
{
    if (items.isEmpty())
        return QStringLiteral("no ACK to import");
    const std::optional<Udi> deviceUdi = latest ? Udi::fromText(latest->summary.udi) : std::optional<Udi>();
    if (!deviceUdi)
        return QStringLiteral("%1's UDI is not known yet (refresh it first): no ACK sent to it").arg(hostname);
    for (const AckImportItem &item : items) {
        if (!item.ack.udi || !sameDevice(*item.ack.udi, *deviceUdi))
            return QStringLiteral("refused before touching the router: the ACK %1 is for UDI %2, but %3's UDI is %4")
                .arg(item.source, udiText(item.ack.udi), hostname, deviceUdi->canonicalText());
    }
    return {};
}

QString DeviceAckImport::routerPath(const AckImportItem &item)
{
    QString serial = item.ack.udi ? item.ack.udi->serial : QStringLiteral("unknown");
    serial.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    const QByteArray digest = QCryptographicHash::hash(item.ack.rawFile, QCryptographicHash::Sha256).toHex().left(12);
    return QStringLiteral("/harddisk:/slp-ack-%1-%2.xml").arg(serial.left(40), QString::fromLatin1(digest));
}

QList<SshStep> DeviceAckImport::steps(const QList<AckImportItem> &items, QString *error)
{
    QList<SshStep> steps;
    for (const AckImportItem &item : items) {
        const QString path = routerPath(item);
        if (const CommandValueCheck valid
            = CommandValueValidator::routerFilePath(path, QStringLiteral("ACK file name"));
            !valid) {
            *error = QStringLiteral("%1: %2").arg(item.source, valid.message);
            return {};
        }
        steps.append(SshStep::upload(item.localPath, path));
        steps.append(SshStep::runCommand(QStringLiteral("license smart import %1").arg(path)));
    }
    for (const QString &command : RefreshJob::commands())
        steps.append(SshStep::runCommand(command));
    // Last, so that a failed removal (which stops the session) cannot cost the state read above.
    for (const AckImportItem &item : items)
        steps.append(SshStep::remove(routerPath(item)));
    return steps;
}

QString DeviceAckImport::routerMessage(const QString &output)
{
    const QStringList lines = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.contains(QLatin1String("Error"), Qt::CaseInsensitive)
            || line.contains(QLatin1String("Failed"), Qt::CaseInsensitive))
            return line.trimmed();
    }
    const QString trimmed = output.simplified();
    return trimmed.isEmpty() ? QStringLiteral("(no answer)") : trimmed.left(200);
}

AckImportOutcome DeviceAckImport::evaluate(qint64 deviceId, qint64 jobId, const QString &hostname,
                                           const QList<AckImportItem> &items, const SshJobResult &result,
                                           const QString &sshFailure, const std::optional<SnapshotRecord> &previous,
                                           const QDateTime &takenAt)
{
    AckImportOutcome outcome;
    QStringList refused;
    int importedCount = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const AckImportItem &item = items.at(i);
        const qsizetype importIndex = 2 * i + 1;
        const SshStepResult upload = result.steps.value(importIndex - 1);
        const SshStepResult import = result.steps.value(importIndex);
        if (import.ran && import.output.contains(QLatin1String(successText))) {
            ++importedCount;
            if (item.libraryFileId > 0)
                outcome.importedLibraryFileIds.append(item.libraryFileId);
            outcome.acknowledgedReportIds.append(item.ack.acknowledgedReportIds);
        } else if (upload.ran && !upload.error.ok()) {
            refused.append(QStringLiteral("upload of %1 failed: %2").arg(item.source, upload.error.message));
        } else if (import.ran && !import.error.ok()) {
            // The session broke while the router worked on it: the ACK may have taken effect there.
            refused.append(QStringLiteral("whether the router imported %1 is unknown (its answer was lost); import it "
                                          "again to be sure")
                               .arg(item.source));
        } else if (import.ran) {
            refused.append(QStringLiteral("the router refused %1: %2").arg(item.source, routerMessage(import.output)));
        }
    }
    // A session that broke only while removing the uploaded files did everything that matters.
    const qsizetype removalsStart = 2 * items.size() + RefreshJob::commands().size();
    bool essentialStepsOk = result.steps.size() >= removalsStart;
    for (qsizetype i = 0; essentialStepsOk && i < removalsStart; ++i)
        essentialStepsOk = result.steps.at(i).ok();
    if (!sshFailure.isEmpty() && !essentialStepsOk) {
        // The ACKs the router answered before the session broke did take effect there.
        QStringList parts {sshFailure};
        if (importedCount > 0)
            parts.append(QStringLiteral("%1 of %2 ACK(s) imported before that").arg(importedCount).arg(items.size()));
        parts.append(refused);
        outcome.message = parts.join(QStringLiteral("; "));
        return outcome;
    }

    QList<RawOutput> outputs;
    QHash<QString, int> exitStatuses;
    const QStringList names = RefreshJob::commands();
    const qsizetype first = 2 * items.size();
    for (qsizetype i = 0; i < names.size() && first + i < result.steps.size(); ++i) {
        const SshStepResult &step = result.steps.at(first + i);
        outputs.append({names.at(i), step.output});
        if (const int status = step.exitStatus.value_or(0); status != 0)
            exitStatuses.insert(names.at(i), status);
    }
    const SnapshotBuild build = SnapshotBuilder::build(deviceId, jobId, outputs, exitStatuses, previous, takenAt);
    if (build.errors.isEmpty())
        outcome.snapshot = build.snapshot;
    if (!refused.isEmpty()) {
        outcome.message = refused.join(QStringLiteral("; "));
        return outcome;
    }
    if (!build.errors.isEmpty()) {
        outcome.message = QStringLiteral("ACK imported on %1, but the state read afterwards is unusable: %2")
                              .arg(hostname, build.errors.join(QStringLiteral("; ")));
        return outcome;
    }
    const QDateTime before = previous ? previous->summary.lastAck : QDateTime();
    const QDateTime after = build.snapshot.summary.lastAck;
    if (!before.isValid() && !after.isValid() && !showsPolicyStatus(build.snapshot)) {
        outcome.succeeded = true;
        outcome.message = QStringLiteral("%1 ACK(s) imported, %2 report(s) acknowledged (the router's classic Smart "
                                         "Licensing status shows no Last ACK received: not verified)")
                              .arg(items.size())
                              .arg(outcome.acknowledgedReportIds.size());
        outcome.message += removalWarnings(items, result);
        return outcome;
    }
    if (!after.isValid() || (before.isValid() && after <= before)) {
        outcome.message
            = QStringLiteral("the router answered \"%1\" but Last ACK received did not move (was %2, now %3)")
                  .arg(QLatin1String(successText), dateText(before), dateText(after));
        return outcome;
    }
    outcome.succeeded = true;
    outcome.message = QStringLiteral("%1 ACK(s) imported, %2 report(s) acknowledged, Last ACK received %3, next ACK "
                                     "deadline %4")
                          .arg(items.size())
                          .arg(outcome.acknowledgedReportIds.size())
                          .arg(dateText(after), dateText(build.snapshot.summary.nextAckDeadline));
    outcome.message += removalWarnings(items, result);
    return outcome;
}

} // namespace slp
