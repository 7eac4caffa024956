#include "TrustReader.h"

#include "UdiLine.h"
#include "parse/TextMatch.h"

namespace slp {

namespace {

bool isInstalledLine(QStringView text)
{
    return text::startsWith(text, QLatin1String("INSTALLED")) || text::startsWith(text, QLatin1String("NOT INSTALLED"));
}

} // namespace

void TrustReader::begin(const OutputLine &header, const KeyValueView &field)
{
    m_current = -1;
    if (!field.value.isEmpty())
        m_target.installedOn = m_context.date(header, field.value, u"Trust Code Installed");
}

bool TrustReader::read(const OutputLine &line, const KeyValueView &field)
{
    if (text::equals(field.key, QLatin1String("Trust Code Type"))) {
        m_target.codeType = ParseContext::text(field.value);
        return true;
    }
    if (isInstalledLine(line.text)) {
        readInstalled(line, line.text, m_current >= 0 ? &m_target.perUdi[m_current] : nullptr);
        return true;
    }
    const std::optional<UdiLine> udiLine = UdiLine::read(line.text);
    if (!udiLine || !udiLine->location.isEmpty())
        return false;
    TrustCode code;
    code.role = udiLine->role;
    code.udi = udiLine->udi;
    m_target.perUdi.append(code);
    m_current = m_target.perUdi.size() - 1;
    if (!udiLine->rest.isEmpty() && isInstalledLine(udiLine->rest))
        readInstalled(line, udiLine->rest, &m_target.perUdi.back());
    return true;
}

void TrustReader::readInstalled(const OutputLine &line, QStringView text, TrustCode *code)
{
    const bool installed = text::startsWith(text, QLatin1String("INSTALLED"));
    std::optional<QDateTime> when;
    const qsizetype on = text.indexOf(QLatin1String(" on "), 0, Qt::CaseInsensitive);
    if (installed && on >= 0)
        when = m_context.date(line, text.mid(on + 4), u"the trust code installation date");
    if (code) {
        code->installed = installed;
        code->installedOn = when;
    } else if (installed) {
        m_target.installedOn = when; // `INSTALLED on <date>` with no UDI before it
    }
}

} // namespace slp
