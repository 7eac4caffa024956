#pragma once

#include "ssh/SshTransferResult.h"

#include <QString>

struct sftp_session_struct;

namespace slp {

struct SshSessionContext;

// SFTP get/put over libssh's sftp client with IOS XR path names ("/harddisk:/usage.txt", passed to the
// router as they are). Downloads have a size limit and land atomically (QSaveFile: a failed or
// cancelled download leaves no file behind). Every libssh call is bounded by the idle timeout (no
// progress) and cancel is checked between chunks.
class SftpClient
{
public:
    explicit SftpClient(SshSessionContext &context);
    ~SftpClient();
    SftpClient(const SftpClient &) = delete;
    SftpClient &operator=(const SftpClient &) = delete;

    SshError start();
    SshTransferResult download(const QString &remotePath, const QString &localPath, qint64 maxBytes);
    SshTransferResult upload(const QString &localPath, const QString &remotePath);
    SshTransferResult remove(const QString &remotePath);

private:
    SshError sftpError(const QString &remotePath, const QString &doing) const;

    SshSessionContext &m_context;
    sftp_session_struct *m_sftp = nullptr;
};

} // namespace slp
