#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace slp {

enum class TransportType {
    Unknown, // not printed, or a word this version does not know (see Transport::typeText)
    Cslu, // `Type: cslu` (CSLU and SSM On-Prem)
    Smart, // `Type: Smart`
    Callhome, // `Type: Callhome` (gone from IOS XR 25.3.1)
    Off, // `Type: off`, `Type: Transport Off`
};

// "cslu", "smart", "callhome", "off" or "unknown" (the JSON and CLI spelling).
QString transportTypeName(TransportType type);
// Reads the router's words (`cslu`, `Smart`, `Callhome`, `Transport Off`, `off`), case-insensitive.
TransportType transportTypeFromText(QStringView text);

// `Transport:` section of show license status/all.
struct Transport
{
    TransportType type = TransportType::Unknown;
    QString typeText; // as printed, e.g. "Transport Off"
    QString csluAddress; // `Cslu address:`; empty for `<empty>`
    QString url; // `URL:` (smart / callhome transport)
    // Proxy: nullopt host when `Not Configured` (or `Address: <empty>`).
    std::optional<QString> proxyHost;
    std::optional<int> proxyPort;
    // VRF: `VRF: <name>`; nullopt when none is configured. vrfSupported is false with `Not Supported`.
    std::optional<QString> vrf;
    bool vrfSupported = true;
    std::optional<bool> serverIdentityCheck; // IOS XE `Server Identity Check: True`

    bool proxyConfigured() const { return proxyHost.has_value(); }

    friend bool operator==(const Transport &, const Transport &) = default;
};

} // namespace slp
