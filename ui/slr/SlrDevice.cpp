#include "SlrDevice.h"

namespace slp::ui {

namespace {

bool sameUdi(const Udi &a, const Udi &b)
{
    // Serial numbers and PIDs are upper case on the router; CSSM files sometimes differ in case.
    return a.isValid() && b.isValid() && a.pid.compare(b.pid, Qt::CaseInsensitive) == 0
        && a.serial.compare(b.serial, Qt::CaseInsensitive) == 0;
}

} // namespace

bool SlrDevice::matches(const Udi &udi) const
{
    for (const Udi &own : udis) {
        if (sameUdi(own, udi))
            return true;
    }
    return false;
}

bool SlrDevice::hasAllCodes() const
{
    if (udis.isEmpty())
        return false;
    for (const Udi &own : udis) {
        bool found = false;
        for (const SlrAuthorizationCode &code : codes)
            found = found || sameUdi(own, code.udi);
        if (!found)
            return false;
    }
    return true;
}

} // namespace slp::ui
