#include "UploadBundleReader.h"

#include "OfflineBundleReader.h"
#include "RumFileReader.h"

namespace slp {

FormatResult<UploadBundleReader::Contents>
UploadBundleReader::read(const QByteArray &bundleBytes, const QString &bundleName, const ArchiveLimits &limits)
{
    using Result = FormatResult<Contents>;
    FormatResult<OfflineBundle> bundle = OfflineBundleReader::read(bundleBytes, bundleName, limits);
    if (!bundle)
        return Result::failure(bundle.error());
    Contents contents;
    contents.manifest = bundle.value().manifest;
    for (const ArchiveMember &member : std::as_const(bundle.value().files)) {
        FormatResult<RumReportFile> rum = RumFileReader::read(member.data);
        if (!rum)
            return Result::failure(QStringLiteral("%1/%2: %3").arg(bundleName, member.path, rum.error()));
        contents.files.append({member.path, std::move(rum).value()});
    }
    if (contents.files.isEmpty())
        return Result::failure(QStringLiteral("%1: the bundle holds no RUM report file").arg(bundleName));
    return Result::success(std::move(contents));
}

} // namespace slp
