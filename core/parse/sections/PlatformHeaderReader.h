#pragma once

#include "model/PlatformParameters.h"
#include "model/PlatformSchedule.h"
#include "model/SiaStatus.h"
#include "parse/ParseContext.h"

#include <optional>

namespace slp {

// What show license platform summary and detail share (IOS XR):
//   Collection: LAST: <date>            the schedule, LAST and NEXT on two lines each
//               NEXT: <date>
//   ****** IMPORTANT ******             the SIA banner (lines framed by asterisks)
//   *  SIA Status: Out of Compliance(Grace Period Expired)  *
//   Parameters:                         intervals and throughput gauge
class PlatformHeaderReader
{
public:
    PlatformHeaderReader(PlatformSchedule &schedule, std::optional<SiaStatus> &sia, PlatformParameters &parameters,
                         ParseContext &context)
        : m_schedule(schedule)
        , m_sia(sia)
        , m_parameters(parameters)
        , m_context(context)
    { }

    bool read(const OutputLine &line, const KeyValueView &field);
    bool sawSchedule() const { return m_sawSchedule; }

    static void readSiaStatus(QStringView value, SiaStatus &sia);

private:
    enum class Kind { None, Collection, Reporting };

    bool readSchedule(const OutputLine &line, const KeyValueView &field);
    void readLastNext(const OutputLine &line, QStringView value);
    bool readBanner(const OutputLine &line);
    bool readParameter(const OutputLine &line, const KeyValueView &field);

    PlatformSchedule &m_schedule;
    std::optional<SiaStatus> &m_sia;
    PlatformParameters &m_parameters;
    ParseContext &m_context;
    Kind m_kind = Kind::None;
    bool m_inBanner = false;
    bool m_inParameters = false;
    bool m_sawSchedule = false;
};

} // namespace slp
