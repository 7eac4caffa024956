#include "RouterFileSystem.h"

#include <QDir>
#include <QDirIterator>
#include <QRegularExpression>

namespace slp::xrsim {

namespace {

bool validComponent(const QString &component)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._+@,=-]{0,127}$"));
    return pattern.match(component).hasMatch();
}

} // namespace

RouterFileSystem::RouterFileSystem(QString root)
    : m_root(std::move(root))
{ }

const QStringList &RouterFileSystem::names()
{
    static const QStringList list {QStringLiteral("harddisk:"), QStringLiteral("disk0:"), QStringLiteral("disk1:"),
                                   QStringLiteral("disk2:"), QStringLiteral("bootflash:")};
    return list;
}

std::optional<QString> RouterFileSystem::normalizeVirtual(const QString &path)
{
    QString text = path;
    if (!text.startsWith(QLatin1Char('/')))
        text = QStringLiteral("/harddisk:/") + text;
    QStringList parts;
    for (const QString &component : text.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (component == QLatin1String("."))
            continue;
        if (component == QLatin1String(".."))
            return std::nullopt; // never climb, not even inside the file system
        parts.append(component);
    }
    if (parts.isEmpty())
        return QStringLiteral("/");
    if (!names().contains(parts.first()))
        return std::nullopt;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (!validComponent(parts.at(i)))
            return std::nullopt;
    }
    return QLatin1Char('/') + parts.join(QLatin1Char('/'));
}

QString RouterFileSystem::localPath(const QString &virtualPath) const
{
    if (virtualPath == QLatin1String("/"))
        return {};
    QStringList parts = virtualPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    parts.first().chop(1); // "harddisk:" -> folder "harddisk"
    return m_root + QLatin1Char('/') + parts.join(QLatin1Char('/'));
}

std::optional<QString> RouterFileSystem::canonicalCliPath(const QString &path, QString *error) const
{
    QString text = path.trimmed();
    if (text.startsWith(QLatin1Char('/')))
        text.remove(0, 1); // "/harddisk:/x": the leading slash of IOS XR's Linux file paths
    QString fileSystem = QStringLiteral("harddisk:");
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon >= 0) {
        fileSystem = text.left(colon + 1);
        text = text.mid(colon + 1);
        if (!names().contains(fileSystem)) {
            *error = QStringLiteral("Invalid file system '%1'").arg(fileSystem);
            return std::nullopt;
        }
    }
    const auto normalized = normalizeVirtual(QLatin1Char('/') + fileSystem + QLatin1Char('/') + text);
    if (!normalized || normalized->count(QLatin1Char('/')) < 2) {
        *error = QStringLiteral("Invalid file path '%1'").arg(path.trimmed());
        return std::nullopt;
    }
    return normalized->mid(1);
}

QString RouterFileSystem::localPathForCli(const QString &cliPath) const
{
    return localPath(QLatin1Char('/') + cliPath);
}

void RouterFileSystem::ensureExists() const
{
    for (const QString &name : names())
        QDir().mkpath(m_root + QLatin1Char('/') + name.chopped(1));
}

qint64 RouterFileSystem::usedBytes() const
{
    qint64 total = 0;
    QDirIterator it(m_root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

} // namespace slp::xrsim
