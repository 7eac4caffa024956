#pragma once

#include "SlrDevice.h"
#include "SlrWizardState.h"
#include "flows/SlrJob.h"
#include "store/JobStates.h"
#include "store/SnapshotRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

namespace slp::ui {

class ConsoleContext;

// What the SLR wizard works on: the chosen devices with their stored reservation state, and the
// authorization codes the admin brought, matched to devices by UDI (core/formats reads the files).
class SlrSession : public QObject
{
    Q_OBJECT
public:
    explicit SlrSession(ConsoleContext &context, QObject *parent = nullptr);

    // Reads each device's latest snapshot off the GUI thread, then devicesLoaded().
    void load(const QList<qint64> &deviceIds, const QHash<qint64, QString> &hostnames);
    bool isLoading() const { return m_pending > 0; }
    const QList<SlrDevice> &devices() const { return m_devices; }

    // Reads an authorization code file and matches every code in it to the devices; messages() says,
    // per code, to which device it went or why it did not. While devices are loading (or none are
    // chosen yet) the file waits and is matched once they are there.
    void addAuthorizationCodes(const QString &sourceName, const QByteArray &content);
    int queuedFileCount() const { return static_cast<int>(m_queued.size()); }
    // The authorization code file on disk (dropped or browsed); the install job reads it again.
    void setAuthorizationFilePath(const QString &path) { m_authorizationFile = path; }
    QString authorizationFilePath() const { return m_authorizationFile; }

    // Runs one SLR flow (core/flows SlrJob) on the session's devices: Request, Install (online through
    // CSSM when it is configured and no file was given, else from the file), Return or Cancel. The
    // devices are read again afterwards; then flowFinished() with each device's step message (request
    // codes, confirmation and return codes, or the reason it failed).
    void runFlow(SlrJob::Mode mode);
    bool isRunning() const { return m_running; }
    bool canInstallOnline() const;

    // The durable part, for the wizard to keep in the store, and putting it back after load(): codes
    // the devices' snapshots no longer (or not yet) show come from the saved state.
    SlrWizardState durableState() const;
    void restore(const SlrWizardState &state);

    // Pure helpers, tested on their own.
    static SlrDevice deviceFrom(qint64 deviceId, const QString &hostname, const SnapshotRecord *snapshot,
                                const QString &lastError);
    static QStringList match(QList<SlrDevice> &devices, const QList<SlrAuthorizationCode> &codes,
                             const QString &sourceName);

signals:
    void devicesLoaded();
    void codesChanged();
    void messages(const QStringList &messages);
    void flowStarted(const QString &description);
    void flowFinished(bool succeeded, const QStringList &stepMessages);

private:
    ConsoleContext &m_context;
    QList<SlrDevice> m_devices;
    void applyQueued();

    QList<std::pair<QString, QByteArray>> m_queued;
    int m_pending = 0;
    QString m_authorizationFile;
    bool m_running = false;
    quint64 m_generation = 0;
};

} // namespace slp::ui
