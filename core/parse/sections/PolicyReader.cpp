#include "PolicyReader.h"

#include "parse/TextMatch.h"

namespace slp {

namespace {

// `365 (CISCO default)` -> {"365", "CISCO default"}.
std::pair<QStringView, QStringView> valueAndSource(QStringView value)
{
    const qsizetype open = value.indexOf(u'(');
    if (open < 0 || !value.endsWith(u')'))
        return {value.trimmed(), {}};
    return {value.left(open).trimmed(), value.mid(open + 1, value.size() - open - 2).trimmed()};
}

} // namespace

PolicyCategory *PolicyReader::categoryOfHeader(QStringView key)
{
    if (text::startsWith(key, QLatin1String("Unenforced/Non-Export Perpetual")))
        return &m_target.unenforcedPerpetual;
    if (text::startsWith(key, QLatin1String("Unenforced/Non-Export Subscription")))
        return &m_target.unenforcedSubscription;
    if (text::startsWith(key, QLatin1String("Enforced")))
        return &m_target.enforced;
    if (text::startsWith(key, QLatin1String("Export")))
        return &m_target.exportRestricted;
    return nullptr;
}

bool PolicyReader::read(const OutputLine &line, const KeyValueView &field)
{
    if (!field.hasColon)
        return false;
    const QStringView key = field.key;
    if (field.value.isEmpty() && text::endsWith(key, QLatin1String("Attributes"))) {
        m_category = categoryOfHeader(key);
        if (m_category)
            m_seenCategories.append({m_category, line.number});
        return m_category != nullptr;
    }
    if (m_category) {
        if (text::startsWith(key, QLatin1String("First report requirement"))) {
            readDays(line, field, m_category->firstReportDays);
            return true;
        }
        if (text::startsWith(key, QLatin1String("Reporting frequency"))) {
            readDays(line, field, m_category->reportingFrequencyDays);
            return true;
        }
        if (text::startsWith(key, QLatin1String("Report on change"))) {
            readDays(line, field, m_category->reportOnChangeDays);
            return true;
        }
    }
    if (text::equals(key, QLatin1String("Policy in use"))) {
        m_target.policyInUse = ParseContext::text(field.value);
        if (text::startsWith(field.value, QLatin1String("Installed On ")))
            m_target.installedOn = m_context.date(line, field.value.mid(13), u"the policy installation date");
        return true;
    }
    if (text::equals(key, QLatin1String("Policy name"))) {
        m_target.policyName = ParseContext::text(field.value);
        return true;
    }
    if (text::equals(key, QLatin1String("Reporting ACK required"))) {
        const auto [answer, source] = valueAndSource(field.value);
        m_target.ackRequired = m_context.flag(line, answer, key);
        m_target.ackRequiredSource = source.toString();
        return true;
    }
    return false;
}

void PolicyReader::readDays(const OutputLine &line, const KeyValueView &field, std::optional<int> &days)
{
    const auto [number, source] = valueAndSource(field.value);
    days = m_context.integer(line, number, field.key);
    if (m_category->source.isEmpty())
        m_category->source = source.toString();
}

void PolicyReader::finish()
{
    for (const auto &[category, line] : std::as_const(m_seenCategories)) {
        if (!category->firstReportDays || !category->reportingFrequencyDays || !category->reportOnChangeDays)
            m_context.addIssue(line,
                               QStringLiteral("policy category incomplete: not all of first report, reporting "
                                              "frequency and report on change were read (output cut short?)"));
    }
}

} // namespace slp
