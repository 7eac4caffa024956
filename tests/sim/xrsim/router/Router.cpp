#include "Router.h"

#include "UsageEngine.h"
#include "XrsimLog.h"
#include "clock/SimClock.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace slp::xrsim {

Router::Router(RouterSpec spec, QString directory, const SimClock *clock, QByteArray labKey)
    : m_spec(std::move(spec))
    , m_directory(std::move(directory))
    , m_clock(clock)
    , m_labKey(std::move(labKey))
    , m_bootTime(clock->now())
    , m_faults(m_spec.faults)
{ }

FaultSpec Router::faults() const
{
    std::lock_guard lock(m_faultMutex);
    return m_faults;
}

void Router::setFaults(const FaultSpec &faults)
{
    std::lock_guard lock(m_faultMutex);
    m_faults = faults;
}

qint64 Router::nowMs() const
{
    return m_clock->nowMs() + faults().clockOffsetSeconds * 1000;
}

Router::Access::Access(Router &router)
    : m_router(router)
    , m_lock(router.m_mutex)
    , m_now(router.now())
{
    m_router.ensureLoadedLocked();
    UsageEngine(m_router.m_spec, *m_router.m_state).advanceTo(m_now);
}

bool Router::Access::changeUsage(const QString &tag, int count)
{
    if (!UsageEngine(m_router.m_spec, *m_router.m_state).changeUsage(tag, count, m_now))
        return false;
    m_changed = true;
    return true;
}

Router::Access::~Access()
{
    if (!m_changed)
        return;
    QString error;
    if (!m_router.saveLocked(&error))
        qCWarning(lcXrsim, "%s: cannot save state: %s", qPrintable(m_router.m_spec.hostname), qPrintable(error));
}

void Router::ensureLoadedLocked()
{
    if (m_state)
        return;
    QFile file(m_directory + QStringLiteral("/state.json"));
    if (file.open(QIODevice::ReadOnly)) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        QString error = parseError.error == QJsonParseError::NoError ? QString() : parseError.errorString();
        if (error.isEmpty()) {
            RouterState state = RouterState::fromJson(document.object(), &error);
            if (error.isEmpty()) {
                m_state = std::move(state);
                return;
            }
        }
        qCWarning(lcXrsim, "%s: ignoring unreadable %s (%s); booting from the fleet file", qPrintable(m_spec.hostname),
                  qPrintable(file.fileName()), qPrintable(error));
    }
    // The first boot happens at the simulated clock's time (router clock error only affects display).
    m_state = UsageEngine::initialState(m_spec, m_clock->now());
}

bool Router::saveLocked(QString *error)
{
    if (!m_state)
        return true;
    QDir().mkpath(m_directory);
    QSaveFile file(m_directory + QStringLiteral("/state.json"));
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(m_state->toJson()).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool Router::save(QString *error)
{
    std::lock_guard lock(m_mutex);
    return saveLocked(error);
}

void Router::factoryReset()
{
    std::lock_guard lock(m_mutex);
    QFile::remove(m_directory + QStringLiteral("/state.json"));
    m_state.reset();
}

} // namespace slp::xrsim
