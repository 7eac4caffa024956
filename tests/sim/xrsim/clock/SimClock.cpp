#include "SimClock.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace slp::xrsim {

SimClock::SimClock()
    : m_anchorRealMs(QDateTime::currentMSecsSinceEpoch())
    , m_anchorSimMs(m_anchorRealMs)
{ }

qint64 SimClock::nowMs() const
{
    std::lock_guard lock(m_mutex);
    const qint64 elapsed = QDateTime::currentMSecsSinceEpoch() - m_anchorRealMs;
    return m_anchorSimMs + static_cast<qint64>(static_cast<double>(elapsed) * m_rate);
}

double SimClock::rate() const
{
    std::lock_guard lock(m_mutex);
    return m_rate;
}

void SimClock::reanchorLocked()
{
    const qint64 real = QDateTime::currentMSecsSinceEpoch();
    m_anchorSimMs += static_cast<qint64>(static_cast<double>(real - m_anchorRealMs) * m_rate);
    m_anchorRealMs = real;
}

void SimClock::setRate(double rate)
{
    std::lock_guard lock(m_mutex);
    reanchorLocked();
    m_rate = rate;
}

void SimClock::jump(qint64 seconds)
{
    std::lock_guard lock(m_mutex);
    reanchorLocked();
    m_anchorSimMs += seconds * 1000;
}

bool SimClock::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    if (!object.value(QStringLiteral("offsetMs")).isDouble()) {
        *error = path + QStringLiteral(": offsetMs missing or not a number");
        return false;
    }
    std::lock_guard lock(m_mutex);
    m_anchorRealMs = QDateTime::currentMSecsSinceEpoch();
    m_anchorSimMs = m_anchorRealMs + static_cast<qint64>(object.value(QStringLiteral("offsetMs")).toDouble());
    return true;
}

bool SimClock::save(const QString &path, QString *error) const
{
    const qint64 offset = nowMs() - QDateTime::currentMSecsSinceEpoch();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    file.write(QJsonDocument(QJsonObject {{QStringLiteral("offsetMs"), static_cast<double>(offset)}}).toJson());
    if (!file.commit()) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    return true;
}

} // namespace slp::xrsim
