#pragma once

#include "DeviceChangeJob.h"
#include "formats/SlrAuthorizationCode.h"

#include <optional>

namespace slp {

// Specific License Reservation on each device, one mode per job (kinds slr-request, slr-install,
// slr-return, slr-cancel):
//
// - Request: enables reservation in configuration mode (`license smart reservation`, commit), runs
//   `license smart reservation request local` and keeps the request code (device_codes). With
//   `online` it goes on as Install does online, so one job takes a device from nothing to reserved.
// - Install: the authorization code comes from CSSM (`online`: CssmClient::reserveLicenses for the
//   kept request code and the licenses the device uses now, per its latest snapshot) or from the
//   file `authorizationFile` the admin brings (matched to devices by UDI; a device without a code in
//   the file, or a code for another UDI, fails before the router is touched). The code is written
//   to the report library, uploaded over SFTP, installed with `license smart reservation install
//   file`, the reserved state is verified in `show license reservation`, and the authorization and
//   confirmation codes are kept.
// - Return: `license smart reservation return local` (answers "yes"), the return code is kept and,
//   when CSSM is configured, credited back (CssmClient::returnReservation).
// - Cancel: `license smart reservation cancel local` (a pending request).
//
// Every mode refreshes the device's snapshot in its last session. Codes, snapshot and step are
// stored in one transaction.
class SlrJob : public DeviceChangeJob
{
    Q_OBJECT
public:
    enum class Mode { Request, Install, Return, Cancel };

    struct Settings
    {
        Mode mode = Mode::Request;
        bool online = false; // authorization codes from CSSM
        QString authorizationFile; // offline authorization codes (Install)
    };

    // "slr-request", "slr-install", "slr-return", "slr-cancel".
    static QString kindOf(Mode mode);
    static QList<Mode> modes() { return {Mode::Request, Mode::Install, Mode::Return, Mode::Cancel}; }
    static Settings settingsFromParameters(Mode mode, const QJsonObject &parameters);
    // Where the authorization code goes on the router.
    static QString remoteAuthorizationPath();

    SlrJob(JobEnvironment environment, JobOptions options, Settings settings, QObject *parent = nullptr);

protected:
    void startDevice(const DeviceRun &run) override;
    QJsonObject parameters() const override;

private:
    using Previous = std::optional<SnapshotRecord>;
    void request(const DeviceRun &run, const Previous &previous);
    void installFromFile(const DeviceRun &run, const Previous &previous);
    void installOnline(const DeviceRun &run, const Previous &previous, const QString &requestCode,
                       const QList<UsageRow> &usage);
    void install(const DeviceRun &run, const Previous &previous, const SlrAuthorizationCode &code);
    // SFTP upload of the library's copy, install, verify.
    void upload(const DeviceRun &run, const Previous &previous, const SlrAuthorizationCode &code,
                const QString &localPath);
    void returnReservation(const DeviceRun &run, const Previous &previous);
    void cancelRequest(const DeviceRun &run, const Previous &previous);
    void creditBack(const DeviceRun &run, const QString &udi, const QString &returnCode);
    // The CSSM client when an endpoint is configured; null otherwise (the console always hands the
    // job a client, configured or not).
    CssmClient *configuredCssm() const;
    // The file's codes, read once per job; nullopt with m_fileProblem set when unreadable.
    const std::optional<QList<SlrAuthorizationCode>> &fileCodes();

    Settings m_settings;
    std::optional<QList<SlrAuthorizationCode>> m_fileCodes;
    QString m_fileProblem;
};

} // namespace slp
