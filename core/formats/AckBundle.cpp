#include "AckBundle.h"

#include "UdiFields.h"

namespace slp {

AckDeviceMatch AckBundle::matchDevices(const QList<Udi> &devices) const
{
    AckDeviceMatch match;
    match.acksPerDevice.resize(devices.size());
    for (qsizetype entry = 0; entry < entries.size(); ++entry) {
        bool matched = false;
        for (qsizetype device = 0; device < devices.size() && entries.at(entry).udi; ++device) {
            if (UdiFields::sameDevice(*entries.at(entry).udi, devices.at(device))) {
                match.acksPerDevice[device].append(entry);
                matched = true;
                break;
            }
        }
        if (!matched)
            match.unmatched.append(entry);
    }
    return match;
}

} // namespace slp
