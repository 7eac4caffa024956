#include "UploadBundleWriter.h"

#include "BundleManifest.h"
#include "FormatsLogging.h"
#include "RumFileReader.h"
#include "TarGzWriter.h"
#include "UdiFields.h"

#include <QDir>
#include <QSaveFile>
#include <QSet>

namespace slp {

namespace {

using Result = FormatResult<UploadBundle>;

QString fileNameSafe(const QString &text)
{
    QString safe = text;
    for (QChar &c : safe) {
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'.' || c == u'-' || c == u'_';
        if (!allowed)
            c = u'_';
    }
    return safe;
}

QString deviceLabel(const UploadBundleWriter::Device &device)
{
    return device.hostname.isEmpty() ? device.udi.canonicalText()
                                     : QStringLiteral("%1 (%2)").arg(device.hostname, device.udi.canonicalText());
}

} // namespace

QString UploadBundleWriter::timestampText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd_HHmmss"));
}

QString UploadBundleWriter::memberNameFor(const Udi &udi)
{
    return QStringLiteral("RUM_%1_%2.xml").arg(fileNameSafe(udi.pid), fileNameSafe(udi.serial));
}

FormatResult<UploadBundle> UploadBundleWriter::build(const Account &account, const QDateTime &createdAt,
                                                     const QList<Device> &devices)
{
    UploadBundle bundle;
    const QString timestamp = timestampText(createdAt);
    bundle.fileName = QStringLiteral("UD_SA_%1.tar.gz").arg(timestamp);
    bundle.innerFileName = QStringLiteral("UD_VA_%1.tar.gz").arg(timestamp);

    TarGzWriter inner(createdAt);
    QSet<QString> usedNames;
    for (const Device &device : devices) {
        if (!UdiFields::isSafe(device.udi))
            return Result::failure(QStringLiteral("%1: not a valid UDI").arg(deviceLabel(device)));
        const FormatResult<RumReportFile> file = RumFileReader::read(device.rumFile);
        if (!file)
            return Result::failure(QStringLiteral("%1: %2").arg(deviceLabel(device), file.error()));
        if (const QString mismatch = file.value().verifyBelongsTo(device.udi); !mismatch.isEmpty())
            return Result::failure(QStringLiteral("%1: %2").arg(deviceLabel(device), mismatch));
        if (file.value().reports.isEmpty()) {
            bundle.skipped.append(QStringLiteral("%1: the file holds no report").arg(deviceLabel(device)));
            continue;
        }
        // A device with several files gets RUM_<pid>_<sn>_2.xml, _3, ...
        QString name = memberNameFor(device.udi);
        for (int n = 2; usedNames.contains(name); ++n)
            name = memberNameFor(device.udi).chopped(4) + QStringLiteral("_%1.xml").arg(n);
        usedNames.insert(name);
        if (!inner.addFile(name, device.rumFile))
            break;
        bundle.entries.append({device.hostname, device.udi, name, file.value().reportIds()});
    }
    FormatResult<QByteArray> innerBytes = inner.finish();
    if (!innerBytes)
        return Result::failure(innerBytes.error());

    BundleManifest manifest;
    manifest.createdBy = account.createdBy;
    manifest.smartAccount = account.smartAccount;
    manifest.smartAccountId = account.smartAccountId;
    manifest.name = bundle.innerFileName;
    manifest.specificationVa = account.virtualAccount;
    manifest.specificationVaId = account.virtualAccountId;
    const FormatResult<QByteArray> manifestBytes = manifest.toBytes();
    if (!manifestBytes)
        return Result::failure(manifestBytes.error());

    TarGzWriter outer(createdAt);
    outer.addFile(QStringLiteral("manifest.mf"), manifestBytes.value());
    outer.addFile(bundle.innerFileName, innerBytes.value());
    FormatResult<QByteArray> outerBytes = outer.finish();
    if (!outerBytes)
        return Result::failure(outerBytes.error());
    bundle.bytes = std::move(outerBytes).value();
    qCInfo(lcFormats).noquote() << "upload bundle" << bundle.fileName << "built:" << bundle.entries.size()
                                << "device files," << bundle.skipped.size() << "skipped," << bundle.bytes.size()
                                << "bytes";
    return Result::success(std::move(bundle));
}

FormatResult<QString> UploadBundleWriter::save(const UploadBundle &bundle, const QString &directory)
{
    const QString path = QDir(directory).filePath(bundle.fileName);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return FormatResult<QString>::failure(QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
    if (file.write(bundle.bytes) != bundle.bytes.size() || !file.commit())
        return FormatResult<QString>::failure(QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
    return FormatResult<QString>::success(path);
}

} // namespace slp
