#include "PlatformEntitlementReader.h"

#include "parse/TextMatch.h"

namespace slp {

bool PlatformEntitlementReader::read(const OutputLine &line, const KeyValueView &field)
{
    if (!field.hasColon)
        return false;
    const QStringView key = field.key;
    if (text::equals(key, QLatin1String("Feature/Area"))) {
        m_area = field.value.toString();
        return true;
    }
    if (text::equals(key, QLatin1String("Entitlement"))) {
        startEntitlement(field.value);
        return true;
    }
    if (m_target.entitlements.isEmpty())
        return false;
    PlatformEntitlement &entitlement = m_target.entitlements.back();
    if (text::equals(key, QLatin1String("Description")))
        entitlement.description = ParseContext::text(field.value);
    else if (text::equals(key, QLatin1String("Tag")) || text::equals(key, QLatin1String("Entitlement Tag")))
        entitlement.entitlementTag = ParseContext::text(field.value);
    else if (text::equals(key, QLatin1String("Count")))
        readCounts(line, field.value, entitlement);
    else if (text::equals(key, QLatin1String("Last count")))
        entitlement.lastCount = m_context.integer(line, field.value, key);
    else if (text::equals(key, QLatin1String("Next count")))
        entitlement.nextCount = m_context.integer(line, field.value, key);
    else
        entitlement.otherFields.append({key.toString(), ParseContext::text(field.value)});
    return true;
}

void PlatformEntitlementReader::startEntitlement(QStringView value)
{
    PlatformEntitlement entitlement;
    entitlement.featureArea = m_area;
    const qsizetype open = value.lastIndexOf(u'(');
    if (open > 0 && value.endsWith(u')')) {
        entitlement.entitlement = value.left(open).trimmed().toString();
        entitlement.entitlementTag = value.mid(open + 1, value.size() - open - 2).trimmed().toString();
    } else {
        entitlement.entitlement = value.toString();
    }
    m_target.entitlements.append(entitlement);
}

// `Last: 2, Next: 2`
void PlatformEntitlementReader::readCounts(const OutputLine &line, QStringView value, PlatformEntitlement &entitlement)
{
    for (const KeyValueView &count : splitFields(value)) {
        if (text::equals(count.key, QLatin1String("Last")))
            entitlement.lastCount = m_context.integer(line, count.value, u"the last count");
        else if (text::equals(count.key, QLatin1String("Next")))
            entitlement.nextCount = m_context.integer(line, count.value, u"the next count");
        else
            m_context.addIssue(line.number,
                               QLatin1String("cannot read the count '") + value.toString()
                                   + QLatin1String("' (expected 'Last: <n>, Next: <n>')"));
    }
}

} // namespace slp
