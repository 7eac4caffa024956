#include "TransportReader.h"

#include "parse/TextMatch.h"

namespace slp {

namespace {

// `Not Configured`; the guide even shows it cut to `Not Configure`.
bool isNotConfigured(QStringView text)
{
    return text::startsWith(text, QLatin1String("Not Configure"));
}

bool isNotSupported(QStringView text)
{
    return text::startsWith(text, QLatin1String("Not Supported"));
}

} // namespace

bool TransportReader::read(const OutputLine &line, const KeyValueView &field)
{
    if (m_block == Block::Proxy && readProxy(line, field))
        return true;
    if (m_block == Block::Vrf && readVrf(field))
        return true;
    m_block = Block::Top;
    return readTop(line, field);
}

bool TransportReader::readTop(const OutputLine &line, const KeyValueView &field)
{
    const QStringView key = field.key;
    if (!field.hasColon)
        return false;
    if (text::equals(key, QLatin1String("Type"))) {
        m_target.typeText = field.value.toString();
        m_target.type = transportTypeFromText(field.value);
        if (m_target.type == TransportType::Unknown)
            m_context.addIssue(line.number,
                               QLatin1String("unknown transport type '") + m_target.typeText
                                   + QLatin1String("' (expected cslu, Smart, Callhome or off)"));
        return true;
    }
    if (text::equals(key, QLatin1String("Cslu address")) || text::equals(key, QLatin1String("CSLU URL"))) {
        m_target.csluAddress = ParseContext::text(field.value);
        return true;
    }
    if (text::equals(key, QLatin1String("URL")) || text::equals(key, QLatin1String("Smart URL"))
        || text::equals(key, QLatin1String("Callhome URL"))) {
        m_target.url = ParseContext::text(field.value);
        return true;
    }
    if (text::equals(key, QLatin1String("Proxy"))) {
        if (field.value.isEmpty())
            m_block = Block::Proxy;
        else
            setProxyFromOneLine(line, field.value);
        return true;
    }
    if (text::equals(key, QLatin1String("VRF"))) {
        if (field.value.isEmpty())
            m_block = Block::Vrf;
        else
            setVrfFromOneLine(field.value);
        return true;
    }
    if (text::equals(key, QLatin1String("Server Identity Check"))) {
        m_target.serverIdentityCheck = m_context.flag(line, field.value, key);
        return true;
    }
    return false;
}

bool TransportReader::readProxy(const OutputLine &line, const KeyValueView &field)
{
    if (!field.hasColon && isNotConfigured(field.key)) {
        m_target.proxyHost.reset();
        m_target.proxyPort.reset();
        return true;
    }
    const QStringView key = field.key;
    if (text::equals(key, QLatin1String("Address")) || text::equals(key, QLatin1String("Host"))
        || text::equals(key, QLatin1String("Hostname"))) {
        if (text::isNoValue(field.value))
            m_target.proxyHost.reset();
        else
            m_target.proxyHost = field.value.toString();
        return true;
    }
    if (text::equals(key, QLatin1String("Port"))) {
        m_target.proxyPort = m_context.integer(line, field.value, u"the proxy port");
        return true;
    }
    // Credentials are read past and never kept.
    return text::equals(key, QLatin1String("Username")) || text::equals(key, QLatin1String("Password"));
}

bool TransportReader::readVrf(const KeyValueView &field)
{
    if (field.hasColon)
        return false;
    setVrfFromOneLine(field.key);
    m_block = Block::Top; // the VRF block holds one line
    return true;
}

void TransportReader::setProxyFromOneLine(const OutputLine &line, QStringView value)
{
    if (isNotConfigured(value) || text::isNoValue(value)) {
        m_target.proxyHost.reset();
        m_target.proxyPort.reset();
        return;
    }
    // `proxy.example.com:80`, `proxy.example.com port 80` or just the host.
    qsizetype portAt = value.indexOf(QLatin1String(" port "), 0, Qt::CaseInsensitive);
    qsizetype portLength = 6;
    if (portAt < 0) {
        portAt = value.lastIndexOf(u':');
        portLength = 1;
    }
    if (portAt > 0) {
        m_target.proxyHost = value.left(portAt).trimmed().toString();
        m_target.proxyPort = m_context.integer(line, value.mid(portAt + portLength), u"the proxy port");
    } else {
        m_target.proxyHost = value.toString();
    }
}

void TransportReader::setVrfFromOneLine(QStringView value)
{
    if (isNotSupported(value)) {
        m_target.vrfSupported = false;
        m_target.vrf.reset();
    } else if (isNotConfigured(value) || text::isNoValue(value)) {
        m_target.vrf.reset();
    } else {
        m_target.vrf = value.toString();
    }
}

} // namespace slp
