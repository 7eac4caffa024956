#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace slp::test {

// Starts the xrsim router simulator on a temporary state dir for a test and stops it again. The
// fleet is built from router objects (PROTOCOL.md section 2) on top of defaults: user "admin",
// password XrsimLab::password, IOS XR 24.2.1.
class XrsimLab
{
public:
    struct Router
    {
        QString hostname;
        QString address;
        quint16 port = 0;
        QString fingerprint; // "SHA256:..." as the ready file gives it
        QString hostKeyLine; // "ssh-ed25519 AAAA..."
    };

    static inline const QString password = QStringLiteral("lab-Secret-1");

    XrsimLab();
    ~XrsimLab();
    XrsimLab(const XrsimLab &) = delete;
    XrsimLab &operator=(const XrsimLab &) = delete;

    // A router with a unique UDI derived from `index`.
    static QJsonObject router(const QString &hostname, int index, const QJsonObject &extra = {});

    // Writes the fleet, starts xrsim and waits for its ready file. `stateDir` empty: a fresh one.
    bool start(const QJsonArray &routers, QString *error, const QString &stateDir = {});
    void stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    // What xrsim printed so far (for failure messages).
    QString output();

    const QList<Router> &routers() const { return m_routers; }
    const Router &router(const QString &hostname) const;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QList<Router> m_routers;
};

} // namespace slp::test
