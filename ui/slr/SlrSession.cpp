#include "SlrSession.h"

#include "flows/Job.h"
#include "flows/JobManager.h"
#include "jobs/JobListModel.h"

#include "app/ConsoleContext.h"
#include "devices/SnapshotFacts.h"
#include "formats/SlrAuthorizationCodeReader.h"
#include "store/Store.h"

#include <QJsonArray>

namespace slp::ui {

SlrSession::SlrSession(ConsoleContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{ }

SlrDevice SlrSession::deviceFrom(qint64 deviceId, const QString &hostname, const SnapshotRecord *snapshot,
                                 const QString &lastError)
{
    SlrDevice device;
    device.deviceId = deviceId;
    device.hostname = hostname;
    device.lastError = lastError;
    if (!snapshot)
        return device;
    device.refreshed = true;
    device.trustInstalled = snapshot->summary.trustInstalled;
    if (const auto udi = Udi::fromText(snapshot->summary.udi)) {
        device.activeUdi = *udi;
        device.udis.append(*udi);
    }
    const QJsonObject reservation
        = SnapshotFacts::commandData(snapshot->state, QStringLiteral("show license reservation"));
    if (reservation.isEmpty())
        return device;
    const QJsonValue enabled = reservation.value(QStringLiteral("enabled"));
    if (enabled.isBool())
        device.reservationEnabled = enabled.toBool();
    for (const QJsonValue &entry : reservation.value(QStringLiteral("per_udi")).toArray()) {
        const QJsonObject perUdi = entry.toObject();
        const QJsonObject udiObject = perUdi.value(QStringLiteral("udi")).toObject();
        Udi udi;
        udi.pid = udiObject.value(QStringLiteral("pid")).toString();
        udi.serial = udiObject.value(QStringLiteral("serial")).toString();
        udi.text = udiObject.value(QStringLiteral("text")).toString();
        const bool isActive = udi.pid == device.activeUdi.pid && udi.serial == device.activeUdi.serial;
        if (udi.isValid() && !device.matches(udi))
            device.udis.append(udi);
        // The active UDI's block describes the device; HA peers carry the same status.
        if (isActive || device.reservationStatus.isEmpty()) {
            const QJsonObject status = perUdi.value(QStringLiteral("status")).toObject();
            device.reservationStatus = status.value(QStringLiteral("state")).toString();
            const QString at = SnapshotFacts::valueText(status.value(QStringLiteral("at")));
            if (!at.isEmpty() && !device.reservationStatus.contains(at))
                device.reservationStatus += QLatin1String(" (") + at + u')';
            device.requestCode = perUdi.value(QStringLiteral("request_code")).toString();
            device.confirmationCode = perUdi.value(QStringLiteral("last_confirmation_code")).toString();
        }
    }
    return device;
}

void SlrSession::load(const QList<qint64> &deviceIds, const QHash<qint64, QString> &hostnames)
{
    const quint64 generation = ++m_generation;
    m_devices.clear();
    for (qint64 id : deviceIds)
        m_devices.append(deviceFrom(id, hostnames.value(id), nullptr, QString()));
    m_pending = static_cast<int>(deviceIds.size());
    if (m_pending == 0 || !m_context.isReady()) {
        m_pending = 0;
        emit devicesLoaded();
        applyQueued();
        return;
    }
    for (int index = 0; index < deviceIds.size(); ++index) {
        const qint64 id = deviceIds.at(index);
        m_context.store().device(id).then(this, [this, generation, index, id](const StoreResult<DeviceRecord> &device) {
            if (generation != m_generation)
                return;
            const QString lastError = device.ok() ? device.value.lastError : device.error.message;
            m_context.store().latestSnapshot(id, false).then(
                this, [this, generation, index, id, lastError](const StoreResult<SnapshotRecord> &snapshot) {
                    if (generation != m_generation)
                        return;
                    const QString hostname = m_devices.at(index).hostname;
                    m_devices[index] = deviceFrom(id, hostname, snapshot.ok() ? &snapshot.value : nullptr, lastError);
                    if (--m_pending == 0) {
                        emit devicesLoaded();
                        applyQueued();
                    }
                });
        });
    }
}

QStringList SlrSession::match(QList<SlrDevice> &devices, const QList<SlrAuthorizationCode> &codes,
                              const QString &sourceName)
{
    QStringList messages;
    for (const SlrAuthorizationCode &code : codes) {
        const QString udiText = code.udi.canonicalText();
        bool matched = false;
        for (SlrDevice &device : devices) {
            if (!device.matches(code.udi))
                continue;
            // A newer file for the same UDI replaces the older code.
            device.codes.removeIf([&code](const SlrAuthorizationCode &old) {
                return old.udi.pid.compare(code.udi.pid, Qt::CaseInsensitive) == 0
                    && old.udi.serial.compare(code.udi.serial, Qt::CaseInsensitive) == 0;
            });
            device.codes.append(code);
            device.codeSource = sourceName;
            messages.append(tr("%1: authorization code for %2 matched to %3 (%n license(s)).", nullptr,
                               static_cast<int>(code.entitlements.size()))
                                .arg(sourceName, udiText, device.hostname));
            matched = true;
            break;
        }
        if (!matched)
            messages.append(
                tr("%1: the authorization code for %2 matches none of the chosen devices.").arg(sourceName, udiText));
    }
    return messages;
}

void SlrSession::addAuthorizationCodes(const QString &sourceName, const QByteArray &content)
{
    m_queued.append({sourceName, content});
    if (isLoading() || m_devices.isEmpty()) {
        emit messages({tr("%1: waits until the devices are chosen and read.").arg(sourceName)});
        return;
    }
    applyQueued();
}

void SlrSession::applyQueued()
{
    QStringList all;
    for (const auto &[sourceName, content] : std::as_const(m_queued)) {
        const FormatResult<QList<SlrAuthorizationCode>> read = SlrAuthorizationCodeReader::read(content);
        if (!read.ok())
            all.append(tr("%1: not an authorization code file: %2").arg(sourceName, read.error()));
        else
            all.append(match(m_devices, read.value(), sourceName));
    }
    m_queued.clear();
    if (all.isEmpty())
        return;
    emit codesChanged();
    emit messages(all);
}

SlrWizardState SlrSession::durableState() const
{
    SlrWizardState state;
    state.authorizationFile = m_authorizationFile;
    for (const SlrDevice &device : m_devices) {
        state.deviceIds.append(device.deviceId);
        state.hostnames.insert(device.deviceId, device.hostname);
        state.requestCodes.insert(device.deviceId, device.requestCode);
        state.confirmationCodes.insert(device.deviceId, device.confirmationCode);
        state.codeSources.insert(device.deviceId, device.codeSource);
    }
    return state;
}

void SlrSession::restore(const SlrWizardState &state)
{
    m_authorizationFile = state.authorizationFile;
    for (SlrDevice &device : m_devices) {
        // The snapshot is newer than the saved state when it has a code: it wins.
        if (device.requestCode.isEmpty())
            device.requestCode = state.requestCodes.value(device.deviceId);
        if (device.confirmationCode.isEmpty())
            device.confirmationCode = state.confirmationCodes.value(device.deviceId);
    }
    emit codesChanged();
}

bool SlrSession::canInstallOnline() const
{
    return m_context.isCssmConfigured();
}

void SlrSession::runFlow(SlrJob::Mode mode)
{
    JobManager *jobs = m_context.jobs();
    if (!jobs || m_running || m_devices.isEmpty())
        return;
    QList<qint64> ids;
    QHash<qint64, QString> hostnames;
    for (const SlrDevice &device : std::as_const(m_devices)) {
        ids.append(device.deviceId);
        hostnames.insert(device.deviceId, device.hostname);
    }
    SlrJob::Settings settings;
    settings.mode = mode;
    if (mode == SlrJob::Mode::Install) {
        settings.authorizationFile = m_authorizationFile;
        settings.online = m_authorizationFile.isEmpty() && canInstallOnline();
    }
    m_running = true;
    Job *job = jobs->startJob(new SlrJob(jobs->environment(), m_context.jobOptions(), settings), ids);
    emit flowStarted(JobListModel::kindText(SlrJob::kindOf(mode)));
    connect(job, &Job::finished, this, [this, job, ids, hostnames](JobState state) {
        const qint64 jobId = job->id();
        m_context.store().jobSteps(jobId).then(
            this, [this, state, ids, hostnames](const StoreResult<QList<JobStepRecord>> &steps) {
                QStringList stepMessages;
                for (const JobStepRecord &step : steps.value)
                    stepMessages.append(step.message);
                m_running = false;
                // The job stored each device's new state; the wizard shows it.
                load(ids, hostnames);
                emit flowFinished(state == JobState::Succeeded, stepMessages);
            });
    });
}

} // namespace slp::ui
