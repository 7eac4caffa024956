#pragma once

#include "DeviceCode.h"
#include "StoreResult.h"
#include "StoreSession.h"

#include <QCoreApplication>
#include <QList>

namespace slp {

// The append-only `device_codes` table (schema v3): every SLR code a device produced or received.
class DeviceCodeTable
{
    Q_DECLARE_TR_FUNCTIONS(slp::DeviceCodeTable)
public:
    explicit DeviceCodeTable(StoreSession &session)
        : m_session(session)
    { }

    StoreResult<qint64> append(DeviceCode code);
    // Oldest first; deviceId 0 means every device.
    StoreResult<QList<DeviceCode>> list(qint64 deviceId);

private:
    StoreSession &m_session;
};

} // namespace slp
