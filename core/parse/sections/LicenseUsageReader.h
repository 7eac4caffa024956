#pragma once

#include "model/LicenseUsage.h"
#include "parse/ParseContext.h"

#include <QList>

namespace slp {

// The `NAME (TAG):` blocks of show license usage/all/status, with wrapped descriptions
// (a line without a key continues the previous text field) and nested `Application HA Info:` /
// `Peer Info:` blocks (which end where the indentation returns to the license's level).
class LicenseUsageReader
{
public:
    LicenseUsageReader(QList<LicenseUsage> &target, ParseContext &context)
        : m_target(target)
        , m_context(context)
    { }

    void begin() { m_block = Block::License; }
    // `ESS_100G_RTU_1 (ESS-SE-100G-RTU-1):`: the line that opens a license block.
    static bool isLicenseHeader(const KeyValueView &field);
    bool read(const OutputLine &line, const KeyValueView &field);
    // Notes licenses whose block was cut short (no Count or Status line).
    void finish();

private:
    enum class Block { License, HaInfo, PeerInfo };

    bool startLicense(const OutputLine &line, const KeyValueView &field);
    bool readLicenseField(const OutputLine &line, const KeyValueView &field, LicenseUsage &license);
    bool readHaField(const OutputLine &line, const KeyValueView &field, LicenseHaInfo &ha);
    bool readPeerField(const OutputLine &line, const KeyValueView &field, LicenseHaPeer &peer);
    bool continueText(const OutputLine &line);

    QList<LicenseUsage> &m_target;
    ParseContext &m_context;
    QList<int> m_headerLines;
    Block m_block = Block::License;
    int m_haIndent = 0;
    int m_peerIndent = 0;
    QString *m_lastText = nullptr; // the text field a wrapped line continues
    int m_lastTextIndent = 0; // a wrapped line is indented deeper than its field
};

} // namespace slp
