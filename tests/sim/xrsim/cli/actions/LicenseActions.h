#pragma once

#include "cli/CliReply.h"
#include "files/RouterFileSystem.h"

#include <QString>

namespace slp::xrsim {

class Router;

// The exec-mode licensing commands that change a router's state or files. Each returns the router's
// answer; failures print IOS XR style "% Error: ..." lines and exit status 1, and change nothing.
class LicenseActions
{
public:
    explicit LicenseActions(Router &router);

    CliReply saveUsage(bool all, const QString &path);
    CliReply import(const QString &path);
    CliReply sync();
    CliReply trustIdToken(const QString &token, bool allUdis, bool force);
    CliReply saveTrustRequest(const QString &path);
    CliReply reservationRequest();
    CliReply reservationInstall(const QString &path);
    // Asks for confirmation; the answer goes to reservationReturnConfirmed().
    CliReply reservationReturn();
    CliReply reservationReturnConfirmed(const QString &answer);
    CliReply reservationCancel();
    CliReply dir(const QString &fileSystem);

    // A syslog line as IOS XR prints it on the terminal: "RP/0/RSP0/CPU0:Mar 19 14:20:59.123 UTC: ...".
    QString syslog(const QString &process, const QString &message) const;

private:
    static CliReply error(const QString &message);
    // Writes a file in the router's file systems; honours the full-disk fault and the capacity.
    bool writeFile(const QString &cliPath, const QByteArray &content, QString *problem);
    bool readFile(const QString &path, QByteArray *content, QString *problem);

    Router &m_router;
    RouterFileSystem m_files;
};

} // namespace slp::xrsim
