#include "ExportBundleJob.h"

#include "FlowsLogging.h"
#include "ThreadPoolTask.h"
#include "formats/RumFileReader.h"
#include "formats/UploadBundleWriter.h"
#include "store/LibraryFileTable.h"
#include "store/ReportLibrary.h"
#include "store/StoreSession.h"
#include "util/BuildInfo.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace slp {

namespace {

// The smart and virtual account the routers report in their usage files' system information.
UploadBundleWriter::Account accountFrom(const QByteArray &rumFile)
{
    UploadBundleWriter::Account account;
    account.createdBy = QStringLiteral("SLP Console %1").arg(BuildInfo::applicationVersion());
    const FormatResult<RumReportFile> file = RumFileReader::read(rumFile);
    if (file) {
        const QJsonObject info = QJsonDocument::fromJson(file.value().systemInfoData).object();
        account.smartAccount = info.value(QStringLiteral("smart_account")).toString();
        account.virtualAccount = info.value(QStringLiteral("virtual_account")).toString();
    }
    return account;
}

struct BuiltBundle
{
    QString error;
    UploadBundle bundle;
};

} // namespace

ExportBundleJob::ExportBundleJob(JobEnvironment environment, JobOptions options, Settings settings, QObject *parent)
    : CollectUsageJob(QString::fromLatin1(kindName), std::move(environment), options, settings.mode, parent)
    , m_settings(std::move(settings))
{
    // A device that fails may be the last one the bundle waited for.
    connect(this, &Job::deviceStepChanged, this, [this](const DeviceStep &) { maybeWriteBundle(); });
}

Job *ExportBundleJob::fromParameters(const JobEnvironment &environment, const JobOptions &options,
                                     const QJsonObject &parameters)
{
    Settings settings;
    settings.mode
        = usageModeFromText(parameters.value(QStringLiteral("mode")).toString()).value_or(UsageMode::Unreported);
    settings.outputPath = parameters.value(QStringLiteral("output")).toString();
    settings.overwrite = parameters.value(QStringLiteral("overwrite")).toBool();
    settings.fromLibrary = parameters.value(QStringLiteral("from_library")).toBool();
    return new ExportBundleJob(environment, options, settings);
}

QJsonObject ExportBundleJob::parameters() const
{
    QJsonObject stored = CollectUsageJob::parameters();
    stored.insert(QStringLiteral("output"), m_settings.outputPath);
    stored.insert(QStringLiteral("overwrite"), m_settings.overwrite);
    stored.insert(QStringLiteral("from_library"), m_settings.fromLibrary);
    return stored;
}

void ExportBundleJob::startDevice(const DeviceRun &run)
{
    if (m_settings.fromLibrary)
        takeFromLibrary(run);
    else
        collect(run);
}

void ExportBundleJob::takeFromLibrary(const DeviceRun &run)
{
    setActivity(run.device.id, QStringLiteral("reading the library"));
    auto library = std::make_shared<ReportLibrary>(*environment().store, environment().libraryDirectory);
    library->files(run.device.id, LibraryFileKind::Rum, LibraryFileState::Collected)
        .then(this, [this, run, library](const StoreResult<QList<LibraryFile>> &files) {
            if (!files.ok()) {
                completeDevice(run.device.id, JobStepState::Failed, files.error.message);
                return;
            }
            // Newest first: the newest file not in a bundle yet.
            for (const LibraryFile &file : files.value) {
                if (file.bundleId != 0)
                    continue;
                const StoreResult<QByteArray> content = library->readVerified(file);
                if (!content.ok()) {
                    completeDevice(run.device.id, JobStepState::Failed, content.error.message);
                    return;
                }
                addMember(run, file, content.value);
                return;
            }
            completeDevice(run.device.id, JobStepState::Failed,
                           QStringLiteral("%1: the library holds no collected usage that is not bundled or sent yet "
                                          "(run `slpctl collect` first, or drop --from-library)")
                               .arg(run.device.hostname));
        });
}

void ExportBundleJob::onCollected(const DeviceRun &run, const CollectedUsage &usage)
{
    if (!usage.ok()) {
        completeDevice(run.device.id, JobStepState::Failed, usage.error);
        return;
    }
    // The collected file goes into the library at once: it is kept even if the bundle fails.
    setActivity(run.device.id, QStringLiteral("storing the usage file"));
    ReportLibrary library(*environment().store, environment().libraryDirectory);
    library.add(usage.libraryInput(run.device.id, id()))
        .then(this, [this, run, content = usage.content](const StoreResult<LibraryFile> &added) {
            if (!added.ok()) {
                completeDevice(run.device.id, JobStepState::Failed,
                               QStringLiteral("%1: the usage file was not stored: %2")
                                   .arg(run.device.hostname, added.error.message));
                return;
            }
            emit collected(run.device.id, added.value.id);
            addMember(run, added.value, content);
        });
}

void ExportBundleJob::addMember(const DeviceRun &run, const LibraryFile &file, const QByteArray &content)
{
    if (isCancelRequested()) {
        completeDevice(run.device.id, JobStepState::Cancelled, QStringLiteral("cancelled"));
        return;
    }
    m_members.insert(run.device.id, {run, file, content});
    setActivity(run.device.id, QStringLiteral("waiting for the other devices"));
    maybeWriteBundle();
}

void ExportBundleJob::maybeWriteBundle()
{
    if (m_writing || m_members.isEmpty())
        return;
    // Every device is either done or waiting here for the bundle.
    for (const DeviceStep &step : steps()) {
        if (!isTerminal(step.state) && !m_members.contains(step.deviceId))
            return;
    }
    if (isCancelRequested()) {
        finishMembers(JobStepState::Cancelled, QStringLiteral("cancelled"));
        return;
    }
    writeBundle();
}

void ExportBundleJob::writeBundle()
{
    m_writing = true;
    QList<UploadBundleWriter::Device> devices;
    for (const Member &member : std::as_const(m_members)) {
        UploadBundleWriter::Device device;
        device.hostname = member.run.device.hostname;
        device.udi = Udi::fromText(member.file.udi).value_or(Udi {});
        device.rumFile = member.content;
        devices.append(device);
    }
    std::sort(devices.begin(), devices.end(), [](const auto &a, const auto &b) { return a.hostname < b.hostname; });
    const QDateTime createdAt = QDateTime::currentDateTimeUtc();
    runOnThreadPool([devices, createdAt] {
        BuiltBundle built;
        const FormatResult<UploadBundle> bundle
            = UploadBundleWriter::build(accountFrom(devices.constFirst().rumFile), createdAt, devices);
        if (bundle)
            built.bundle = bundle.value();
        else
            built.error = bundle.error();
        return built;
    }).then(this, [this](const BuiltBundle &built) {
        if (!built.error.isEmpty()) {
            m_bundleError = QStringLiteral("the upload bundle cannot be built: %1").arg(built.error);
            finishMembers(JobStepState::Failed, m_bundleError);
            return;
        }
        QList<qint64> bundledIds;
        QSet<QString> bundledUdis;
        for (const UploadBundleEntry &entry : built.bundle.entries)
            bundledUdis.insert(entry.udi.canonicalText());
        for (const Member &member : std::as_const(m_members)) {
            if (bundledUdis.contains(Udi::fromText(member.file.udi).value_or(Udi {}).canonicalText()))
                bundledIds.append(member.file.id);
        }
        if (bundledIds.isEmpty()) {
            m_bundleError = QStringLiteral("nothing to report: no device has usage to send, no bundle was written");
            finishMembers(JobStepState::Succeeded, QStringLiteral("nothing to report, no bundle written"));
            return;
        }
        const QString path = resolvedOutputPath(built.bundle.fileName);
        if (QFileInfo::exists(path) && !m_settings.overwrite) {
            // Resumed or retried: the file may be this job's own earlier bundle (kept in the library).
            QFile existing(path);
            const QByteArray bytes = existing.open(QIODevice::ReadOnly) ? existing.readAll() : QByteArray();
            ReportLibrary(*environment().store, environment().libraryDirectory)
                .fileByContent(LibraryFileKind::UploadBundle, ReportLibrary::sha256Hex(bytes))
                .then(this, [this, built, bundledIds, path](const StoreResult<LibraryFile> &earlier) {
                    if (earlier.ok() && earlier.value.jobId == id()) {
                        saveBundle(built.bundle, bundledIds, path);
                        return;
                    }
                    m_bundleError = QStringLiteral("%1 exists: not overwritten (use --force to replace it)").arg(path);
                    finishMembers(JobStepState::Failed, m_bundleError);
                });
            return;
        }
        saveBundle(built.bundle, bundledIds, path);
    });
}

void ExportBundleJob::saveBundle(const UploadBundle &bundle, const QList<qint64> &bundledIds, const QString &path)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bundle.bytes) != bundle.bytes.size() || !out.commit()) {
        m_bundleError = QStringLiteral("cannot write the upload bundle %1: %2").arg(path, out.errorString());
        finishMembers(JobStepState::Failed, m_bundleError);
        return;
    }
    LibraryFileInput input;
    input.kind = LibraryFileKind::UploadBundle;
    input.state = LibraryFileState::Bundled;
    input.content = bundle.bytes;
    input.fileName = bundle.fileName;
    input.jobId = id();
    input.detail = QStringLiteral("written to %1").arg(path);
    ReportLibrary library(*environment().store, environment().libraryDirectory);
    // The bundle's row and its members' bundle ids: one transaction.
    library
        .addWith(input,
                 [bundledIds](StoreSession &session, const LibraryFile &added) {
                     return LibraryFileTable(session).setBundle(bundledIds, added.id, LibraryFileState::Bundled);
                 })
        .then(this, [this, path, bundledIds, fileName = bundle.fileName](const StoreResult<LibraryFile> &added) {
            if (!added.ok()) {
                m_bundleError = QStringLiteral("the upload bundle %1 was written but not recorded in the library: %2")
                                    .arg(path, added.error.message);
                finishMembers(JobStepState::Failed, m_bundleError);
                return;
            }
            m_bundlePath = path;
            emit bundleWritten(path, added.value.id, int(bundledIds.size()));
            const QList<Member> members = m_members.values();
            m_members.clear();
            m_writing = false;
            for (const Member &member : members) {
                const bool inBundle = bundledIds.contains(member.file.id);
                completeDevice(
                    member.run.device.id, JobStepState::Succeeded,
                    inBundle ? QStringLiteral("%1 report(s) in %2").arg(member.file.reportIds.size()).arg(fileName)
                             : QStringLiteral("nothing to report, not in the bundle"));
            }
        });
}

void ExportBundleJob::finishMembers(JobStepState state, const QString &message)
{
    const QList<Member> members = m_members.values();
    m_members.clear();
    m_writing = false; // a retry of the failed devices writes a bundle of its own
    for (const Member &member : members)
        completeDevice(member.run.device.id, state, message);
}

QString ExportBundleJob::resolvedOutputPath(const QString &bundleFileName) const
{
    const QFileInfo output(m_settings.outputPath);
    if (output.isDir())
        return QDir(output.absoluteFilePath()).filePath(bundleFileName);
    return output.absoluteFilePath();
}

} // namespace slp
