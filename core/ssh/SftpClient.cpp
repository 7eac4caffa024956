#include "ssh/SftpClient.h"

#include "ssh/SshLog.h"
#include "ssh/SshSessionContext.h"

#include <QFile>
#include <QSaveFile>

#include <fcntl.h>
#include <libssh/sftp.h>
#include <memory>

namespace slp {

namespace {

constexpr int chunkBytes = 32 * 1024;

// Closing waits for the router's answer, so it is bounded like every other call.
struct FileCloser
{
    SshSessionContext *context;
    void operator()(sftp_file file) const
    {
        context->guarded(SshPhase::Transfer, context->options.timeouts.idleMs, [file] { return sftp_close(file); });
    }
};
using SftpFile = std::unique_ptr<sftp_file_struct, FileCloser>;

struct AttributesDeleter
{
    void operator()(sftp_attributes attributes) const { sftp_attributes_free(attributes); }
};

QString describeSftpStatus(int status)
{
    switch (status) {
    case SSH_FX_NO_SUCH_FILE:
        return QStringLiteral("no such file");
    case SSH_FX_PERMISSION_DENIED:
        return QStringLiteral("permission denied");
    case SSH_FX_NO_SUCH_PATH:
        return QStringLiteral("no such folder");
    case SSH_FX_FILE_ALREADY_EXISTS:
        return QStringLiteral("the file already exists");
    case SSH_FX_WRITE_PROTECT:
        return QStringLiteral("the file system is write-protected");
    case SSH_FX_NO_MEDIA:
        return QStringLiteral("no media in the device");
    case SSH_FX_OP_UNSUPPORTED:
        return QStringLiteral("the operation is not supported");
    case SSH_FX_FAILURE:
        return QStringLiteral("the router reported a failure (disk full or invalid path?)");
    default:
        return QStringLiteral("SFTP status %1").arg(status);
    }
}

} // namespace

SftpClient::SftpClient(SshSessionContext &context)
    : m_context(context)
{ }

SftpClient::~SftpClient()
{
    if (m_sftp)
        sftp_free(m_sftp);
}

SshError SftpClient::sftpError(const QString &remotePath, const QString &doing) const
{
    if (m_context.guard.interrupted() || !m_sftp)
        return m_context.failure(SshErrorKind::SftpFailed, SshPhase::Transfer, doing);
    const int status = sftp_get_error(m_sftp);
    if (status == SSH_FX_OK || status == SSH_FX_CONNECTION_LOST || status == SSH_FX_NO_CONNECTION)
        return m_context.failure(SshErrorKind::SftpFailed, SshPhase::Transfer, doing);
    return SshError::make(SshErrorKind::SftpFailed, SshPhase::Transfer,
                          QStringLiteral("%1 failed while %2: %3 (%4).")
                              .arg(m_context.target.displayName(), doing, describeSftpStatus(status), remotePath));
}

SshError SftpClient::start()
{
    const int budget = m_context.options.timeouts.idleMs;
    m_sftp = sftp_new(m_context.session);
    if (!m_sftp)
        return m_context.failure(SshErrorKind::SftpFailed, SshPhase::Transfer,
                                 QStringLiteral("opening the SFTP subsystem"));
    if (m_context.guarded(SshPhase::Transfer, budget, [this] { return sftp_init(m_sftp); }) != SSH_OK) {
        const SshError error = m_context.failure(SshErrorKind::SftpFailed, SshPhase::Transfer,
                                                 QStringLiteral("starting SFTP (is the SFTP server enabled?)"));
        sftp_free(m_sftp);
        m_sftp = nullptr;
        return error;
    }
    return {};
}

SshTransferResult SftpClient::download(const QString &remotePath, const QString &localPath, qint64 maxBytes)
{
    SshTransferResult result;
    const int budget = m_context.options.timeouts.idleMs;
    const QByteArray remote = remotePath.toUtf8();
    const QString doing = QStringLiteral("downloading %1").arg(remotePath);
    const SftpFile file(m_context.guarded(SshPhase::Transfer, budget,
                                          [&] { return sftp_open(m_sftp, remote.constData(), O_RDONLY, 0); }),
                        FileCloser {&m_context});
    if (!file) {
        result.error = sftpError(remotePath, doing);
        return result;
    }
    const std::unique_ptr<sftp_attributes_struct, AttributesDeleter> attributes(
        m_context.guarded(SshPhase::Transfer, budget, [&] { return sftp_fstat(file.get()); }));
    const auto sizeLimitError = [&](qint64 size) {
        return SshError::make(SshErrorKind::SftpSizeLimit, SshPhase::Transfer,
                              QStringLiteral("%1 on %2 is %3 bytes, more than the limit of %4 bytes; nothing was "
                                             "downloaded.")
                                  .arg(remotePath, m_context.target.displayName())
                                  .arg(size)
                                  .arg(maxBytes));
    };
    if (attributes && (attributes->flags & SSH_FILEXFER_ATTR_SIZE) && qint64(attributes->size) > maxBytes) {
        result.error = sizeLimitError(qint64(attributes->size));
        return result;
    }

    QSaveFile local(localPath);
    if (!local.open(QIODevice::WriteOnly)) {
        result.error
            = SshError::make(SshErrorKind::LocalFileError, SshPhase::Transfer,
                             QStringLiteral("Cannot write %1 (download of %2 from %3): %4")
                                 .arg(localPath, remotePath, m_context.target.displayName(), local.errorString()));
        return result;
    }
    for (;;) {
        if (m_context.cancel.isCancelled()) {
            result.error = m_context.cancelledError(doing);
            return result; // QSaveFile discards the partial file
        }
        char buffer[chunkBytes];
        const ssize_t count
            = m_context.guarded(SshPhase::Idle, budget, [&] { return sftp_read(file.get(), buffer, sizeof buffer); });
        if (count < 0) {
            result.error = sftpError(remotePath, doing);
            return result;
        }
        if (count == 0)
            break;
        result.bytes += count;
        if (result.bytes > maxBytes) {
            result.error = sizeLimitError(result.bytes);
            return result;
        }
        if (local.write(buffer, count) != count) {
            result.error = SshError::make(SshErrorKind::LocalFileError, SshPhase::Transfer,
                                          QStringLiteral("Cannot write %1: %2").arg(localPath, local.errorString()));
            return result;
        }
    }
    if (!local.commit()) {
        result.error = SshError::make(SshErrorKind::LocalFileError, SshPhase::Transfer,
                                      QStringLiteral("Cannot save %1: %2").arg(localPath, local.errorString()));
        return result;
    }
    qCInfo(lcSsh) << "downloaded" << remotePath << "from" << m_context.target.displayName() << result.bytes << "bytes";
    return result;
}

SshTransferResult SftpClient::upload(const QString &localPath, const QString &remotePath)
{
    SshTransferResult result;
    const int budget = m_context.options.timeouts.idleMs;
    const QString doing = QStringLiteral("uploading %1").arg(remotePath);
    QFile local(localPath);
    if (!local.open(QIODevice::ReadOnly)) {
        result.error
            = SshError::make(SshErrorKind::LocalFileError, SshPhase::Transfer,
                             QStringLiteral("Cannot read %1 (upload to %2 on %3): %4")
                                 .arg(localPath, remotePath, m_context.target.displayName(), local.errorString()));
        return result;
    }
    const QByteArray remote = remotePath.toUtf8();
    SftpFile file(
        m_context.guarded(SshPhase::Transfer, budget,
                          [&] { return sftp_open(m_sftp, remote.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644); }),
        FileCloser {&m_context});
    if (!file) {
        result.error = sftpError(remotePath, doing);
        return result;
    }
    while (!local.atEnd()) {
        if (m_context.cancel.isCancelled()) {
            result.error = m_context.cancelledError(doing);
            return result;
        }
        const QByteArray chunk = local.read(chunkBytes);
        if (chunk.isEmpty() && !local.atEnd()) {
            result.error = SshError::make(SshErrorKind::LocalFileError, SshPhase::Transfer,
                                          QStringLiteral("Cannot read %1: %2").arg(localPath, local.errorString()));
            return result;
        }
        const ssize_t written = m_context.guarded(
            SshPhase::Idle, budget, [&] { return sftp_write(file.get(), chunk.constData(), size_t(chunk.size())); });
        if (written != chunk.size()) {
            result.error = sftpError(remotePath, doing);
            return result;
        }
        result.bytes += written;
    }
    // Closing flushes and is where some servers report a full disk.
    sftp_file rawFile = file.release();
    if (m_context.guarded(SshPhase::Transfer, budget, [&] { return sftp_close(rawFile); }) != SSH_NO_ERROR) {
        result.error = sftpError(remotePath, doing);
        return result;
    }
    qCInfo(lcSsh) << "uploaded" << remotePath << "to" << m_context.target.displayName() << result.bytes << "bytes";
    return result;
}

SshTransferResult SftpClient::remove(const QString &remotePath)
{
    SshTransferResult result;
    const QByteArray remote = remotePath.toUtf8();
    if (m_context.guarded(SshPhase::Transfer, m_context.options.timeouts.idleMs,
                          [&] { return sftp_unlink(m_sftp, remote.constData()); })
        != SSH_OK)
        result.error = sftpError(remotePath, QStringLiteral("removing %1").arg(remotePath));
    else
        qCInfo(lcSsh) << "removed" << remotePath << "on" << m_context.target.displayName();
    return result;
}

} // namespace slp
