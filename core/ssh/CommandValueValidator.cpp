#include "ssh/CommandValueValidator.h"

#include <QHostAddress>
#include <QStringList>

#include <functional>

namespace slp {

namespace {

using CharPredicate = std::function<bool(QChar)>;

bool isAsciiAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

bool isOneOf(QChar c, QStringView set)
{
    return set.contains(c);
}

QString describeCharacter(QChar c)
{
    switch (c.unicode()) {
    case u' ':
        return QStringLiteral("a space");
    case u'\t':
        return QStringLiteral("a tab");
    case u'\n':
    case u'\r':
        return QStringLiteral("a line break");
    case u'?':
        return QStringLiteral("'?' (IOS XR reads it as a help request)");
    case u'|':
        return QStringLiteral("'|' (IOS XR reads it as an output pipe)");
    case u'!':
        return QStringLiteral("'!' (IOS XR reads it as a comment)");
    default:
        break;
    }
    if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.unicode() > 0x7e)
        return QStringLiteral("the character U+%1")
            .arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0'));
    return QStringLiteral("'%1'").arg(c);
}

QString quoted(const QString &value, bool reveal)
{
    return reveal ? QStringLiteral(" '%1'").arg(value) : QString();
}

CommandValueCheck fail(const QString &message)
{
    return CommandValueCheck {false, message};
}

// The first character outside the allowed set, as a finished message; empty when all are allowed.
QString badCharacterMessage(const QString &value, const QString &field, bool reveal, const CharPredicate &allowed,
                            const QString &allowedWords)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (!allowed(value.at(i))) {
            return QStringLiteral("The %1%2 contains %3 at position %4; allowed are %5.")
                .arg(field, quoted(value, reveal), describeCharacter(value.at(i)))
                .arg(i + 1)
                .arg(allowedWords);
        }
    }
    return {};
}

CommandValueCheck checkLength(const QString &value, const QString &field, qsizetype maxLength)
{
    if (value.isEmpty())
        return fail(QStringLiteral("The %1 is empty.").arg(field));
    if (value.size() > maxLength)
        return fail(QStringLiteral("The %1 is %2 characters long; at most %3 are allowed.")
                        .arg(field)
                        .arg(value.size())
                        .arg(maxLength));
    return {};
}

// Length first, then the character set: the two checks every value gets.
CommandValueCheck checkBasics(const QString &value, const QString &field, qsizetype maxLength, bool reveal,
                              const CharPredicate &allowed, const QString &allowedWords)
{
    if (auto length = checkLength(value, field, maxLength); !length)
        return length;
    const QString bad = badCharacterMessage(value, field, reveal, allowed, allowedWords);
    return bad.isEmpty() ? CommandValueCheck {} : fail(bad);
}

// VRF names and plain words: letters, digits, '_', '-', '.'.
CommandValueCheck checkName(const QString &value, const QString &field, qsizetype maxLength)
{
    return checkBasics(
        value, field, maxLength, true, [](QChar c) { return isAsciiAlnum(c) || isOneOf(c, u"_-."); },
        QStringLiteral("letters, digits, '_', '-' and '.'"));
}

bool isDnsLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63 || label.front() == u'-' || label.back() == u'-')
        return false;
    for (QChar c : label) {
        if (!isAsciiAlnum(c) && c != u'-')
            return false;
    }
    return true;
}

bool isIpLiteral(const QString &value)
{
    QHostAddress address;
    return address.setAddress(value) && !value.contains(u'%');
}

} // namespace

CommandValueCheck CommandValueValidator::routerFilePath(const QString &value, const QString &field)
{
    if (auto basics = checkBasics(
            value, field, 255, true, [](QChar c) { return isAsciiAlnum(c) || isOneOf(c, u"._-/:"); },
            QStringLiteral("letters, digits, '.', '_', '-', '/' and one ':' after the device name"));
        !basics)
        return basics;
    if (value.startsWith(u'-'))
        return fail(
            QStringLiteral("The %1 '%2' starts with '-', which the router would read as an option.").arg(field, value));
    if (value.count(u':') > 1)
        return fail(QStringLiteral("The %1 '%2' contains more than one ':'; only the device name (as in "
                                   "'harddisk:') may end with one.")
                        .arg(field, value));
    const QStringList segments = value.split(u'/');
    if (segments.contains(QStringLiteral("..")))
        return fail(QStringLiteral("The %1 '%2' contains '..'; paths must not leave their folder.").arg(field, value));
    return {};
}

CommandValueCheck CommandValueValidator::idToken(const QString &value, const QString &field)
{
    return checkBasics(
        value, field, 4096, false, [](QChar c) { return isAsciiAlnum(c) || isOneOf(c, u"+/=_.-"); },
        QStringLiteral("letters, digits, '+', '/', '=', '_', '.' and '-'"));
}

CommandValueCheck CommandValueValidator::url(const QString &value, const QString &field)
{
    if (auto basics = checkBasics(
            value, field, 512, true, [](QChar c) { return isAsciiAlnum(c) || isOneOf(c, u"._~/%-:[]"); },
            QStringLiteral("letters, digits and '.', '_', '~', '/', '%', '-', ':' (no query string)"));
        !basics)
        return basics;
    qsizetype afterScheme = 0;
    if (value.startsWith(QLatin1String("https://")))
        afterScheme = 8;
    else if (value.startsWith(QLatin1String("http://")))
        afterScheme = 7;
    else
        return fail(QStringLiteral("The %1 '%2' must start with http:// or https://.").arg(field, value));

    const qsizetype pathStart = value.indexOf(u'/', afterScheme);
    const QString authority = value.mid(afterScheme, pathStart < 0 ? -1 : pathStart - afterScheme);
    QString host = authority;
    QString port;
    if (authority.startsWith(u'[')) {
        const qsizetype close = authority.indexOf(u']');
        if (close < 0)
            return fail(QStringLiteral("The %1 '%2' has an IPv6 address without its closing ']'.").arg(field, value));
        host = authority.mid(1, close - 1);
        const QString rest = authority.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(u':'))
            return fail(QStringLiteral("The %1 '%2' has text after the IPv6 address.").arg(field, value));
        port = rest.mid(1);
        if (!isIpLiteral(host))
            return fail(QStringLiteral("The %1 '%2' has an invalid IPv6 address.").arg(field, value));
    } else {
        const qsizetype colon = authority.indexOf(u':');
        if (colon >= 0) {
            host = authority.left(colon);
            port = authority.mid(colon + 1);
            if (port.isEmpty())
                return fail(QStringLiteral("The %1 '%2' has an empty port after ':'.").arg(field, value));
        }
        if (auto hostCheck = hostname(host, QStringLiteral("host of the %1").arg(field)); !hostCheck)
            return hostCheck;
    }
    if (!port.isEmpty()) {
        bool isNumber = false;
        const int number = port.toInt(&isNumber);
        if (!isNumber || number < 1 || number > 65535)
            return fail(QStringLiteral("The %1 '%2' has the port '%3'; a port is a number from 1 to 65535.")
                            .arg(field, value, port));
    }
    if (pathStart >= 0 && value.indexOf(u':', pathStart) >= 0)
        return fail(QStringLiteral("The %1 '%2' contains ':' in its path.").arg(field, value));
    return {};
}

CommandValueCheck CommandValueValidator::vrfName(const QString &value, const QString &field)
{
    if (auto name = checkName(value, field, 32); !name)
        return name;
    if (!isAsciiAlnum(value.front()))
        return fail(QStringLiteral("The %1 '%2' must start with a letter or a digit.").arg(field, value));
    return {};
}

CommandValueCheck CommandValueValidator::hostname(const QString &value, const QString &field)
{
    if (auto length = checkLength(value, field, 253); !length)
        return length;
    if (value.contains(u':')) {
        if (isIpLiteral(value))
            return {};
        return fail(QStringLiteral("The %1 '%2' is not a valid IPv6 address.").arg(field, value));
    }
    if (auto basics = checkBasics(
            value, field, 253, true, [](QChar c) { return isAsciiAlnum(c) || isOneOf(c, u".-"); },
            QStringLiteral("letters, digits, '-' and '.'"));
        !basics)
        return basics;
    const QStringList labels = value.split(u'.');
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (!isDnsLabel(labels.at(i)))
            return fail(QStringLiteral("The %1 '%2' has an invalid name part %3 ('%4'): parts are 1 to 63 letters, "
                                       "digits or '-', not starting or ending with '-'.")
                            .arg(field, value)
                            .arg(i + 1)
                            .arg(labels.at(i)));
    }
    return {};
}

CommandValueCheck CommandValueValidator::word(const QString &value, const QString &field)
{
    if (auto name = checkName(value, field, 64); !name)
        return name;
    if (value.startsWith(u'-'))
        return fail(QStringLiteral("The %1 '%2' starts with '-'.").arg(field, value));
    return {};
}

} // namespace slp
