#include "ProductInfoReader.h"

#include "UdiLine.h"
#include "parse/TextMatch.h"

namespace slp {

bool ProductInfoReader::read(const OutputLine &line, const KeyValueView &field)
{
    if (text::equals(field.key, QLatin1String("UDI")) && field.hasColon) {
        m_target.udi = Udi::fromText(field.value);
        if (!m_target.udi)
            m_context.addIssue(line.number,
                               QLatin1String("cannot read the UDI '") + field.value.toString()
                                   + QLatin1String("' (expected PID:<pid>,SN:<serial>)"));
        return true;
    }
    const std::optional<UdiLine> entry = UdiLine::read(line.text);
    if (!entry || !entry->rest.isEmpty())
        return false;
    if (entry->roleNamed && entry->role == DeviceRole::None)
        m_context.addIssue(line.number,
                           QStringLiteral("unknown role in the HA UDI list: '") + line.text.toString()
                               + QStringLiteral("' (expected Active, Standby or Member)"));
    m_target.haUdis.append({entry->location.toString(), entry->role, entry->udi});
    return true;
}

} // namespace slp
