#include "DeviceValidator.h"

#include "secrets/SecretStore.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace slp {

namespace {

bool isAsciiAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

// The first character of `text` that is neither alphanumeric nor in `extra`, or a null QChar.
QChar firstBadChar(const QString &text, QLatin1String extra)
{
    for (const QChar c : text) {
        if (!isAsciiAlnum(c) && !extra.contains(c))
            return c;
    }
    return {};
}

QString describeChar(QChar c)
{
    if (c.unicode() < 0x20 || c.unicode() == 0x7f)
        return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    return u'\'' + QString(c) + u'\'';
}

bool hasControlChars(const QString &text, bool allowLineBreaks)
{
    for (const QChar c : text) {
        if (allowLineBreaks && (c == u'\n' || c == u'\t'))
            continue;
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

// Spreadsheet programs run a cell that starts with one of these as a formula.
bool startsLikeFormula(const QString &text)
{
    return !text.isEmpty() && QStringView(u"=+-@").contains(text.front());
}

} // namespace

QString DeviceValidator::checkHostname(const QString &hostname)
{
    if (hostname.isEmpty())
        return tr("is empty");
    if (hostname.size() > 253)
        return tr("is longer than 253 characters");
    if (!isAsciiAlnum(hostname.front()))
        return tr("\"%1\" must start with a letter or digit").arg(hostname);
    if (const QChar bad = firstBadChar(hostname, QLatin1String("._-")); !bad.isNull())
        return tr("\"%1\" contains %2; use letters, digits, '.', '_' and '-'").arg(hostname, describeChar(bad));
    return {};
}

QString DeviceValidator::checkAddress(const QString &address)
{
    if (address.isEmpty())
        return tr("is empty");
    QString bare = address;
    if (bare.startsWith(u'[') && bare.endsWith(u']'))
        bare = bare.mid(1, bare.size() - 2);
    if (QHostAddress ip; ip.setAddress(bare))
        return {};
    if (bare.size() > 253)
        return tr("is longer than 253 characters");
    if (const QChar bad = firstBadChar(bare, QLatin1String(".-")); !bad.isNull())
        return tr("\"%1\" is neither an IP address nor a DNS name (it contains %2)").arg(address, describeChar(bad));
    const QStringList labels = bare.split(u'.');
    bool allNumeric = true;
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return tr("\"%1\" is not a valid DNS name (label \"%2\")").arg(address, label);
        bool numeric = false;
        label.toUInt(&numeric);
        allNumeric = allNumeric && numeric;
    }
    if (allNumeric)
        return tr("\"%1\" is not a valid IP address").arg(address);
    return {};
}

QString DeviceValidator::checkPort(int port)
{
    if (port < 1 || port > 65535)
        return tr("%1 is out of range (1-65535)").arg(port);
    return {};
}

QString DeviceValidator::checkUsername(const QString &username)
{
    if (username.isEmpty())
        return {};
    if (username.size() > 64)
        return tr("is longer than 64 characters");
    if (username.startsWith(u'-'))
        return tr("\"%1\" must not start with '-'").arg(username);
    if (const QChar bad = firstBadChar(username, QLatin1String("._@\\-")); !bad.isNull())
        return tr("\"%1\" contains %2; use letters, digits, '.', '_', '@', '\\' and '-'")
            .arg(username, describeChar(bad));
    return {};
}

QString DeviceValidator::checkProfileName(const QString &name)
{
    if (name.isEmpty())
        return tr("is empty");
    if (name.size() > 64)
        return tr("is longer than 64 characters");
    if (!isAsciiAlnum(name.front()))
        return tr("\"%1\" must start with a letter or digit").arg(name);
    if (const QChar bad = firstBadChar(name, QLatin1String("._-")); !bad.isNull())
        return tr("\"%1\" contains %2; use letters, digits, '.', '_' and '-'").arg(name, describeChar(bad));
    return {};
}

QString DeviceValidator::checkTag(const QString &tag)
{
    if (tag.size() > 64)
        return tr("tag \"%1\" is longer than 64 characters").arg(tag);
    if (startsLikeFormula(tag))
        return tr("tag \"%1\" must not start with '=', '+', '-' or '@'").arg(tag);
    for (const QChar c : tag) {
        if (!c.isLetterOrNumber() && !QStringView(u"._:/+- ").contains(c))
            return tr("tag \"%1\" contains %2; use letters, digits, spaces and . _ : / + -").arg(tag, describeChar(c));
    }
    return {};
}

QStringList DeviceValidator::splitTags(const QString &text)
{
    QStringList tags;
    for (QString tag : text.split(QRegularExpression(QStringLiteral("[;|]")), Qt::SkipEmptyParts)) {
        tag = tag.trimmed();
        if (!tag.isEmpty())
            tags.append(tag);
    }
    return tags;
}

QString DeviceValidator::canonicalAddress(const QString &address)
{
    QString bare = address.trimmed();
    if (bare.startsWith(u'[') && bare.endsWith(u']'))
        bare = bare.mid(1, bare.size() - 2);
    if (QHostAddress ip; ip.setAddress(bare))
        return ip.toString();
    return bare.toLower();
}

QList<FieldIssue> DeviceValidator::normalize(DeviceRecord &device)
{
    QList<FieldIssue> issues;
    const auto check = [&issues](const char *field, const QString &problem) {
        if (!problem.isEmpty())
            issues.append({QString::fromLatin1(field), problem});
    };
    device.hostname = device.hostname.trimmed();
    device.address = device.address.trimmed();
    device.username = device.username.trimmed();
    device.credentialRef = device.credentialRef.trimmed();
    device.site = device.site.trimmed();
    device.hostKeyFingerprint = device.hostKeyFingerprint.trimmed();

    check("hostname", checkHostname(device.hostname));
    const QString addressProblem = checkAddress(device.address);
    check("address", addressProblem);
    if (addressProblem.isEmpty())
        device.address = canonicalAddress(device.address);
    check("port", checkPort(device.port));
    check("username", checkUsername(device.username));
    if (!device.credentialRef.isEmpty())
        check("credential", checkProfileName(device.credentialRef));
    if (device.username.isEmpty() && device.credentialRef.isEmpty())
        check("username", tr("is empty and no credential profile is given; one of them must say who logs in"));

    QStringList tags;
    for (const QString &raw : std::as_const(device.tags)) {
        const QString tag = raw.trimmed();
        if (tag.isEmpty() || tags.contains(tag))
            continue;
        check("tags", checkTag(tag));
        tags.append(tag);
    }
    if (tags.size() > maxTags)
        check("tags", tr("%1 tags; at most %2 are allowed").arg(tags.size()).arg(maxTags));
    device.tags = tags;

    if (device.site.size() > 128)
        check("site", tr("is longer than 128 characters"));
    else if (hasControlChars(device.site, false))
        check("site", tr("contains control characters"));
    else if (startsLikeFormula(device.site))
        check("site", tr("\"%1\" must not start with '=', '+', '-' or '@'").arg(device.site));
    if (device.notes.size() > maxNotesLength)
        check("notes", tr("is longer than %1 characters").arg(maxNotesLength));
    else if (hasControlChars(device.notes, true))
        check("notes", tr("contains control characters"));
    if (device.hostKeyFingerprint.size() > 128 || hasControlChars(device.hostKeyFingerprint, false)
        || device.hostKeyFingerprint.contains(u' '))
        check("host key fingerprint", tr("is not a fingerprint such as SHA256:..."));
    return issues;
}

QList<FieldIssue> DeviceValidator::normalize(CredentialProfile &profile)
{
    QList<FieldIssue> issues;
    const auto check = [&issues](const char *field, const QString &problem) {
        if (!problem.isEmpty())
            issues.append({QString::fromLatin1(field), problem});
    };
    profile.name = profile.name.trimmed();
    profile.username = profile.username.trimmed();
    profile.secretRef = profile.secretRef.trimmed();
    profile.privateKeyPath = profile.privateKeyPath.trimmed();
    check("name", checkProfileName(profile.name));
    check("username", checkUsername(profile.username));
    if (!profile.secretRef.isEmpty())
        check("secret reference", SecretStore::checkReference(profile.secretRef));
    const bool usesKeyFile = profile.authMethod == CredentialProfile::AuthMethod::PublicKey;
    if (usesKeyFile && profile.privateKeyPath.isEmpty())
        check("private key", tr("is needed for public-key authentication"));
    if (!usesKeyFile && !profile.privateKeyPath.isEmpty())
        check("private key", tr("is only used with public-key authentication"));
    if (hasControlChars(profile.privateKeyPath, false))
        check("private key", tr("contains control characters"));
    return issues;
}

} // namespace slp
