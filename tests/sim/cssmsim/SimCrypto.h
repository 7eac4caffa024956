#pragma once

#include <QByteArray>

namespace slp::cssmsim {

QByteArray hmacSha256(const QByteArray &key, const QByteArray &message);
QByteArray sha256(const QByteArray &data);
QByteArray randomBytes(int count);
// Constant-time comparison of two digests of the same length.
bool equalDigests(const QByteArray &a, const QByteArray &b);

} // namespace slp::cssmsim
