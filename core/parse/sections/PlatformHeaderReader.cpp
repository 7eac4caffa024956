#include "PlatformHeaderReader.h"

#include "parse/TextMatch.h"

namespace slp {

namespace {

// `15 minute(s)` -> 15.
std::optional<int> leadingMinutes(const OutputLine &line, QStringView value, QStringView field, ParseContext &context)
{
    qsizetype digits = 0;
    while (digits < value.size() && value[digits].isDigit())
        ++digits;
    return context.integer(line, value.left(digits == 0 ? value.size() : digits), field);
}

} // namespace

bool PlatformHeaderReader::read(const OutputLine &line, const KeyValueView &field)
{
    if (readBanner(line) || readSchedule(line, field))
        return true;
    if (text::equals(field.key, QLatin1String("Parameters")) && field.hasColon && field.value.isEmpty()) {
        m_inParameters = true;
        return true;
    }
    if (m_inParameters && readParameter(line, field))
        return true;
    m_inParameters = false;
    return false;
}

bool PlatformHeaderReader::readSchedule(const OutputLine &line, const KeyValueView &field)
{
    if (!field.hasColon)
        return false;
    if (text::equals(field.key, QLatin1String("Collection")))
        m_kind = Kind::Collection;
    else if (text::equals(field.key, QLatin1String("Reporting")))
        m_kind = Kind::Reporting;
    else if (text::equals(field.key, QLatin1String("NEXT")) && m_kind != Kind::None) {
        readLastNext(line, line.text); // the second line of a LAST/NEXT pair
        return true;
    } else
        return false;
    m_sawSchedule = true;
    readLastNext(line, field.value);
    return true;
}

// `LAST: <date>`, `NEXT: <date>`, or both on one line.
void PlatformHeaderReader::readLastNext(const OutputLine &line, QStringView value)
{
    const bool collection = m_kind == Kind::Collection;
    const qsizetype nextAt = value.indexOf(QLatin1String("NEXT:"), 0, Qt::CaseInsensitive);
    QStringView last = nextAt < 0 ? value : value.left(nextAt);
    last = last.trimmed();
    if (text::startsWith(last, QLatin1String("LAST:"))) {
        (collection ? m_schedule.collectionLast : m_schedule.reportingLast)
            = m_context.date(line, last.mid(5), collection ? u"the last collection" : u"the last report");
    }
    if (nextAt >= 0) {
        (collection ? m_schedule.collectionNext : m_schedule.reportingNext)
            = m_context.date(line, value.mid(nextAt + 5), collection ? u"the next collection" : u"the next report");
    }
}

bool PlatformHeaderReader::readBanner(const OutputLine &line)
{
    if (text::isRule(line.text, u'*')) {
        m_inBanner = !m_inBanner;
        if (m_inBanner && !m_sia)
            m_sia = SiaStatus {};
        return true;
    }
    QStringView inner = line.text;
    const bool framed = inner.startsWith(u'*');
    while (inner.startsWith(u'*'))
        inner = inner.mid(1);
    while (inner.endsWith(u'*'))
        inner.chop(1);
    inner = inner.trimmed();
    const KeyValueView field = splitKeyValue(inner);
    if (text::equals(field.key, QLatin1String("SIA Status")) && field.hasColon) {
        if (!m_sia)
            m_sia = SiaStatus {};
        readSiaStatus(field.value, *m_sia);
        return true;
    }
    if (!m_inBanner && !framed)
        return false;
    if (!inner.isEmpty() && !text::equals(inner, QLatin1String("IMPORTANT"))) {
        if (!m_sia)
            m_sia = SiaStatus {};
        m_sia->notes.append(inner.toString());
    }
    return true;
}

void PlatformHeaderReader::readSiaStatus(QStringView value, SiaStatus &sia)
{
    const qsizetype open = value.indexOf(u'(');
    const qsizetype close = value.lastIndexOf(u')');
    sia.status = (open < 0 ? value : value.left(open)).trimmed().toString();
    sia.gracePeriod
        = open >= 0 && close > open ? value.mid(open + 1, close - open - 1).trimmed().toString() : QString();
    sia.inCompliance = text::equals(sia.status, QLatin1String("In Compliance"));
    sia.gracePeriodExpired = sia.gracePeriod.contains(QLatin1String("Expired"), Qt::CaseInsensitive);
    sia.graceDaysRemaining.reset();
    if (sia.gracePeriod.contains(QLatin1String("Remaining"), Qt::CaseInsensitive)) {
        const QStringView grace(sia.gracePeriod);
        qsizetype start = 0;
        while (start < grace.size() && !grace[start].isDigit())
            ++start;
        qsizetype end = start;
        while (end < grace.size() && grace[end].isDigit())
            ++end;
        if (end > start)
            sia.graceDaysRemaining = grace.mid(start, end - start).toInt();
    }
}

bool PlatformHeaderReader::readParameter(const OutputLine &line, const KeyValueView &field)
{
    if (!field.hasColon)
        return false;
    if (text::equals(field.key, QLatin1String("Collection interval")))
        m_parameters.collectionIntervalMinutes = leadingMinutes(line, field.value, field.key, m_context);
    else if (text::equals(field.key, QLatin1String("Reporting interval")))
        m_parameters.reportingIntervalMinutes = leadingMinutes(line, field.value, field.key, m_context);
    else if (text::equals(field.key, QLatin1String("Throughput gauge")))
        m_parameters.throughputGauge = ParseContext::text(field.value);
    else if (line.indent > 0)
        m_parameters.otherFields.append({field.key.toString(), ParseContext::text(field.value)});
    else
        return false;
    return true;
}

} // namespace slp
