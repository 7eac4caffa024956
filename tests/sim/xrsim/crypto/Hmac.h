#pragma once

#include <QByteArray>

namespace slp::xrsim {

QByteArray hmacSha256(const QByteArray &key, const QByteArray &message);
QByteArray sha256(const QByteArray &data);
// Constant-time comparison, for signatures.
bool equalDigests(const QByteArray &a, const QByteArray &b);
// Unpredictable bytes (OpenSSL RAND_bytes), for nonces and key material.
QByteArray randomBytes(int count);

} // namespace slp::xrsim
