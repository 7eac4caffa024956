#pragma once

#include <QByteArray>
#include <optional>

namespace slp::xrsim {

// The signed blob inside <data> elements of ACK, policy and trust request files:
// base64( {"payload":"<string>","signature":"<base64 HMAC-SHA256(key, payload bytes)>"} ).
// The payload is a JSON document carried as a string so that the signed bytes survive any re-encoding.
namespace envelope {

QByteArray seal(const QByteArray &payload, const QByteArray &key);

enum class Problem { None, Malformed, BadSignature };
// Returns the payload when the signature verifies with `key`; `problem` says why not otherwise.
std::optional<QByteArray> open(const QByteArray &data, const QByteArray &key, Problem *problem);

} // namespace envelope

// Text between <tag> and </tag> (first occurrence), or nullopt.
std::optional<QByteArray> elementText(const QByteArray &document, const QByteArray &tag);
// The whole "<tag>...</tag>" element, bytes untouched, or nullopt.
std::optional<QByteArray> wholeElement(const QByteArray &document, const QByteArray &tag);

} // namespace slp::xrsim
