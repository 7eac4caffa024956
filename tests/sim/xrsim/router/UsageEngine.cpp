#include "UsageEngine.h"

#include "RumPayload.h"
#include "crypto/Hmac.h"
#include "formats/ImportFile.h"

#include <algorithm>

namespace slp::xrsim {

namespace {

constexpr qint64 kDay = 86400;
// How many past push intervals a first boot keeps as individual reports (older ones count as purged).
constexpr qint64 kHistoryWindows = 12;

qint64 firstReportId(const RouterSpec &spec)
{
    const QByteArray digest = sha256(spec.udi().toUtf8());
    quint32 value = 0;
    for (int i = 0; i < 4; ++i)
        value = (value << 8) | static_cast<quint8>(digest.at(i));
    return 1000000000 + static_cast<qint64>(value % 800000000u);
}

} // namespace

UsageEngine::UsageEngine(const RouterSpec &spec, RouterState &state)
    : m_spec(spec)
    , m_state(state)
{ }

RouterState UsageEngine::initialState(const RouterSpec &spec, qint64 now)
{
    RouterState state;
    state.transport = spec.transport;
    state.policy = spec.policy;
    state.nextReportId = firstReportId(spec);
    state.trust.activeInstalledAt = spec.trust.activeInstalledAt;
    state.trust.standbyInstalledAt = spec.isHighAvailability() ? spec.trust.standbyInstalledAt : 0;
    state.reservation.enabled = spec.reservation.enabled;
    state.reservation.since = spec.reservation.since;
    state.reporting.pushIntervalDays = spec.reporting.pushIntervalDays;
    state.reporting.lastAck = spec.reporting.lastAck;
    state.reporting.lastReportPush = spec.reporting.lastReportPush;
    state.reporting.unackedUsageSince = spec.reporting.lastAck == 0 ? spec.reporting.firstUse : 0;
    state.accountAsOf = std::max(spec.reporting.lastAck, spec.reporting.lastReportPush);

    UsageEngine engine(spec, state);
    const qint64 interval = spec.reporting.pushIntervalDays * kDay;
    const qint64 firstUse = std::min(spec.reporting.firstUse, now);
    const qint64 windows = (now - firstUse) / interval;
    const qint64 skipped = std::max<qint64>(0, windows - kHistoryWindows);
    state.reporting.purged = static_cast<int>(skipped * spec.licenses.size());
    if (spec.reporting.lastAck != 0) {
        const qint64 ackedWindows = std::min(skipped, (spec.reporting.lastAck - firstUse) / interval);
        state.reporting.totalAcknowledged = static_cast<int>(ackedWindows * spec.licenses.size());
    }
    const qint64 historyStart = firstUse + skipped * interval;
    for (const LicenseSpec &license : spec.licenses) {
        const int step
            = license.driftEveryDays > 0 ? static_cast<int>((now - firstUse) / (license.driftEveryDays * kDay)) : 0;
        state.usage.append({license.tag, license.count, step});
    }
    // Walk the kept windows in time order so that ids are consecutive in time.
    for (qint64 start = historyStart; start + interval <= now; start += interval) {
        for (const LicenseSpec &license : spec.licenses) {
            engine.openReport(license, license.count, start);
            RumReport &report = state.reports.last();
            engine.closeReport(report, start + interval, QStringLiteral("REPORTING"));
            if (spec.reporting.lastAck != 0 && report.endTime <= spec.reporting.lastAck) {
                report.state = QStringLiteral("ACK");
                report.stateReason = QStringLiteral("ACKED");
                ++state.reporting.totalAcknowledged;
            }
        }
    }
    const qint64 openStart = historyStart + std::max<qint64>(0, (now - historyStart) / interval) * interval;
    for (const LicenseSpec &license : spec.licenses)
        engine.openReport(license, license.count, std::min(openStart, now));
    state.reservation.reserved = spec.reservation.reserved;
    if (spec.reservation.state == QLatin1String("requested"))
        state.reservation.status = QStringLiteral("RESERVATION IN PROGRESS");
    else if (spec.reservation.state == QLatin1String("installed"))
        state.reservation.status = QStringLiteral("SPECIFIC INSTALLED");
    state.advancedTo = now;
    return state;
}

int UsageEngine::usageIndex(const QString &tag) const
{
    for (qsizetype i = 0; i < m_state.usage.size(); ++i) {
        if (m_state.usage.at(i).tag == tag)
            return static_cast<int>(i);
    }
    return -1;
}

void UsageEngine::openReport(const LicenseSpec &license, int count, qint64 at)
{
    RumReport report;
    report.id = m_state.nextReportId++;
    report.tag = license.tag;
    report.licenseName = license.name;
    report.startTime = at;
    report.count = count;
    m_state.reports.append(report);
}

void UsageEngine::closeReport(RumReport &report, qint64 at, const QString &reason)
{
    report.state = QStringLiteral("CLOSED");
    report.stateReason = reason;
    report.endTime = at;
    report.payload = renderRumPayload(m_spec, report);
    report.signature = hmacSha256(m_spec.signingKey, report.payload).toBase64();
}

int UsageEngine::driftedCount(const LicenseSpec &license, int step) const
{
    // Deterministic per router, license and step, so a restart replays the same history.
    const QByteArray digest
        = sha256(m_spec.udi().toUtf8() + '|' + license.tag.toUtf8() + '|' + QByteArray::number(step));
    const int span = license.driftMax - license.driftMin + 1;
    return license.driftMin
        + static_cast<int>(static_cast<quint8>(digest.at(0)) * 256 + static_cast<quint8>(digest.at(1))) % span;
}

void UsageEngine::advanceTo(qint64 now)
{
    if (now <= m_state.advancedTo)
        return;
    const qint64 interval = m_state.reporting.pushIntervalDays * kDay;
    // Events of all licenses in time order: (time, license index, is drift step).
    struct Event
    {
        qint64 time;
        int license;
        bool drift;
    };
    for (int guard = 0; guard < 100000; ++guard) {
        Event next {now + 1, -1, false};
        for (qsizetype i = 0; i < m_spec.licenses.size(); ++i) {
            const LicenseSpec &license = m_spec.licenses.at(i);
            const int usage = usageIndex(license.tag);
            if (usage < 0)
                continue;
            if (license.driftEveryDays > 0) {
                const qint64 at = m_spec.reporting.firstUse
                    + (m_state.usage.at(usage).driftStep + 1LL) * license.driftEveryDays * kDay;
                if (at < next.time)
                    next = {at, static_cast<int>(i), true};
            }
            for (const RumReport &report : std::as_const(m_state.reports)) {
                if (report.state == QLatin1String("OPEN") && report.tag == license.tag
                    && report.startTime + interval < next.time)
                    next = {report.startTime + interval, static_cast<int>(i), false};
            }
        }
        if (next.license < 0 || next.time > now)
            break;
        const LicenseSpec &license = m_spec.licenses.at(next.license);
        LicenseUsage &usage = m_state.usage[usageIndex(license.tag)];
        if (next.drift) {
            ++usage.driftStep;
            const int count = driftedCount(license, usage.driftStep);
            if (count == usage.count)
                continue;
            usage.count = count;
            if (m_state.reporting.lastAck != 0)
                m_state.reporting.usageChangedAt = next.time;
        }
        for (RumReport &report : m_state.reports) {
            if (report.state == QLatin1String("OPEN") && report.tag == license.tag)
                closeReport(report, next.time,
                            next.drift ? QStringLiteral("USAGE_CHANGE") : QStringLiteral("REPORTING"));
        }
        openReport(license, usage.count, next.time);
    }
    m_state.advancedTo = now;
    purgeOldReports();
}

int UsageEngine::closeOpenReports(qint64 now, const QString &reason)
{
    advanceTo(now);
    int closed = 0;
    const qsizetype existing = m_state.reports.size();
    for (qsizetype i = 0; i < existing; ++i) {
        RumReport &report = m_state.reports[i];
        if (report.state != QLatin1String("OPEN") || report.startTime >= now)
            continue;
        closeReport(report, now, reason);
        ++closed;
        for (const LicenseSpec &license : m_spec.licenses) {
            if (license.tag == report.tag) {
                const int usage = usageIndex(license.tag);
                openReport(license, usage >= 0 ? m_state.usage.at(usage).count : license.count, now);
                break;
            }
        }
    }
    purgeOldReports();
    return closed;
}

int UsageEngine::acknowledge(const QList<qint64> &ids, qint64 now)
{
    Q_UNUSED(now)
    int changed = 0;
    for (RumReport &report : m_state.reports) {
        if (report.state == QLatin1String("CLOSED") && ids.contains(report.id)) {
            report.state = QStringLiteral("ACK");
            report.stateReason = QStringLiteral("ACKED");
            ++m_state.reporting.totalAcknowledged;
            ++changed;
        }
    }
    return changed;
}

bool UsageEngine::changeUsage(const QString &tag, int count, qint64 now)
{
    const int index = usageIndex(tag);
    if (index < 0)
        return false;
    advanceTo(now);
    LicenseUsage &usage = m_state.usage[index];
    if (usage.count == count)
        return true;
    usage.count = count;
    if (m_state.reporting.lastAck != 0)
        m_state.reporting.usageChangedAt = now;
    for (const LicenseSpec &license : m_spec.licenses) {
        if (license.tag != tag)
            continue;
        for (RumReport &report : m_state.reports) {
            if (report.state == QLatin1String("OPEN") && report.tag == tag)
                closeReport(report, now, QStringLiteral("USAGE_CHANGE"));
        }
        openReport(license, count, now);
    }
    purgeOldReports();
    return true;
}

void UsageEngine::applyImport(const ImportFile &file, qint64 now)
{
    if (file.hasAck) {
        acknowledge(file.acknowledgedReportIds, now);
        m_state.reporting.lastAck = now;
        m_state.reporting.unackedUsageSince = 0;
        m_state.reporting.usageChangedAt = 0;
        m_state.accountAsOf = now;
        if (file.installTrust) {
            m_state.trust.activeInstalledAt = now;
            if (m_spec.isHighAvailability())
                m_state.trust.standbyInstalledAt = now;
        }
    }
    if (file.policy) {
        m_state.policy = *file.policy;
        m_state.policy.installedAt = now;
    }
}

void UsageEngine::purgeOldReports()
{
    // Oldest acknowledged reports go first, as on a router whose report storage fills up.
    while (m_state.reports.size() > kMaxReports) {
        auto victim = std::find_if(m_state.reports.begin(), m_state.reports.end(),
                                   [](const RumReport &r) { return r.state == QLatin1String("ACK"); });
        if (victim == m_state.reports.end())
            victim = std::find_if(m_state.reports.begin(), m_state.reports.end(),
                                  [](const RumReport &r) { return r.state != QLatin1String("OPEN"); });
        if (victim == m_state.reports.end())
            break;
        m_state.reports.erase(victim);
        ++m_state.reporting.purged;
    }
}

} // namespace slp::xrsim
