// File helpers of LicenseActions and `dir`.
#include "LicenseActions.h"

#include "cli/TextOutput.h"
#include "router/Router.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSaveFile>
#include <QTimeZone>

namespace slp::xrsim {

namespace {
constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;
}

LicenseActions::LicenseActions(Router &router)
    : m_router(router)
    , m_files(router.fileSystemRoot())
{
    m_files.ensureExists();
}

CliReply LicenseActions::error(const QString &message)
{
    return {QStringLiteral("% Error: ") + message + QLatin1Char('\n'), 1, false, {}};
}

QString LicenseActions::syslog(const QString &process, const QString &message) const
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(m_router.nowMs(), QTimeZone::utc());
    return QStringLiteral("RP/0/%1/CPU0:%2 UTC: %3[%4]: %5\n")
        .arg(m_router.spec().routeProcessor(), QLocale::c().toString(time, QStringLiteral("MMM dd hh:mm:ss.zzz")),
             process)
        .arg(process == QLatin1String("smartlicserver") ? 411 : 1137)
        .arg(message);
}

bool LicenseActions::writeFile(const QString &cliPath, const QByteArray &content, QString *problem)
{
    if (m_router.faults().diskFull || m_files.usedBytes() + content.size() > RouterFileSystem::kCapacityBytes) {
        *problem = QStringLiteral("No space left on device");
        return false;
    }
    const QString local = m_files.localPathForCli(cliPath);
    QDir().mkpath(QFileInfo(local).absolutePath());
    QSaveFile file(local);
    if (!file.open(QIODevice::WriteOnly)) {
        *problem = file.errorString();
        return false;
    }
    file.write(content);
    if (!file.commit()) {
        *problem = file.errorString();
        return false;
    }
    return true;
}

bool LicenseActions::readFile(const QString &path, QByteArray *content, QString *problem)
{
    const auto cliPath = m_files.canonicalCliPath(path, problem);
    if (!cliPath)
        return false;
    QFile file(m_files.localPathForCli(*cliPath));
    if (!file.exists()) {
        *problem = QStringLiteral("File %1 does not exist").arg(*cliPath);
        return false;
    }
    if (file.size() > kMaxFileBytes || !file.open(QIODevice::ReadOnly)) {
        *problem = QStringLiteral("Cannot read file %1").arg(*cliPath);
        return false;
    }
    *content = file.readAll();
    return true;
}

CliReply LicenseActions::dir(const QString &fileSystem)
{
    QString name = fileSystem.trimmed();
    if (name.startsWith(QLatin1Char('/')))
        name.remove(0, 1);
    if (!name.endsWith(QLatin1Char(':')))
        name = name.section(QLatin1Char(':'), 0, 0) + QLatin1Char(':');
    if (!RouterFileSystem::names().contains(name))
        return error(QStringLiteral("Invalid file system '%1'").arg(fileSystem));
    TextOutput out;
    out.line();
    out.line(QStringLiteral("Directory of /") + name);
    out.line();
    const QDir directory(m_files.localPath(QLatin1Char('/') + name));
    const QFileInfoList entries = directory.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries) {
        const QString modified = QLocale::c().toString(entry.lastModified().toUTC(), QStringLiteral("MMM dd hh:mm"));
        out.line(QStringLiteral("%1 %2 %3 %4 %5 %6")
                     .arg(static_cast<qulonglong>(qHash(entry.fileName()) % 100000), 8)
                     .arg(entry.isDir() ? QStringLiteral("drwxr-xr-x") : QStringLiteral("-rw-r--r--"))
                     .arg(entry.isDir() ? 2 : 1)
                     .arg(entry.isDir() ? 4096 : entry.size(), 10)
                     .arg(modified, entry.fileName()));
    }
    out.line();
    const qint64 totalKb = RouterFileSystem::kCapacityBytes / 1024;
    const qint64 freeKb
        = m_router.faults().diskFull ? 0 : (RouterFileSystem::kCapacityBytes - m_files.usedBytes()) / 1024;
    out.line(QStringLiteral("%1 kbytes total (%2 kbytes free)").arg(totalKb).arg(freeKb));
    return {out.text(), 0, false, {}};
}

} // namespace slp::xrsim
