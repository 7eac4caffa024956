#pragma once

#include <QByteArray>
#include <QJsonDocument>

namespace slp {

// CSSM sends ids such as poll_id as bare JSON numbers beyond 2^53, which QJsonDocument would turn
// into doubles and round. Before parsing, every integer literal of 16 digits or more (outside
// strings) is wrapped in quotes, so such ids arrive as exact text; smaller numbers stay numbers.
class LargeIntegerJson
{
public:
    static QByteArray quoteLargeIntegers(const QByteArray &json);
    static QJsonDocument parse(const QByteArray &json, QJsonParseError *error = nullptr);
};

} // namespace slp
