#include "BundleManifest.h"

#include <QStringList>

namespace slp {

namespace {

struct Field
{
    QLatin1String key;
    QString BundleManifest::*member;
};

const Field knownFields[] = {
    {QLatin1String("Manifest-Version"), &BundleManifest::manifestVersion},
    {QLatin1String("Created-By"), &BundleManifest::createdBy},
    {QLatin1String("Smart-Account"), &BundleManifest::smartAccount},
    {QLatin1String("Smart-Account-ID"), &BundleManifest::smartAccountId},
    {QLatin1String("Name"), &BundleManifest::name},
    {QLatin1String("Specification-VA"), &BundleManifest::specificationVa},
    {QLatin1String("Specification-VA-ID"), &BundleManifest::specificationVaId},
};

constexpr qsizetype maxManifestBytes = 64 * 1024;

} // namespace

FormatResult<QByteArray> BundleManifest::toBytes() const
{
    QList<QPair<QString, QString>> fields;
    for (const Field &field : knownFields)
        fields.append({QString(field.key), this->*field.member});
    fields.append(otherFields);
    QByteArray out;
    for (const auto &[key, value] : std::as_const(fields)) {
        if (value.contains(u'\n') || value.contains(u'\r') || key.contains(u':') || key.contains(u'\n'))
            return FormatResult<QByteArray>::failure(
                QStringLiteral("manifest field %1 holds a line break or colon").arg(key));
        out += key.toUtf8() + ": " + value.toUtf8() + "\r\n";
    }
    return FormatResult<QByteArray>::success(out);
}

FormatResult<BundleManifest> BundleManifest::parse(const QByteArray &bytes)
{
    using Result = FormatResult<BundleManifest>;
    if (bytes.size() > maxManifestBytes)
        return Result::failure(
            QStringLiteral("manifest.mf is %1 bytes, more than a manifest can be").arg(bytes.size()));
    QString text = QString::fromUtf8(bytes);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(u'\r', u'\n');
    const QStringList lines = text.split(u'\n');

    BundleManifest manifest;
    manifest.manifestVersion.clear();
    QList<QPair<QString, QString>> fields;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.isEmpty())
            continue;
        if (line.startsWith(u' ')) {
            if (fields.isEmpty())
                return Result::failure(
                    QStringLiteral("manifest.mf line %1: continuation line without a field").arg(i + 1));
            fields.last().second += line.mid(1);
            continue;
        }
        const qsizetype colon = line.indexOf(QLatin1String(": "));
        if (colon <= 0)
            return Result::failure(QStringLiteral("manifest.mf line %1: expected \"Key: Value\"").arg(i + 1));
        fields.append({line.left(colon), line.mid(colon + 2)});
    }
    for (const auto &keyAndValue : std::as_const(fields)) {
        // Not a structured binding: clang 14 cannot capture one in the lambda below.
        const QString &key = keyAndValue.first;
        const QString &value = keyAndValue.second;
        const auto known = std::find_if(std::begin(knownFields), std::end(knownFields), [&](const Field &field) {
            return key.compare(field.key, Qt::CaseInsensitive) == 0;
        });
        if (known != std::end(knownFields))
            manifest.*(known->member) = value;
        else
            manifest.otherFields.append({key, value});
    }
    if (manifest.manifestVersion.isEmpty())
        return Result::failure(QStringLiteral("manifest.mf has no Manifest-Version"));
    return Result::success(std::move(manifest));
}

} // namespace slp
