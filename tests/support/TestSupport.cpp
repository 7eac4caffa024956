#include "TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QtTest>

namespace slp::test {

QString fixturePath(const QString &relativePath)
{
    return QStringLiteral(SLP_FIXTURES_DIR "/") + relativePath;
}

QByteArray readFixture(const QString &relativePath)
{
    QFile file(fixturePath(relativePath));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("fixture %s: %s", qPrintable(file.fileName()), qPrintable(file.errorString()));
        return {};
    }
    return file.readAll();
}

QString builtExecutable(const QString &name)
{
    // Executables live in per-directory output folders; search the build tree once per name.
    static QHash<QString, QString> cache;
    if (const auto it = cache.constFind(name); it != cache.constEnd())
        return *it;
    QDirIterator it(QStringLiteral(SLP_BUILD_DIR), {name}, QDir::Files | QDir::Executable,
                    QDirIterator::Subdirectories);
    QString found;
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.contains(QLatin1String("CMakeFiles"))) {
            found = path;
            break;
        }
    }
    cache.insert(name, found);
    return found;
}

} // namespace slp::test
