#pragma once

#include "cssm/CssmSettings.h"

#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace slp::test {

// A cssmsim process on loopback for one test suite (or one test): started with extra arguments,
// waited for through its ready file, stopped on destruction.
class CssmSimProcess
{
public:
    CssmSimProcess() = default;
    ~CssmSimProcess();

    // Empty on success, else what went wrong (with cssmsim's stderr).
    QString start(const QStringList &arguments);
    void stop();

    const QJsonObject &ready() const { return m_ready; }
    QString stateDir() const { return m_dir.filePath(QStringLiteral("state")); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QByteArray clientSecret() const;
    // Client settings for this server; the secret is expected under `secretReference`.
    CssmSettings settings(const QString &secretReference) const;

    // POST /_control/faults (or GET /_control/state when `body` is empty); the JSON answer.
    QJsonObject control(const QJsonObject &body = {}) const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QJsonObject m_ready;
};

} // namespace slp::test
