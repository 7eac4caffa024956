#pragma once

#include "AccountReader.h"
#include "GeneralSectionsReader.h"
#include "LegacyRegistrationReader.h"
#include "LicenseUsageReader.h"
#include "PolicyReader.h"
#include "ProductInfoReader.h"
#include "ReportSummaryReader.h"
#include "Section.h"
#include "TransportReader.h"
#include "TrustReader.h"
#include "UdiAuthorizationReader.h"
#include "UsageReportingReader.h"
#include "model/LicenseAll.h"
#include "parse/ParseContext.h"
#include "parse/ShowCommand.h"

namespace slp {

// Reads the section-structured outputs (show license status / all / usage / udi) into a LicenseAll.
// Sections are found by their header words, not by indentation. A section the command does not
// print, or an unknown one, is kept unparsed and noted once; unknown `Key: value` lines of status
// sections go to LicenseStatus::otherFields; anything else not understood is kept and noted.
class LicenseTextReader
{
public:
    LicenseTextReader(LicenseAll &target, ParseContext &context, ShowCommand command, SectionSet expected,
                      Section initial);

    void read(const NormalisedOutput &output);
    bool hasSeen(SectionSet sections) const;

    // Reads `output` as `command` (which prints the `expected` sections, starting in `initial`) into
    // `target`; true when one of the `recognisedBy` sections was found.
    static bool readInto(const NormalisedOutput &output, ParseContext &context, ShowCommand command,
                         SectionSet expected, Section initial, SectionSet recognisedBy, LicenseAll &target);

    // The sections each command prints.
    static SectionSet statusSections();
    static SectionSet allSections();

private:
    void readLine(const OutputLine &line);
    void openSection(Section section, const OutputLine &line, const KeyValueView &field);
    bool readInSection(const OutputLine &line, const KeyValueView &field);
    bool readAnywhere(const OutputLine &line, const KeyValueView &field);

    LicenseAll &m_target;
    ParseContext &m_context;
    ShowCommand m_command;
    SectionSet m_expected;
    Section m_section;
    QList<Section> m_seen;

    GeneralSectionsReader m_general;
    AccountReader m_account;
    TransportReader m_transport;
    PolicyReader m_policy;
    UsageReportingReader m_usageReporting;
    TrustReader m_trust;
    LegacyRegistrationReader m_legacy;
    LicenseUsageReader m_licenses;
    ProductInfoReader m_product;
    UdiAuthorizationReader m_authorizations;
    ReportSummaryReader m_reportSummary;
};

} // namespace slp
