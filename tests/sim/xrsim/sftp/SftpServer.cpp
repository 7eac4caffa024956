#include "SftpServer.h"

#include "SftpWire.h"

#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QTimeZone>

namespace slp::xrsim {

using sftp::WireReader;
using sftp::WireWriter;

namespace {

enum PacketType : quint8 {
    Init = 1,
    Version = 2,
    Open = 3,
    Close = 4,
    Read = 5,
    Write = 6,
    Lstat = 7,
    Fstat = 8,
    Setstat = 9,
    Fsetstat = 10,
    Opendir = 11,
    Readdir = 12,
    Remove = 13,
    Mkdir = 14,
    Rmdir = 15,
    Realpath = 16,
    Stat = 17,
    Rename = 18,
    Readlink = 19,
    Symlink = 20,
    StatusReply = 101,
    HandleReply = 102,
    DataReply = 103,
    NameReply = 104,
    AttrsReply = 105,
};

enum StatusCode : quint32 {
    Ok = 0,
    Eof = 1,
    NoSuchFile = 2,
    PermissionDenied = 3,
    Failure = 4,
    BadMessage = 5,
    OpUnsupported = 8
};

enum OpenFlags : quint32 {
    FlagRead = 1,
    FlagWrite = 2,
    FlagAppend = 4,
    FlagCreate = 8,
    FlagTruncate = 0x10,
    FlagExclusive = 0x20
};

constexpr quint32 kAttrSize = 1;
constexpr quint32 kAttrUidGid = 2;
constexpr quint32 kAttrPermissions = 4;
constexpr quint32 kAttrTimes = 8;
constexpr quint32 kMaxPacket = 256 * 1024;
constexpr quint32 kMaxRead = 64 * 1024;
constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;
constexpr int kMaxHandles = 64;

void writeAttributes(WireWriter &writer, bool directory, qint64 size, qint64 modified)
{
    writer.u32(kAttrSize | kAttrUidGid | kAttrPermissions | kAttrTimes);
    writer.u64(static_cast<quint64>(size));
    writer.u32(0).u32(0);
    writer.u32(directory ? 040755 : 0100644);
    writer.u32(static_cast<quint32>(modified)).u32(static_cast<quint32>(modified));
}

QByteArray longName(const QString &name, bool directory, qint64 size, qint64 modified)
{
    const QString date = QLocale::c().toString(QDateTime::fromSecsSinceEpoch(modified, QTimeZone::utc()),
                                               QStringLiteral("MMM dd hh:mm"));
    return QStringLiteral("%1    1 0        0        %2 %3 %4")
        .arg(directory ? QStringLiteral("drwxr-xr-x") : QStringLiteral("-rw-r--r--"))
        .arg(size, 8)
        .arg(date, name)
        .toUtf8();
}

} // namespace

SftpServer::SftpServer(RouterFileSystem files, std::function<bool()> diskFull)
    : m_files(std::move(files))
    , m_diskFull(std::move(diskFull))
{
    m_files.ensureExists();
}

SftpServer::~SftpServer() = default;

QByteArray SftpServer::feed(const QByteArray &bytes)
{
    m_buffer.append(bytes);
    QByteArray replies;
    while (!m_failed && m_buffer.size() >= 4) {
        WireReader header(m_buffer);
        const quint32 length = *header.u32();
        if (length == 0 || length > kMaxPacket) {
            m_failed = true;
            break;
        }
        if (static_cast<quint64>(m_buffer.size()) < 4ULL + length)
            break;
        const QByteArray packet = m_buffer.mid(4, length);
        m_buffer.remove(0, 4 + length);
        replies += handlePacket(packet);
    }
    return replies;
}

QByteArray SftpServer::status(quint32 id, quint32 code, const QString &message) const
{
    WireWriter writer;
    writer.u8(StatusReply).u32(id).u32(code).string(message.toUtf8()).string("en");
    return writer.packet();
}

std::optional<QString> SftpServer::resolve(const QByteArray &path) const
{
    return RouterFileSystem::normalizeVirtual(QString::fromUtf8(path));
}

SftpServer::Handle *SftpServer::handle(const QByteArray &name)
{
    const auto it = m_handles.find(name);
    return it == m_handles.end() ? nullptr : &it->second;
}

QByteArray SftpServer::newHandle(quint32 id, Handle handle)
{
    if (m_handles.size() >= kMaxHandles)
        return status(id, Failure, QStringLiteral("Too many open files"));
    const QByteArray name = QByteArray::number(m_nextHandle++);
    m_handles.emplace(name, std::move(handle));
    WireWriter writer;
    writer.u8(HandleReply).u32(id).string(name);
    return writer.packet();
}

QByteArray SftpServer::attrs(quint32 id, const QString &virtualPath) const
{
    WireWriter writer;
    writer.u8(AttrsReply).u32(id);
    if (virtualPath == QLatin1String("/")) {
        writeAttributes(writer, true, 4096, 0);
        return writer.packet();
    }
    const QFileInfo info(m_files.localPath(virtualPath));
    if (!info.exists())
        return status(id, NoSuchFile, QStringLiteral("No such file"));
    writeAttributes(writer, info.isDir(), info.isDir() ? 4096 : info.size(), info.lastModified().toSecsSinceEpoch());
    return writer.packet();
}

QByteArray SftpServer::handlePacket(const QByteArray &packet)
{
    WireReader reader(packet);
    const quint8 type = *reader.u8();
    if (type == Init) {
        WireWriter writer;
        writer.u8(Version).u32(3);
        return writer.packet();
    }
    const auto id = reader.u32();
    if (!id) {
        m_failed = true;
        return {};
    }
    switch (type) {
    case Open:
        return open(*id, reader);
    case Close: {
        const auto name = reader.string();
        if (!name || m_handles.erase(*name) == 0)
            return status(*id, Failure, QStringLiteral("Invalid handle"));
        return status(*id, Ok, QStringLiteral("Success"));
    }
    case Read:
        return read(*id, reader);
    case Write:
        return write(*id, reader);
    case Fstat: {
        const auto name = reader.string();
        Handle *entry = name ? handle(*name) : nullptr;
        return entry ? attrs(*id, entry->virtualPath) : status(*id, Failure, QStringLiteral("Invalid handle"));
    }
    case Setstat:
    case Fsetstat:
        // Permissions and times are the router's business: accepted and ignored, as on IOS XR.
        return status(*id, Ok, QStringLiteral("Success"));
    case Opendir:
        return openDirectory(*id, reader);
    case Readdir:
        return readDirectory(*id, reader);
    case Realpath:
        return realPath(*id, reader);
    case Lstat:
    case Stat:
    case Remove:
    case Mkdir:
    case Rmdir:
    case Rename:
        return pathOperation(type, *id, reader);
    case Readlink:
    case Symlink:
    default:
        return status(*id, OpUnsupported, QStringLiteral("Operation unsupported"));
    }
}

QByteArray SftpServer::realPath(quint32 id, WireReader &reader)
{
    const auto path = reader.string();
    if (!path)
        return status(id, BadMessage, QStringLiteral("Bad message"));
    // The session starts on harddisk:, like an IOS XR shell.
    const QByteArray requested = path->isEmpty() || *path == "." ? QByteArray("/harddisk:") : *path;
    const auto resolved = resolve(requested);
    if (!resolved)
        return status(id, NoSuchFile, QStringLiteral("No such file"));
    WireWriter writer;
    writer.u8(NameReply).u32(id).u32(1).string(resolved->toUtf8()).string(resolved->toUtf8());
    writeAttributes(writer, true, 4096, 0);
    return writer.packet();
}

QByteArray SftpServer::open(quint32 id, WireReader &reader)
{
    const auto path = reader.string();
    const auto flags = reader.u32();
    if (!path || !flags)
        return status(id, BadMessage, QStringLiteral("Bad message"));
    const auto resolved = resolve(*path);
    if (!resolved || resolved->count(QLatin1Char('/')) < 2)
        return status(id, PermissionDenied, QStringLiteral("Permission denied"));
    const QString local = m_files.localPath(*resolved);
    const bool writing = (*flags & (FlagWrite | FlagAppend)) != 0;
    if (writing && m_diskFull())
        return status(id, Failure, QStringLiteral("No space left on device"));
    if ((*flags & FlagExclusive) && QFileInfo::exists(local))
        return status(id, Failure, QStringLiteral("File exists"));
    if (!(*flags & FlagCreate) && !QFileInfo::exists(local))
        return status(id, NoSuchFile, QStringLiteral("No such file"));
    if (QFileInfo(local).isDir())
        return status(id, Failure, QStringLiteral("Is a directory"));
    QIODevice::OpenMode mode = QIODevice::Unbuffered;
    if (*flags & FlagRead)
        mode |= QIODevice::ReadOnly;
    if (writing)
        mode |= QIODevice::WriteOnly;
    if (*flags & FlagTruncate)
        mode |= QIODevice::Truncate;
    if (*flags & FlagAppend)
        mode |= QIODevice::Append;
    auto file = std::make_unique<QFile>(local);
    if (!file->open(mode))
        return status(id, PermissionDenied, file->errorString());
    return newHandle(id, Handle {std::move(file), *resolved, {}, {}, false, false});
}

QByteArray SftpServer::read(quint32 id, WireReader &reader)
{
    const auto name = reader.string();
    const auto offset = reader.u64();
    const auto length = reader.u32();
    Handle *entry = name ? handle(*name) : nullptr;
    if (!entry || !offset || !length || entry->directory)
        return status(id, Failure, QStringLiteral("Invalid handle"));
    if (*offset >= static_cast<quint64>(entry->file->size()))
        return status(id, Eof, QStringLiteral("End of file"));
    entry->file->seek(static_cast<qint64>(*offset));
    const QByteArray data = entry->file->read(std::min(*length, kMaxRead));
    WireWriter writer;
    writer.u8(DataReply).u32(id).string(data);
    return writer.packet();
}

QByteArray SftpServer::write(quint32 id, WireReader &reader)
{
    const auto name = reader.string();
    const auto offset = reader.u64();
    const auto data = reader.string();
    Handle *entry = name ? handle(*name) : nullptr;
    if (!entry || !offset || !data || entry->directory || !entry->file->isWritable())
        return status(id, Failure, QStringLiteral("Invalid handle"));
    if (m_diskFull() || *offset + static_cast<quint64>(data->size()) > static_cast<quint64>(kMaxFileBytes)
        || m_files.usedBytes() + data->size() > RouterFileSystem::kCapacityBytes)
        return status(id, Failure, QStringLiteral("No space left on device"));
    if (!entry->file->seek(static_cast<qint64>(*offset)) || entry->file->write(*data) != data->size())
        return status(id, Failure, entry->file->errorString());
    return status(id, Ok, QStringLiteral("Success"));
}

QByteArray SftpServer::openDirectory(quint32 id, WireReader &reader)
{
    const auto path = reader.string();
    const auto resolved = path ? resolve(*path) : std::nullopt;
    if (!resolved)
        return status(id, NoSuchFile, QStringLiteral("No such file"));
    Handle entry;
    entry.directory = true;
    entry.virtualPath = *resolved;
    if (*resolved == QLatin1String("/")) {
        entry.virtualNames = RouterFileSystem::names();
    } else {
        const QDir directory(m_files.localPath(*resolved));
        if (!directory.exists())
            return status(id, NoSuchFile, QStringLiteral("No such file"));
        entry.entries = directory.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    }
    return newHandle(id, std::move(entry));
}

QByteArray SftpServer::readDirectory(quint32 id, WireReader &reader)
{
    const auto name = reader.string();
    Handle *entry = name ? handle(*name) : nullptr;
    if (!entry || !entry->directory)
        return status(id, Failure, QStringLiteral("Invalid handle"));
    if (entry->listed)
        return status(id, Eof, QStringLiteral("End of file"));
    entry->listed = true;
    WireWriter writer;
    writer.u8(NameReply).u32(id);
    if (!entry->virtualNames.isEmpty()) {
        writer.u32(static_cast<quint32>(entry->virtualNames.size()));
        for (const QString &fileSystem : std::as_const(entry->virtualNames)) {
            writer.string(fileSystem.toUtf8()).string(longName(fileSystem, true, 4096, 0));
            writeAttributes(writer, true, 4096, 0);
        }
        return writer.packet();
    }
    writer.u32(static_cast<quint32>(entry->entries.size()));
    for (const QFileInfo &info : std::as_const(entry->entries)) {
        const qint64 size = info.isDir() ? 4096 : info.size();
        const qint64 modified = info.lastModified().toSecsSinceEpoch();
        writer.string(info.fileName().toUtf8()).string(longName(info.fileName(), info.isDir(), size, modified));
        writeAttributes(writer, info.isDir(), size, modified);
    }
    return writer.packet();
}

QByteArray SftpServer::pathOperation(quint8 type, quint32 id, WireReader &reader)
{
    const auto path = reader.string();
    const auto resolved = path ? resolve(*path) : std::nullopt;
    if (!resolved)
        return status(id, type == Stat || type == Lstat ? NoSuchFile : PermissionDenied,
                      type == Stat || type == Lstat ? QStringLiteral("No such file")
                                                    : QStringLiteral("Permission denied"));
    if (type == Stat || type == Lstat)
        return attrs(id, *resolved);
    // The file system roots themselves cannot be changed.
    if (resolved->count(QLatin1Char('/')) < 2)
        return status(id, PermissionDenied, QStringLiteral("Permission denied"));
    const QString local = m_files.localPath(*resolved);
    bool ok = false;
    switch (type) {
    case Remove:
        ok = QFileInfo(local).isFile() && QFile::remove(local);
        break;
    case Mkdir:
        ok = !m_diskFull() && QDir().mkdir(local);
        break;
    case Rmdir:
        ok = QDir().rmdir(local);
        break;
    case Rename: {
        const auto target = reader.string();
        const auto resolvedTarget = target ? resolve(*target) : std::nullopt;
        if (!resolvedTarget || resolvedTarget->count(QLatin1Char('/')) < 2)
            return status(id, PermissionDenied, QStringLiteral("Permission denied"));
        ok = !QFileInfo::exists(m_files.localPath(*resolvedTarget))
            && QFile::rename(local, m_files.localPath(*resolvedTarget));
        break;
    }
    default:
        break;
    }
    return ok ? status(id, Ok, QStringLiteral("Success")) : status(id, Failure, QStringLiteral("Failure"));
}

} // namespace slp::xrsim
