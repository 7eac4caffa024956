#include "AckBundleReader.h"

#include "AckFileReader.h"
#include "FormatsLogging.h"
#include "OfflineBundleReader.h"
#include "UdiFields.h"
#include "UploadBundleWriter.h"

namespace slp {

std::optional<Udi> AckBundleReader::udiFromFileName(const QString &path)
{
    const QString name = path.section(u'/', -1);
    if (!name.startsWith(QLatin1String("ACK_")) || !name.endsWith(QLatin1String(".xml"), Qt::CaseInsensitive))
        return std::nullopt;
    // Serial numbers never hold '_', PIDs might: split at the last one.
    const QString stem = name.mid(4, name.size() - 8);
    const qsizetype split = stem.lastIndexOf(u'_');
    if (split <= 0)
        return std::nullopt;
    Udi udi;
    udi.pid = stem.left(split);
    udi.serial = stem.mid(split + 1);
    udi.text = udi.canonicalText();
    if (!UdiFields::isSafe(udi))
        return std::nullopt;
    return udi;
}

QString AckBundleReader::fileNameFor(const Udi &udi)
{
    // Same shape as the upload's member names, so an ACK is found next to its report by eye.
    return QStringLiteral("ACK_") + UploadBundleWriter::memberNameFor(udi).mid(4);
}

FormatResult<AckBundle> AckBundleReader::read(const QByteArray &bundleBytes, const QString &bundleName,
                                              const ArchiveLimits &limits)
{
    using Result = FormatResult<AckBundle>;
    FormatResult<OfflineBundle> bundle = OfflineBundleReader::read(bundleBytes, bundleName, limits);
    if (!bundle)
        return Result::failure(bundle.error());

    AckBundle acks;
    acks.manifest = bundle.value().manifest;
    for (ArchiveMember &member : bundle.value().files) {
        FormatResult<AckFile> ack = AckFileReader::read(member.data);
        if (!ack) {
            acks.problems.append(QStringLiteral("%1: not an ACK file: %2").arg(member.path, ack.error()));
            continue;
        }
        AckBundleEntry entry;
        entry.path = member.path;
        entry.ack = std::move(ack).value();
        const std::optional<Udi> fromName = udiFromFileName(member.path);
        if (entry.ack.udi) {
            entry.udi = entry.ack.udi;
            entry.udiSource = AckBundleEntry::UdiSource::Content;
            if (fromName && !UdiFields::sameDevice(*fromName, *entry.udi)) {
                acks.problems.append(
                    QStringLiteral("%1: the file name says %2 but the ACK is for %3; the ACK's content wins")
                        .arg(member.path, fromName->canonicalText(), entry.udi->canonicalText()));
            }
        } else if (fromName) {
            entry.udi = fromName;
            entry.udiSource = AckBundleEntry::UdiSource::FileName;
        } else {
            acks.problems.append(
                QStringLiteral("%1: the ACK names no device, neither inside nor in its file name").arg(member.path));
        }
        acks.entries.append(std::move(entry));
    }
    if (acks.entries.isEmpty()) {
        const QString why = acks.problems.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(acks.problems.first());
        return Result::failure(QStringLiteral("%1: the bundle holds no ACK file%2").arg(bundleName, why));
    }
    qCInfo(lcFormats).noquote() << "ACK bundle" << bundleName << "read:" << acks.entries.size() << "ACK files,"
                                << acks.problems.size() << "problems";
    return Result::success(std::move(acks));
}

} // namespace slp
