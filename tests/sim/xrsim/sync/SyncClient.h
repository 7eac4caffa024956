#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <optional>

namespace slp::xrsim {

class Router;

// `license smart sync all` over the configured transport: the router posts its closed RUM reports to the
// CSSM simulator (v2/devices/reportusage), polls (v2/accounts/poll) until the ACK arrives and imports it.
// Protocol in tests/sim/PROTOCOL.md section 7. On any failure the router's state is left exactly as it was.
class SyncClient
{
public:
    explicit SyncClient(Router &router);

    bool run(const QString &transportUrl, QString *problem);

private:
    std::optional<QJsonObject> post(const QUrl &url, const QJsonObject &body, QString *problem);

    Router &m_router;
};

} // namespace slp::xrsim
