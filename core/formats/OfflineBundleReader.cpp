#include "OfflineBundleReader.h"

#include "SafeArchiveReader.h"

#include <QFile>
#include <QFileInfo>

namespace slp {

namespace {

using Result = FormatResult<OfflineBundle>;

bool isManifest(const QString &path)
{
    return path.compare(QLatin1String("manifest.mf"), Qt::CaseInsensitive) == 0
        || path.compare(QLatin1String("META-INF/MANIFEST.MF"), Qt::CaseInsensitive) == 0;
}

} // namespace

bool OfflineBundleReader::looksLikeArchive(const QString &name, const QByteArray &data)
{
    return name.endsWith(QLatin1String(".tar.gz"), Qt::CaseInsensitive)
        || name.endsWith(QLatin1String(".tgz"), Qt::CaseInsensitive)
        || name.endsWith(QLatin1String(".tar"), Qt::CaseInsensitive) || data.startsWith("\x1f\x8b");
}

FormatResult<OfflineBundle> OfflineBundleReader::read(const QByteArray &bundleBytes, const QString &bundleName,
                                                      const ArchiveLimits &limits)
{
    SafeArchiveReader reader(limits);
    FormatResult<QList<ArchiveMember>> outer = reader.read(bundleBytes, bundleName);
    if (!outer)
        return Result::failure(outer.error());

    OfflineBundle bundle;
    for (ArchiveMember &member : outer.value()) {
        if (isManifest(member.path)) {
            FormatResult<BundleManifest> manifest = BundleManifest::parse(member.data);
            if (!manifest)
                return Result::failure(QStringLiteral("%1: %2").arg(bundleName, manifest.error()));
            bundle.manifest = std::move(manifest).value();
            continue;
        }
        if (!looksLikeArchive(member.path, member.data)) {
            bundle.files.append(std::move(member));
            continue;
        }
        const QString innerName = bundleName + u'/' + member.path;
        FormatResult<QList<ArchiveMember>> inner = reader.read(member.data, innerName);
        if (!inner)
            return Result::failure(inner.error());
        bundle.innerArchives.append(member.path);
        for (ArchiveMember &file : inner.value()) {
            // One level of nesting is the whole format; deeper archives are refused, not opened.
            if (looksLikeArchive(file.path, file.data))
                return Result::failure(
                    QStringLiteral("%1: entry \"%2\" is an archive inside an inner archive").arg(innerName, file.path));
            file.path = member.path + u'/' + file.path;
            bundle.files.append(std::move(file));
        }
    }
    return Result::success(std::move(bundle));
}

FormatResult<OfflineBundle> OfflineBundleReader::readFile(const QString &path, const ArchiveLimits &limits)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Result::failure(QStringLiteral("%1: cannot open: %2").arg(path, file.errorString()));
    if (file.size() > limits.maxArchiveBytes)
        return Result::failure(
            QStringLiteral("%1: the file is %2 bytes, more than a bundle may be").arg(name).arg(file.size()));
    return read(file.readAll(), name, limits);
}

} // namespace slp
