#pragma once

#include <QJsonObject>

namespace slp::xrsim {

// `xrsim --generate N --seed S`: a varied, realistic fleet file (mixed platforms, releases and licensing
// states). The same N and seed always give the same file. The first routers take one profile each, in the
// order of FleetGenerator::profiles(), so that any fleet of 10 or more covers every state.
class FleetGenerator
{
public:
    static QStringList profiles();
    static QJsonObject generate(int count, quint64 seed);
};

} // namespace slp::xrsim
