#pragma once

#include <QJsonObject>

namespace slp::xrsim {

class Lab;
class Router;

// What the control channel can do: read state, set faults, move the clock, change usage, reset routers.
class ControlCommands
{
public:
    explicit ControlCommands(Lab &lab);

    QJsonObject run(const QJsonObject &request, bool *shutdown);

private:
    QJsonObject state(Router &router);
    QJsonObject setFaults(const QJsonObject &request);
    QJsonObject setUsage(Router &router, const QJsonObject &request);
    QJsonObject patchState(Router &router, const QJsonObject &request);
    QJsonObject clock();

    Lab &m_lab;
};

} // namespace slp::xrsim
