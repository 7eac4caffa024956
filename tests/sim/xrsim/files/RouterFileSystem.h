#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace slp::xrsim {

// A router's file systems (harddisk:, disk0:, disk1:, disk2:, bootflash:), each a folder below the router's
// state folder. Every path from the CLI or SFTP goes through here and is resolved lexically: ".." and
// anything outside the known file systems is refused, so nothing outside the router's folder is reachable.
class RouterFileSystem
{
public:
    explicit RouterFileSystem(QString root);

    static const QStringList &names(); // "harddisk:", ...
    static constexpr qint64 kCapacityBytes = 3391260LL * 1024;

    // A path as IOS XR commands take it: "/harddisk:/a.txt", "harddisk:/a.txt", "harddisk:a.txt" or "a.txt"
    // (on harddisk:). Returns the canonical IOS XR form ("harddisk:/a.txt") or nullopt with `error` set.
    std::optional<QString> canonicalCliPath(const QString &path, QString *error) const;

    // An absolute virtual path as SFTP sees it: "/" (the list of file systems), "/harddisk:", "/harddisk:/dir/f".
    // Relative paths are taken from "/harddisk:". Returns the normalized virtual path or nullopt.
    static std::optional<QString> normalizeVirtual(const QString &path);
    // Local path of a normalized virtual path; empty for "/" (which is virtual only).
    QString localPath(const QString &virtualPath) const;
    // Local path for a canonical CLI path ("harddisk:/a.txt").
    QString localPathForCli(const QString &cliPath) const;

    const QString &root() const { return m_root; }
    void ensureExists() const;
    // Bytes used by all files (for `dir` and the capacity check).
    qint64 usedBytes() const;

private:
    QString m_root;
};

} // namespace slp::xrsim
