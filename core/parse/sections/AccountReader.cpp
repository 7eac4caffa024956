#include "AccountReader.h"

#include "parse/TextMatch.h"

namespace slp {

bool AccountReader::read(const OutputLine &line, const KeyValueView &field)
{
    if (text::equals(field.key, QLatin1String("Smart Account"))) {
        // `BU A9000 As of Mar 19 2024 09:53:21 UTC`: the date of the last sync rides on the name.
        const qsizetype asOf = field.value.indexOf(QLatin1String(" As of "), 0, Qt::CaseInsensitive);
        if (asOf >= 0) {
            m_target.smartAccount = ParseContext::text(field.value.left(asOf).trimmed());
            m_target.asOf = m_context.date(line, field.value.mid(asOf + 7), u"the Smart Account 'As of' date");
        } else {
            m_target.smartAccount = ParseContext::text(field.value);
        }
        return true;
    }
    if (text::equals(field.key, QLatin1String("Virtual Account"))) {
        m_target.virtualAccount = ParseContext::text(field.value);
        return true;
    }
    return false;
}

} // namespace slp
