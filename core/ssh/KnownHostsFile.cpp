#include "ssh/KnownHostsFile.h"

#include "ssh/SshLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QSaveFile>

#include <map>
#include <mutex>

namespace slp {

namespace {

// One mutex per file path: workers of the same process add keys to the same file in parallel.
std::mutex &mutexForPath(const QString &path)
{
    static std::mutex registryMutex;
    static std::map<QString, std::mutex> mutexes;
    const std::lock_guard lock(registryMutex);
    return mutexes[QFileInfo(path).absoluteFilePath()];
}

bool hashedHostMatches(const QString &field, const QString &hostField)
{
    // |1|base64(salt)|base64(HMAC-SHA1(salt, host field))
    const QStringList parts = field.split(u'|');
    if (parts.size() != 4 || parts.at(1) != u"1")
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    const QByteArray actual = QMessageAuthenticationCode::hash(hostField.toUtf8(), salt, QCryptographicHash::Sha1);
    return !expected.isEmpty() && actual == expected;
}

// Parses "hosts keytype base64 [comment]"; false for comments, markers and unreadable lines.
bool parseKeyLine(const QString &line, int lineNumber, KnownHostEntry *entry)
{
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith(u'#') || trimmed.startsWith(u'@'))
        return false;
    const QStringList fields = trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (fields.size() < 3)
        return false;
    const auto decoded
        = QByteArray::fromBase64Encoding(fields.at(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return false;
    entry->hosts = fields.at(0);
    entry->key = SshHostKey {fields.at(1), decoded.decoded};
    entry->lineNumber = lineNumber;
    entry->hashed = fields.at(0).startsWith(QLatin1String("|1|"));
    return true;
}

} // namespace

KnownHostsFile::KnownHostsFile(const QString &path)
    : m_path(path)
{ }

QString KnownHostsFile::hostField(const QString &host, quint16 port)
{
    const QString lowerHost = host.toLower();
    if (port == 22)
        return lowerHost;
    return QStringLiteral("[%1]:%2").arg(lowerHost).arg(port);
}

bool KnownHostsFile::hostsFieldMatches(const QString &hostsField, const QString &host, quint16 port)
{
    const QString wanted = hostField(host, port);
    if (hostsField.startsWith(QLatin1String("|1|")))
        return hashedHostMatches(hostsField, wanted);
    const QStringList patterns = hostsField.split(u',', Qt::SkipEmptyParts);
    for (const QString &pattern : patterns) {
        if (pattern.compare(wanted, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool KnownHostsFile::readLines(QStringList *lines, QString *error) const
{
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("Cannot read the known hosts file %1: %2").arg(m_path, file.errorString());
        return false;
    }
    const QString content = QString::fromUtf8(file.readAll());
    *lines = content.split(u'\n');
    if (!lines->isEmpty() && lines->constLast().isEmpty())
        lines->removeLast();
    return true;
}

QList<KnownHostEntry> KnownHostsFile::entries(QString *error) const
{
    QStringList lines;
    if (!readLines(&lines, error))
        return {};
    QList<KnownHostEntry> result;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        KnownHostEntry entry;
        if (parseKeyLine(lines.at(i), int(i + 1), &entry))
            result.append(entry);
    }
    return result;
}

KnownHostsFile::Lookup KnownHostsFile::lookup(const QString &host, quint16 port, const SshHostKey &key) const
{
    Lookup result;
    const QList<KnownHostEntry> all = entries(&result.error);
    if (!result.error.isEmpty())
        return result;
    for (const KnownHostEntry &entry : all) {
        if (!hostsFieldMatches(entry.hosts, host, port))
            continue;
        if (entry.key == key) {
            result.match = Match::Known;
            return result;
        }
        result.existing.append(entry);
    }
    result.match = result.existing.isEmpty() ? Match::Unknown : Match::Changed;
    return result;
}

bool KnownHostsFile::add(const QString &host, quint16 port, const SshHostKey &key, QString *error) const
{
    const std::lock_guard lock(mutexForPath(m_path));
    QStringList lines;
    if (!readLines(&lines, error))
        return false;
    lines.append(QStringLiteral("%1 %2 %3").arg(hostField(host, port), key.type, key.base64()));

    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(lines.join(u'\n').toUtf8() + '\n') < 0 || !file.commit()) {
        if (error)
            *error = QStringLiteral("Cannot write the known hosts file %1: %2").arg(m_path, file.errorString());
        return false;
    }
    qCInfo(lcSsh) << "added host key" << key.type << key.fingerprintSha256() << "for" << hostField(host, port) << "to"
                  << m_path;
    return true;
}

int KnownHostsFile::forget(const QString &host, quint16 port, QString *error) const
{
    const std::lock_guard lock(mutexForPath(m_path));
    QStringList lines;
    if (!readLines(&lines, error))
        return -1;
    QStringList kept;
    int removed = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        KnownHostEntry entry;
        if (parseKeyLine(lines.at(i), int(i + 1), &entry) && hostsFieldMatches(entry.hosts, host, port)) {
            ++removed;
            continue;
        }
        kept.append(lines.at(i));
    }
    if (removed == 0)
        return 0;
    QSaveFile file(m_path);
    const QByteArray content = kept.isEmpty() ? QByteArray() : kept.join(u'\n').toUtf8() + '\n';
    if (!file.open(QIODevice::WriteOnly) || file.write(content) < 0 || !file.commit()) {
        if (error)
            *error = QStringLiteral("Cannot write the known hosts file %1: %2").arg(m_path, file.errorString());
        return -1;
    }
    qCInfo(lcSsh) << "forgot" << removed << "host key(s) of" << hostField(host, port) << "in" << m_path;
    return removed;
}

} // namespace slp
