#include "UsageCollection.h"

#include "FlowsLogging.h"
#include "formats/RumFileReader.h"
#include "parse/UdiParser.h"
#include "ssh/CommandValueValidator.h"

#include <QDir>
#include <QFile>

namespace slp {

namespace {

// The plan's steps, relative to its first step.
enum PlanStep : qsizetype { ShowUdi = 0, SaveUsage = 1, Download = 2, Remove = 3 };

// IOS XR reports a failed save usage with "% Error: ..." (and exit status 1 over exec).
QString routerError(const SshStepResult &step)
{
    const QStringList lines = step.output.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u'%'))
            return trimmed;
    }
    if (step.exitStatus.value_or(0) != 0)
        return QStringLiteral("exit status %1").arg(*step.exitStatus);
    return {};
}

} // namespace

QString toText(UsageMode mode)
{
    return mode == UsageMode::All ? QStringLiteral("all") : QStringLiteral("unreported");
}

std::optional<UsageMode> usageModeFromText(const QString &text)
{
    if (text == u"all")
        return UsageMode::All;
    if (text == u"unreported")
        return UsageMode::Unreported;
    return std::nullopt;
}

LibraryFileInput CollectedUsage::libraryInput(qint64 deviceId, qint64 jobId) const
{
    LibraryFileInput input;
    input.kind = LibraryFileKind::Rum;
    input.state = LibraryFileState::Collected;
    input.content = content;
    input.fileName = fileName;
    input.deviceId = deviceId;
    input.udi = udi.canonicalText();
    input.reportIds = reportIds;
    input.jobId = jobId;
    input.detail = warning;
    return input;
}

QString CollectedUsage::summary() const
{
    QString text = reportIds.isEmpty() ? QStringLiteral("nothing to report (the file holds no report)")
                                       : QStringLiteral("%1 report(s) in %2").arg(reportIds.size()).arg(fileName);
    if (!warning.isEmpty())
        text += QStringLiteral("; ") + warning;
    return text;
}

UsageCollectionPlan UsageCollection::plan(UsageMode mode, qint64 jobId, qint64 deviceId, int attempt,
                                          const QString &localDirectory)
{
    UsageCollectionPlan plan;
    plan.fileName = QStringLiteral("slpc_usage_%1_%2_%3.xml").arg(jobId).arg(deviceId).arg(attempt);
    plan.cliPath = QStringLiteral("harddisk:/") + plan.fileName;
    plan.remotePath = QStringLiteral("/harddisk:/") + plan.fileName;
    // Built from numbers only, but router commands are built from validated values only.
    if (const CommandValueCheck check
        = CommandValueValidator::routerFilePath(plan.cliPath, QStringLiteral("usage file"));
        !check) {
        plan.error = check.message;
        return plan;
    }
    QDir().mkpath(localDirectory);
    plan.localPath = QDir(localDirectory).filePath(QStringLiteral("%1-%2").arg(deviceId).arg(plan.fileName));
    plan.steps = {SshStep::runCommand(QStringLiteral("show license udi")),
                  SshStep::runCommand(QStringLiteral("license smart save usage %1 %2").arg(toText(mode), plan.cliPath)),
                  SshStep::download(plan.remotePath, plan.localPath, maxFileBytes), SshStep::remove(plan.remotePath)};
    return plan;
}

CollectedUsage UsageCollection::evaluate(const QString &hostname, const UsageCollectionPlan &plan,
                                         const SshJobResult &result, qsizetype firstStep, const QString &knownUdi)
{
    CollectedUsage collected;
    // The download is read once and never kept outside the library.
    const auto cleanup = qScopeGuard([&plan] { QFile::remove(plan.localPath); });
    const auto stepAt = [&](qsizetype offset) -> const SshStepResult * {
        const qsizetype index = firstStep + offset;
        return index < result.steps.size() ? &result.steps.at(index) : nullptr;
    };
    const auto failedStep = [&](qsizetype offset, const QString &what) -> std::optional<QString> {
        const SshStepResult *step = stepAt(offset);
        if (!step || !step->ran)
            return QStringLiteral("%1: %2 did not run: %3").arg(hostname, what, result.error.message);
        if (!step->error.ok())
            return QStringLiteral("%1: %2 failed: %3").arg(hostname, what, step->error.message);
        return std::nullopt;
    };

    if (auto failure = failedStep(ShowUdi, QStringLiteral("show license udi"))) {
        collected.error = *failure;
        return collected;
    }
    const ParseResult<UdiInfo> udiInfo = UdiParser::parse(stepAt(ShowUdi)->output);
    const std::optional<Udi> sessionUdi = udiInfo.data.udi;

    const QString saveCommand = plan.steps.value(SaveUsage).command;
    if (auto failure = failedStep(SaveUsage, saveCommand)) {
        collected.error = *failure;
        return collected;
    }
    if (const QString problem = routerError(*stepAt(SaveUsage)); !problem.isEmpty()) {
        collected.error = QStringLiteral("%1: `%2` failed on the router: %3").arg(hostname, saveCommand, problem);
        return collected;
    }
    if (auto failure = failedStep(Download, QStringLiteral("the download of %1").arg(plan.remotePath))) {
        collected.error = *failure;
        return collected;
    }
    // Removing the temporary file is housekeeping: a failure is reported, the usage is still good.
    if (auto failure = failedStep(Remove, QStringLiteral("removing %1").arg(plan.remotePath)))
        collected.warning
            = QStringLiteral("the temporary file %1 is left on the router (%2)")
                  .arg(plan.remotePath,
                       stepAt(Remove) && stepAt(Remove)->ran ? stepAt(Remove)->error.message : result.error.message);

    QFile downloaded(plan.localPath);
    if (!downloaded.open(QIODevice::ReadOnly)) {
        collected.error = QStringLiteral("%1: the downloaded usage file %2 cannot be read: %3")
                              .arg(hostname, plan.localPath, downloaded.errorString());
        return collected;
    }
    const QByteArray content = downloaded.readAll();

    std::optional<Udi> expected;
    if (!knownUdi.isEmpty())
        expected = Udi::fromText(knownUdi);
    if (!expected)
        expected = sessionUdi;
    if (!expected) {
        collected.error = QStringLiteral("%1: the device's UDI is unknown (no snapshot, and `show license udi` "
                                         "printed none), so the usage file cannot be checked; nothing was stored")
                              .arg(hostname);
        return collected;
    }
    QList<Udi> haMembers;
    for (const HaUdi &member : udiInfo.data.haUdis) {
        if (member.udi.isValid())
            haMembers.append(member.udi);
    }
    // HA members only count when the router answering is the device the console knows.
    if (sessionUdi && !(sessionUdi->pid == expected->pid && sessionUdi->serial == expected->serial))
        haMembers.clear();
    CollectedUsage verified = verify(hostname, content, *expected, haMembers);
    verified.fileName = plan.fileName;
    if (!verified.ok() && !knownUdi.isEmpty())
        verified.error += QStringLiteral(" (the console knows %1 as %2 from its last refresh; if the router was "
                                         "replaced, refresh it first)")
                              .arg(hostname, knownUdi);
    if (verified.ok())
        verified.warning = collected.warning;
    return verified;
}

CollectedUsage UsageCollection::verify(const QString &hostname, const QByteArray &content, const Udi &device,
                                       const QList<Udi> &haMembers)
{
    CollectedUsage collected;
    const FormatResult<RumReportFile> file = RumFileReader::read(content);
    if (!file) {
        collected.error
            = QStringLiteral("%1: the usage file is not a readable RUM report file: %2").arg(hostname, file.error());
        return collected;
    }
    if (const QString mismatch = file.value().verifyBelongsTo(device, haMembers); !mismatch.isEmpty()) {
        collected.error = QStringLiteral("%1: the usage file was refused, it belongs to another device: %2")
                              .arg(hostname, mismatch);
        return collected;
    }
    collected.content = content;
    collected.udi = device;
    for (qint64 id : file.value().reportIds())
        collected.reportIds.append(QString::number(id));
    return collected;
}

} // namespace slp
