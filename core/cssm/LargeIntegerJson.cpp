#include "LargeIntegerJson.h"

namespace slp {

namespace {

constexpr qsizetype kMinimumQuotedDigits = 16; // 2^53 has 16 digits; 15-digit integers are exact in a double

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

QByteArray LargeIntegerJson::quoteLargeIntegers(const QByteArray &json)
{
    QByteArray out;
    out.reserve(json.size() + 16);
    bool inString = false;
    for (qsizetype i = 0; i < json.size();) {
        const char c = json.at(i);
        if (inString) {
            out.append(c);
            if (c == '\\' && i + 1 < json.size()) {
                out.append(json.at(i + 1));
                i += 2;
                continue;
            }
            inString = c != '"';
            ++i;
            continue;
        }
        if (c == '"') {
            inString = true;
            out.append(c);
            ++i;
            continue;
        }
        if (c == '-' || isDigit(c)) {
            // A whole number literal: sign, digits, then maybe fraction or exponent.
            qsizetype end = i + (c == '-' ? 1 : 0);
            while (end < json.size() && isDigit(json.at(end)))
                ++end;
            const qsizetype digits = end - i - (c == '-' ? 1 : 0);
            const bool integer
                = end >= json.size() || (json.at(end) != '.' && json.at(end) != 'e' && json.at(end) != 'E');
            if (integer && digits >= kMinimumQuotedDigits) {
                out.append('"').append(json.mid(i, end - i)).append('"');
                i = end;
                continue;
            }
            while (end < json.size()
                   && (isDigit(json.at(end)) || json.at(end) == '.' || json.at(end) == 'e' || json.at(end) == 'E'
                       || json.at(end) == '+' || json.at(end) == '-'))
                ++end;
            out.append(json.mid(i, end - i));
            i = end;
            continue;
        }
        out.append(c);
        ++i;
    }
    return out;
}

QJsonDocument LargeIntegerJson::parse(const QByteArray &json, QJsonParseError *error)
{
    return QJsonDocument::fromJson(quoteLargeIntegers(json), error);
}

} // namespace slp
