#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace slp::test {

// One place a planted secret was found.
struct PlantedSecretHit
{
    QString filePath;
    QString encoding; // "raw", "utf-16le", "utf-16be", "base64", "hex", "HEX", "percent"
    qint64 offset = 0;
};

// Searches every regular file below `dir` (recursively, hidden files included, links not
// followed) for `secret` in the encodings a leak would take: the bytes themselves, UTF-16 (Qt
// strings, Windows), Base64 at any alignment, hex and percent-encoding. For the planted-password
// tests: plant a distinctive secret, run, then assert that this returns nothing.
QList<PlantedSecretHit> findPlantedSecret(const QString &dir, const QByteArray &secret);

// "path (encoding at offset)" per hit, one per line, for a failure message.
QString describeHits(const QList<PlantedSecretHit> &hits);

} // namespace slp::test
