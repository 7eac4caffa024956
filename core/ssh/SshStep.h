#pragma once

#include "ssh/SshCommandRedactor.h"

#include <QString>
#include <QStringList>

namespace slp {

// One thing a job does on a router, in order: run a command, download or upload a file (SFTP).
struct SshStep
{
    enum class Kind { Command, Download, Upload, Remove };

    Kind kind = Kind::Command;
    QString command;
    QString remotePath; // IOS XR path, e.g. "/harddisk:/usage.txt"
    QString localPath;
    qint64 maxBytes = 64 * 1024 * 1024; // download size limit
    QStringList answers; // commands: replies to the router's confirmation questions, in order
    // Commands: run in the session's interactive shell even where exec works. Configuration mode needs
    // it: `configure`, the config lines, `commit` and `end` must share one CLI session, and every exec
    // channel is a CLI session of its own.
    bool inShell = false;

    // `answers` reply to questions like "Do you want to continue? [yes/no]:" (e.g. {"yes"} for
    // `license smart reservation return local`).
    static SshStep runCommand(const QString &command, const QStringList &answers = {})
    {
        SshStep step;
        step.command = command;
        step.answers = answers;
        return step;
    }
    // A command typed into the session's interactive shell (see inShell), e.g. one line of a
    // `configure` ... `commit` ... `end` sequence.
    static SshStep shellCommand(const QString &command, const QStringList &answers = {})
    {
        SshStep step = runCommand(command, answers);
        step.inShell = true;
        return step;
    }
    static SshStep download(const QString &remotePath, const QString &localPath, qint64 maxBytes = 64 * 1024 * 1024)
    {
        SshStep step;
        step.kind = Kind::Download;
        step.remotePath = remotePath;
        step.localPath = localPath;
        step.maxBytes = maxBytes;
        return step;
    }
    static SshStep upload(const QString &localPath, const QString &remotePath)
    {
        SshStep step;
        step.kind = Kind::Upload;
        step.localPath = localPath;
        step.remotePath = remotePath;
        return step;
    }

    // Deletes a file on the router over SFTP (a temporary file the job wrote there).
    static SshStep remove(const QString &remotePath)
    {
        SshStep step;
        step.kind = Kind::Remove;
        step.remotePath = remotePath;
        return step;
    }

    // "show license status", "download /harddisk:/usage.txt": for progress lines and logs (secrets on
    // the command line redacted, see SshCommandRedactor).
    QString describe() const
    {
        switch (kind) {
        case Kind::Command:
            // Shown while a device works and kept in the audit log: never an ID token or password.
            return SshCommandRedactor::forDisplay(command);
        case Kind::Download:
            return QStringLiteral("download %1").arg(remotePath);
        case Kind::Upload:
            return QStringLiteral("upload %1").arg(remotePath);
        case Kind::Remove:
            return QStringLiteral("remove %1").arg(remotePath);
        }
        return {};
    }
};

} // namespace slp
