#pragma once

#include <QString>

namespace slp {

// The verdict on one value: ok, or a message naming what is wrong and where.
struct CommandValueCheck
{
    bool ok = true;
    QString message;

    explicit operator bool() const { return ok; }
};

// Checks values the console puts on a router command line (file names, ID tokens, URLs, VRF names,
// host names) against strict character sets, so that inventory data or a pasted token can never
// inject a second command, a pipe, a help request ('?') or a comment ('!') into the CLI.
// Messages name the field, the offending character and its position (1-based); token values are
// never repeated in messages because an ID token is a credential.
class CommandValueValidator
{
public:
    // Router file system path: "usage.txt", "harddisk:/usage.txt", "/harddisk:/slp/ack.xml".
    static CommandValueCheck routerFilePath(const QString &value, const QString &field = QStringLiteral("file name"));
    // Trust ID token (base64 / base64url / JWT style), 1..4096 characters.
    static CommandValueCheck idToken(const QString &value, const QString &field = QStringLiteral("ID token"));
    // http(s) URL without query string or fragment: CSLU / CSSM / On-Prem endpoints.
    static CommandValueCheck url(const QString &value, const QString &field = QStringLiteral("URL"));
    // VRF name: letters, digits, '_', '-', '.', 1..32 characters, starting with a letter or digit.
    static CommandValueCheck vrfName(const QString &value, const QString &field = QStringLiteral("VRF name"));
    // DNS host name (RFC 1123), IPv4 or IPv6 literal.
    static CommandValueCheck hostname(const QString &value, const QString &field = QStringLiteral("host name"));
    // A single plain word: letters, digits, '_', '-', '.', 1..64 characters.
    static CommandValueCheck word(const QString &value, const QString &field = QStringLiteral("value"));
};

} // namespace slp
