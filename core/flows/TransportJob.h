#pragma once

#include "DeviceChangeJob.h"
#include "TransportSettings.h"
#include "model/Transport.h"

namespace slp {

// Configures the license transport of each device (cslu | smart | off, URL, proxy, HTTP client VRF).
// Per device: `show license status` gives the current transport; TransportPlan turns the settings
// into the config lines that change something; they are sent in configuration mode (`configure`,
// lines, `commit`, `end`) and `show license status` must then show the settings. When it does not,
// the job rolls back: the settings read before are applied again, and the device fails with a
// message saying what differed and whether the rollback took. The snapshot is refreshed after.
class TransportJob : public DeviceChangeJob
{
    Q_OBJECT
public:
    static constexpr auto kindName = "transport";

    // `settings` must have passed TransportSettings::validate().
    TransportJob(JobEnvironment environment, JobOptions options, TransportSettings settings, QObject *parent = nullptr);

protected:
    void startDevice(const DeviceRun &run) override;
    QJsonObject parameters() const override;

private:
    void apply(const DeviceRun &run, const std::optional<SnapshotRecord> &previous, const Transport &before);
    void rollBack(const DeviceRun &run, const std::optional<SnapshotRecord> &previous, const Transport &before,
                  const Transport &after, const QString &why);

    TransportSettings m_settings;
};

} // namespace slp
