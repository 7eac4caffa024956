// license smart save usage | import | sync
#include "LicenseActions.h"

#include "formats/ImportFile.h"
#include "formats/RouterFiles.h"
#include "router/Router.h"
#include "router/UsageEngine.h"
#include "sync/SyncClient.h"

namespace slp::xrsim {

CliReply LicenseActions::saveUsage(bool all, const QString &path)
{
    QString problem;
    const auto cliPath = m_files.canonicalCliPath(path, &problem);
    if (!cliPath)
        return error(problem);
    Router::Access access(m_router);
    RouterState &state = access.state();
    // Saving closes the open reports, so the file carries everything measured up to now.
    RouterState updated = state;
    UsageEngine(access.spec(), updated).closeOpenReports(access.now(), QStringLiteral("REPORTING"));
    QList<RumReport> selected;
    for (const RumReport &report : std::as_const(updated.reports)) {
        if (report.state == QLatin1String("CLOSED") || (all && report.state == QLatin1String("ACK")))
            selected.append(report);
    }
    updated.reporting.lastFileWrite = access.now();
    const QByteArray file = routerfiles::rumFile(access.spec(), updated, selected, access.now());
    if (!writeFile(*cliPath, file, &problem))
        return error(QStringLiteral("Failed to write usage report to %1: %2").arg(*cliPath, problem));
    state = updated;
    access.markChanged();
    return {};
}

CliReply LicenseActions::import(const QString &path)
{
    QByteArray content;
    QString problem;
    if (!readFile(path, &content, &problem))
        return error(QStringLiteral("Import Data Failed: ") + problem);
    const auto parsed = ImportFile::parse(content, m_router.labKey(), &problem);
    if (!parsed)
        return error(QStringLiteral("Import Data Failed: ") + problem);
    Router::Access access(m_router);
    const RouterSpec &spec = access.spec();
    if (!parsed->udi.isEmpty() && parsed->udi != spec.udi()
        && !(spec.isHighAvailability() && parsed->udi == spec.standbyUdi()))
        return error(
            QStringLiteral("Import Data Failed: The data is for another product instance (%1)").arg(parsed->udi));
    RouterState &state = access.state();
    UsageEngine(spec, state).applyImport(*parsed, access.now());
    access.markChanged();
    return {QStringLiteral("Import Data Successful\n"), 0, false, {}};
}

CliReply LicenseActions::sync()
{
    TransportSpec transport;
    {
        Router::Access access(m_router);
        transport = access.state().transport;
    }
    if (transport.type == QLatin1String("off"))
        return error(QStringLiteral("License smart sync failed: Transport type is off"));
    const QString url = transport.type == QLatin1String("smart") ? transport.smartUrl : transport.csluUrl;
    if (url.isEmpty())
        return error(QStringLiteral("License smart sync failed: %1 URL is not configured").arg(transport.type));
    SyncClient client(m_router);
    QString problem;
    if (!client.run(url, &problem))
        return error(QStringLiteral("License smart sync failed: ") + problem);
    return {};
}

} // namespace slp::xrsim
