#pragma once

#include "DeviceFailure.h"
#include "store/JobStates.h"

#include <QMetaType>
#include <QString>

namespace slp {

// One device's part in a job, as the GUI's job view and slpctl's progress line show it.
struct DeviceStep
{
    qint64 jobId = 0;
    qint64 deviceId = 0;
    QString deviceName; // inventory hostname ("pe1"); "#<id>" when the device no longer exists
    JobStepState state = JobStepState::Pending;
    int attempt = 0; // how many times the device was started in this job (resume and retry add one)
    // Running: what it is doing ("connecting", "show license usage", "storing"); finished: the
    // outcome for an admin (failures name the reason: authentication, host key, timeout, ...).
    QString message;
    // Failed because of the SSH session: which kind (a changed host key, ...). None otherwise, and
    // for steps read back from the store (only live step changes carry it).
    DeviceFailure failure = DeviceFailure::None;

    bool operator==(const DeviceStep &) const = default;
};

} // namespace slp

Q_DECLARE_METATYPE(slp::DeviceStep)
