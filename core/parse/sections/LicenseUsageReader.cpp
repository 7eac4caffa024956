#include "LicenseUsageReader.h"

#include "parse/TextMatch.h"

#include <QStringList>

namespace slp {

// The tag is the last parenthesised part: names may hold parentheses of their own.
bool LicenseUsageReader::isLicenseHeader(const KeyValueView &field)
{
    return field.hasColon && field.value.isEmpty() && field.key.endsWith(u')') && field.key.indexOf(u'(') > 0;
}

bool LicenseUsageReader::startLicense(const OutputLine &line, const KeyValueView &field)
{
    if (!isLicenseHeader(field))
        return false;
    const qsizetype open = field.key.lastIndexOf(u'(');
    LicenseUsage license;
    license.name = field.key.left(open).trimmed().toString();
    license.entitlementTag = field.key.mid(open + 1, field.key.size() - open - 2).trimmed().toString();
    m_target.append(license);
    m_headerLines.append(line.number);
    m_block = Block::License;
    m_lastText = nullptr;
    return true;
}

bool LicenseUsageReader::read(const OutputLine &line, const KeyValueView &field)
{
    if (startLicense(line, field))
        return true;
    if (m_target.isEmpty())
        return false;
    LicenseUsage &license = m_target.back();
    if (m_block == Block::PeerInfo && line.indent <= m_peerIndent)
        m_block = Block::HaInfo;
    if (m_block == Block::HaInfo && line.indent <= m_haIndent)
        m_block = Block::License;
    if (!field.hasColon)
        return continueText(line);
    switch (m_block) {
    case Block::PeerInfo:
        return readPeerField(line, field, license.haInfo->peers.back());
    case Block::HaInfo:
        return readHaField(line, field, *license.haInfo);
    case Block::License:
        break;
    }
    return readLicenseField(line, field, license);
}

bool LicenseUsageReader::readLicenseField(const OutputLine &line, const KeyValueView &field, LicenseUsage &license)
{
    const QStringView key = field.key;
    struct TextField
    {
        QLatin1String key;
        QString LicenseUsage::*member;
    };
    static const TextField textFields[] = {
        {QLatin1String("Description"), &LicenseUsage::description},
        {QLatin1String("Version"), &LicenseUsage::version},
        {QLatin1String("Status"), &LicenseUsage::status},
        {QLatin1String("Export status"), &LicenseUsage::exportStatus},
        {QLatin1String("Feature Name"), &LicenseUsage::featureName},
        {QLatin1String("Feature Description"), &LicenseUsage::featureDescription},
        {QLatin1String("Enforcement type"), &LicenseUsage::enforcementType},
        {QLatin1String("License type"), &LicenseUsage::licenseType},
    };
    m_lastText = nullptr;
    for (const TextField &textField : textFields) {
        if (text::equals(key, textField.key)) {
            license.*textField.member = ParseContext::text(field.value);
            m_lastText = &(license.*textField.member);
            m_lastTextIndent = line.indent;
            return true;
        }
    }
    if (text::equals(key, QLatin1String("Count"))) {
        license.count = m_context.integer(line, field.value, u"Count");
        return true;
    }
    if (text::equals(key, QLatin1String("Application HA Info")) && field.value.isEmpty()) {
        license.haInfo = LicenseHaInfo {};
        m_block = Block::HaInfo;
        m_haIndent = line.indent;
        return true;
    }
    license.otherFields.append({key.toString(), ParseContext::text(field.value)});
    m_lastText = &license.otherFields.back().value;
    m_lastTextIndent = line.indent;
    return true;
}

bool LicenseUsageReader::readHaField(const OutputLine &line, const KeyValueView &field, LicenseHaInfo &ha)
{
    const QStringView key = field.key;
    m_lastText = nullptr;
    if (text::equals(key, QLatin1String("Peer Info")) && field.value.isEmpty()) {
        ha.peers.append(LicenseHaPeer {});
        m_block = Block::PeerInfo;
        m_peerIndent = line.indent;
        return true;
    }
    if (text::equals(key, QLatin1String("Role")) || text::equals(key, QLatin1String("HA Role"))) {
        ha.role = ParseContext::text(field.value);
        return true;
    }
    if (text::equals(key, QLatin1String("Count"))) {
        ha.count = m_context.integer(line, field.value, u"the HA count");
        return true;
    }
    ha.otherFields.append({key.toString(), ParseContext::text(field.value)});
    return true;
}

bool LicenseUsageReader::readPeerField(const OutputLine &line, const KeyValueView &field, LicenseHaPeer &peer)
{
    const QStringView key = field.key;
    m_lastText = nullptr;
    if (text::equals(key, QLatin1String("UDI"))) {
        peer.udi = Udi::fromText(field.value);
        if (!peer.udi)
            m_context.addIssue(line.number,
                               QLatin1String("cannot read the peer UDI '") + field.value.toString()
                                   + QLatin1String("' (expected PID:<pid>,SN:<serial>)"));
        return true;
    }
    if (text::equals(key, QLatin1String("Role")) || text::equals(key, QLatin1String("HA Role"))) {
        peer.role = ParseContext::text(field.value);
        return true;
    }
    if (text::equals(key, QLatin1String("Count"))) {
        peer.count = m_context.integer(line, field.value, u"the peer count");
        return true;
    }
    peer.otherFields.append({key.toString(), ParseContext::text(field.value)});
    return true;
}

bool LicenseUsageReader::continueText(const OutputLine &line)
{
    if (!m_lastText || line.indent <= m_lastTextIndent)
        return false;
    if (!m_lastText->isEmpty())
        m_lastText->append(QLatin1Char(' '));
    m_lastText->append(line.text);
    return true;
}

void LicenseUsageReader::finish()
{
    for (qsizetype i = 0; i < m_target.size(); ++i) {
        const LicenseUsage &license = m_target.at(i);
        QStringList missing;
        if (!license.count)
            missing.append(QStringLiteral("Count"));
        if (license.status.isEmpty())
            missing.append(QStringLiteral("Status"));
        if (!missing.isEmpty())
            m_context.addIssue(m_headerLines.value(i),
                               QLatin1String("license '") + license.name + QLatin1String("' has no ")
                                   + missing.join(u" or ") + QLatin1String(" line (output cut short?)"));
    }
}

} // namespace slp
