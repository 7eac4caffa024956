#pragma once

#include "files/RouterFileSystem.h"

#include <QByteArray>
#include <QFile>
#include <QFileInfoList>
#include <functional>
#include <map>
#include <memory>

namespace slp::xrsim {

namespace sftp {
class WireReader;
class WireWriter;
} // namespace sftp

// An SFTP version 3 server for one channel, over a router's file systems. Paths are IOS XR style
// ("/harddisk:/usage.txt"); "/" lists the file systems; every path goes through RouterFileSystem, which
// refuses ".." and anything outside them, so a client can never reach past the router's folder.
// Pure protocol: bytes in, bytes out; the channel handler moves them.
class SftpServer
{
public:
    // `diskFull` is asked before every write (the router's full-disk fault).
    SftpServer(RouterFileSystem files, std::function<bool()> diskFull);
    ~SftpServer();

    // Feeds received bytes; returns the replies to send.
    QByteArray feed(const QByteArray &bytes);
    // A malformed stream: the channel should close.
    bool failed() const { return m_failed; }

private:
    struct Handle
    {
        std::unique_ptr<QFile> file;
        QString virtualPath;
        QFileInfoList entries; // directory handles
        QStringList virtualNames;
        bool directory = false;
        bool listed = false;
    };

    QByteArray handlePacket(const QByteArray &packet);
    QByteArray status(quint32 id, quint32 code, const QString &message) const;
    QByteArray attrs(quint32 id, const QString &virtualPath) const;
    QByteArray open(quint32 id, sftp::WireReader &reader);
    QByteArray read(quint32 id, sftp::WireReader &reader);
    QByteArray write(quint32 id, sftp::WireReader &reader);
    QByteArray openDirectory(quint32 id, sftp::WireReader &reader);
    QByteArray readDirectory(quint32 id, sftp::WireReader &reader);
    QByteArray realPath(quint32 id, sftp::WireReader &reader);
    QByteArray pathOperation(quint8 type, quint32 id, sftp::WireReader &reader);
    Handle *handle(const QByteArray &name);
    // Registers an open file or directory and answers with its handle.
    QByteArray newHandle(quint32 id, Handle handle);
    // Resolves a client path to its normalized virtual form; nullopt when it escapes.
    std::optional<QString> resolve(const QByteArray &path) const;

    RouterFileSystem m_files;
    std::function<bool()> m_diskFull;
    QByteArray m_buffer;
    std::map<QByteArray, Handle> m_handles;
    quint32 m_nextHandle = 1;
    bool m_failed = false;
};

} // namespace slp::xrsim
