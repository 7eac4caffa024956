#include "SecretScan.h"

#include <QDirIterator>
#include <QFile>

namespace slp::test {

namespace {

struct Pattern
{
    QString encoding;
    QByteArray bytes;
};

// The Base64 characters that depend only on the secret when it starts `shift` bytes into a
// Base64-encoded stream (the first and last characters also carry neighbouring bits).
QByteArray base64Core(const QByteArray &secret, int shift)
{
    const QByteArray shifted = QByteArray(shift, '\0') + secret;
    const QByteArray encoded = shifted.toBase64(QByteArray::OmitTrailingEquals);
    const qsizetype firstBit = 8 * shift;
    const qsizetype endBit = 8 * (shift + secret.size());
    const qsizetype first = (firstBit + 5) / 6;
    const qsizetype end = endBit / 6; // characters [first, end) lie wholly inside the secret
    return end > first ? encoded.mid(first, end - first) : QByteArray();
}

QList<Pattern> patternsFor(const QByteArray &secret)
{
    QList<Pattern> patterns {{QStringLiteral("raw"), secret}};
    const QString text = QString::fromUtf8(secret);
    QByteArray utf16le, utf16be;
    for (const QChar c : text) {
        utf16le.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
        utf16be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    }
    patterns.append({QStringLiteral("utf-16le"), utf16le});
    patterns.append({QStringLiteral("utf-16be"), utf16be});
    for (int shift = 0; shift < 3; ++shift) {
        const QByteArray core = base64Core(secret, shift);
        if (core.size() >= 4)
            patterns.append({QStringLiteral("base64"), core});
    }
    patterns.append({QStringLiteral("hex"), secret.toHex()});
    patterns.append({QStringLiteral("HEX"), secret.toHex().toUpper()});
    const QByteArray percent = secret.toPercentEncoding();
    if (percent != secret)
        patterns.append({QStringLiteral("percent"), percent});
    return patterns;
}

void scanFile(const QString &path, const QList<Pattern> &patterns, qsizetype longest, QList<PlantedSecretHit> *hits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    constexpr qint64 chunkSize = 4 * 1024 * 1024;
    QByteArray window;
    qint64 windowStart = 0;
    QList<bool> found(patterns.size(), false);
    while (!file.atEnd()) {
        window += file.read(chunkSize);
        for (qsizetype i = 0; i < patterns.size(); ++i) {
            if (found[i])
                continue; // one hit per file and encoding is enough to fail a test
            const qsizetype at = window.indexOf(patterns[i].bytes);
            if (at >= 0) {
                found[i] = true;
                hits->append({path, patterns[i].encoding, windowStart + at});
            }
        }
        // Keep a tail so that a pattern split across two chunks is still seen.
        const qsizetype keep = qMin(window.size(), longest - 1);
        windowStart += window.size() - keep;
        window = window.right(keep);
    }
}

} // namespace

QList<PlantedSecretHit> findPlantedSecret(const QString &dir, const QByteArray &secret)
{
    QList<PlantedSecretHit> hits;
    if (secret.isEmpty())
        return hits;
    const QList<Pattern> patterns = patternsFor(secret);
    qsizetype longest = 1;
    for (const Pattern &pattern : patterns)
        longest = qMax(longest, pattern.bytes.size());
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext())
        scanFile(it.next(), patterns, longest, &hits);
    return hits;
}

QString describeHits(const QList<PlantedSecretHit> &hits)
{
    QStringList lines;
    for (const PlantedSecretHit &hit : hits)
        lines.append(QStringLiteral("%1 (%2 at offset %3)").arg(hit.filePath, hit.encoding).arg(hit.offset));
    return lines.join(u'\n');
}

} // namespace slp::test
