#pragma once

#include "CollectUsageJob.h"
#include "formats/UploadBundle.h"
#include "store/LibraryFile.h"

#include <QHash>

namespace slp {

// Download All for Cisco (docs/flows.md): collects usage on every selected device (as
// CollectUsageJob; or, with fromLibrary, takes each device's newest collected RUM file that is not
// bundled yet), then writes ONE UD_SA_<ts>.tar.gz (UploadBundleWriter: manifest + UD_VA_<ts>.tar.gz
// with one RUM_<pid>_<serial>.xml per device, bytes as collected) atomically to the output path,
// adds it to the library (kind upload_bundle) and marks the member files bundled with its id, in one
// transaction. A device that fails is reported and left out; the bundle holds the others. Devices
// whose file holds no report succeed ("nothing to report") and are left out of the bundle.
class ExportBundleJob : public CollectUsageJob
{
    Q_OBJECT
public:
    static constexpr auto kindName = "export-bundle";

    struct Settings
    {
        UsageMode mode = UsageMode::Unreported;
        // A file path, or an existing folder (the bundle is then written into it as UD_SA_<ts>.tar.gz).
        QString outputPath;
        bool overwrite = false; // refuse an existing file unless set (--force)
        bool fromLibrary = false; // no SSH: use the reports already collected
    };

    ExportBundleJob(JobEnvironment environment, JobOptions options, Settings settings, QObject *parent = nullptr);
    static Job *fromParameters(const JobEnvironment &environment, const JobOptions &options,
                               const QJsonObject &parameters);

    const Settings &settings() const { return m_settings; }
    // Empty until bundleWritten().
    QString bundlePath() const { return m_bundlePath; }
    // Why no bundle was written although devices were collected (empty otherwise).
    QString bundleError() const { return m_bundleError; }

signals:
    void bundleWritten(const QString &path, qint64 libraryFileId, int deviceFiles);

protected:
    void startDevice(const DeviceRun &run) override;
    QJsonObject parameters() const override;
    bool connectsToDevices() const override { return !m_settings.fromLibrary; }
    void onCollected(const DeviceRun &run, const CollectedUsage &usage) override;

private:
    struct Member
    {
        DeviceRun run;
        LibraryFile file;
        QByteArray content;
    };

    void takeFromLibrary(const DeviceRun &run);
    void addMember(const DeviceRun &run, const LibraryFile &file, const QByteArray &content);
    void maybeWriteBundle();
    void writeBundle();
    void saveBundle(const UploadBundle &bundle, const QList<qint64> &bundledIds, const QString &path);
    void finishMembers(JobStepState state, const QString &message);
    QString resolvedOutputPath(const QString &bundleFileName) const;

    const Settings m_settings;
    QHash<qint64, Member> m_members; // collected devices waiting for the bundle
    bool m_writing = false;
    QString m_bundlePath;
    QString m_bundleError;
};

} // namespace slp
