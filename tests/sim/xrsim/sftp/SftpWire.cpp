#include "SftpWire.h"

namespace slp::xrsim::sftp {

std::optional<quint8> WireReader::u8()
{
    if (m_position + 1 > m_data.size())
        return std::nullopt;
    return static_cast<quint8>(m_data.at(m_position++));
}

std::optional<quint32> WireReader::u32()
{
    if (m_position + 4 > m_data.size())
        return std::nullopt;
    quint32 value = 0;
    for (int i = 0; i < 4; ++i)
        value = (value << 8) | static_cast<quint8>(m_data.at(m_position++));
    return value;
}

std::optional<quint64> WireReader::u64()
{
    const auto high = u32();
    const auto low = u32();
    if (!high || !low)
        return std::nullopt;
    return (static_cast<quint64>(*high) << 32) | *low;
}

std::optional<QByteArray> WireReader::string()
{
    const auto length = u32();
    if (!length || *length > static_cast<quint64>(m_data.size() - m_position))
        return std::nullopt;
    const QByteArray value = m_data.mid(m_position, *length);
    m_position += *length;
    return value;
}

WireWriter &WireWriter::u8(quint8 value)
{
    m_body.append(static_cast<char>(value));
    return *this;
}

WireWriter &WireWriter::u32(quint32 value)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        m_body.append(static_cast<char>((value >> shift) & 0xff));
    return *this;
}

WireWriter &WireWriter::u64(quint64 value)
{
    u32(static_cast<quint32>(value >> 32));
    return u32(static_cast<quint32>(value & 0xffffffffu));
}

WireWriter &WireWriter::string(const QByteArray &value)
{
    u32(static_cast<quint32>(value.size()));
    m_body.append(value);
    return *this;
}

QByteArray WireWriter::packet() const
{
    WireWriter framed;
    framed.u32(static_cast<quint32>(m_body.size()));
    QByteArray result = framed.m_body;
    result.append(m_body);
    return result;
}

} // namespace slp::xrsim::sftp
