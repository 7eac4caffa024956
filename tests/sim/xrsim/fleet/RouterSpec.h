#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace slp::xrsim {

// What a fleet file says about one router. Immutable once loaded, except FaultSpec, which the control
// channel may replace at run time (the Router guards it). Times are Unix seconds of the simulated clock;
// 0 means "never / not set".

struct LicenseSpec
{
    QString name; // e.g. ESS_100G_RTU_1
    QString tag; // entitlement tag, e.g. ESS-SE-100G-RTU-1
    QString description;
    QString version = QStringLiteral("1.0");
    int count = 1;
    bool subscription = false;
    bool enforced = false;
    bool exportRestricted = false;
    QString statusOverride; // forces the printed status (e.g. "OUT-OF-COMPLIANCE"); empty = derived
    // Usage drift over simulated time: every driftEveryDays the count moves within [driftMin, driftMax].
    int driftEveryDays = 0;
    int driftMin = 0;
    int driftMax = 0;
};

struct PolicyCategory
{
    int firstReportDays = 0;
    int frequencyDays = 0;
    int onChangeDays = 0;
};

struct PolicySpec
{
    bool ciscoDefault = true;
    QString name = QStringLiteral("Cisco default");
    bool ackRequired = true;
    PolicyCategory unenforcedPerpetual {365, 0, 90};
    PolicyCategory unenforcedSubscription {90, 90, 90};
    PolicyCategory enforced {0, 0, 0};
    PolicyCategory exportControlled {0, 0, 0};
    qint64 installedAt = 0; // custom policies only
};

struct TransportSpec
{
    QString type = QStringLiteral("cslu"); // cslu | smart | off | callhome (7.x only)
    QString csluUrl;
    QString smartUrl;
    QString proxyHost;
    int proxyPort = 0;
    QString vrf;
};

struct ReportingSpec
{
    qint64 firstUse = 0; // start of license usage (first report opens here)
    qint64 lastAck = 0; // last ACK received (0 = never reported)
    qint64 lastReportPush = 0; // last report push (0 = never)
    int pushIntervalDays = 30;
};

struct TrustSpec
{
    qint64 activeInstalledAt = 0; // 0 = no trust code
    qint64 standbyInstalledAt = 0; // HA only
};

struct ReservationSpec
{
    bool enabled = false;
    QString state = QStringLiteral("none"); // none | requested | installed
    qint64 since = 0;
    QList<QPair<QString, int>> reserved; // entitlement tag -> count (installed only)
};

struct CredentialsSpec
{
    QString username = QStringLiteral("admin");
    QString password;
    QStringList authorizedKeys; // OpenSSH public key lines ("ssh-ed25519 AAAA... comment")
};

struct FaultSpec
{
    bool refuseAuth = false;
    bool hostKeyChanged = false;
    bool connectionRefused = false;
    int slowOutputBytesPerSecond = 0; // 0 = full speed
    int stallAfterBytes = -1; // -1 = off; output stops for good after this many bytes
    int disconnectAfterBytes = -1; // -1 = off; the TCP connection drops after this many bytes
    bool garbage = false; // binary noise in show output
    QStringList invalidCommands; // command prefixes answered with % Invalid input
    bool diskFull = false; // save usage / trust-request fail with a full-disk error
    qint64 clockOffsetSeconds = 0; // router clock error; > 3600 s makes trust fail
    // Config lines starting with one of these prefixes are accepted and `commit` reports success,
    // but the running state keeps its old value (a commit that silently did not take).
    QStringList commitIgnores;

    bool operator==(const FaultSpec &) const = default;
};

struct RouterSpec
{
    QString hostname;
    QString pid;
    QString serial;
    QString standbyPid; // empty = no standby RP
    QString standbySerial;
    QString version = QStringLiteral("24.2.1");
    QString smartAccount;
    QString virtualAccount;
    QList<LicenseSpec> licenses;
    PolicySpec policy;
    TransportSpec transport;
    ReportingSpec reporting;
    TrustSpec trust;
    ReservationSpec reservation;
    CredentialsSpec credentials;
    FaultSpec faults;
    QByteArray signingKey; // raw bytes of the per-router RUM HMAC key
    QString address; // optional fixed listen address
    int port = -1; // optional fixed listen port (-1 = from the command line)

    bool isHighAvailability() const { return !standbySerial.isEmpty(); }
    QString udi() const { return QStringLiteral("PID:%1,SN:%2").arg(pid, serial); }
    QString standbyUdi() const { return QStringLiteral("PID:%1,SN:%2").arg(standbyPid, standbySerial); }
    // IOS XR before 24.1 runs classic Smart Licensing, not Smart Licensing Using Policy.
    bool usesPolicy() const { return version.section(QLatin1Char('.'), 0, 0).toInt() >= 24; }
    // Route processor name used in the prompt: RSP on ASR 9000, RP elsewhere.
    QString routeProcessor() const
    {
        return pid.startsWith(QLatin1String("ASR-9")) ? QStringLiteral("RSP0") : QStringLiteral("RP0");
    }
    QString standbyRouteProcessor() const
    {
        return pid.startsWith(QLatin1String("ASR-9")) ? QStringLiteral("RSP1") : QStringLiteral("RP1");
    }
};

} // namespace slp::xrsim
