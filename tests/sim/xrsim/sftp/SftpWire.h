#pragma once

#include <QByteArray>
#include <optional>

namespace slp::xrsim::sftp {

// Big-endian SFTP (draft-ietf-secsh-filexfer-02, version 3) field reading and writing.
class WireReader
{
public:
    explicit WireReader(const QByteArray &data)
        : m_data(data)
    { }
    std::optional<quint32> u32();
    std::optional<quint64> u64();
    std::optional<quint8> u8();
    std::optional<QByteArray> string();
    bool atEnd() const { return m_position >= m_data.size(); }

private:
    const QByteArray &m_data;
    qsizetype m_position = 0;
};

class WireWriter
{
public:
    WireWriter &u8(quint8 value);
    WireWriter &u32(quint32 value);
    WireWriter &u64(quint64 value);
    WireWriter &string(const QByteArray &value);
    // The finished packet: length prefix + body.
    QByteArray packet() const;
    const QByteArray &body() const { return m_body; }

private:
    QByteArray m_body;
};

} // namespace slp::xrsim::sftp
