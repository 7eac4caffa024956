#pragma once

#include "AccountBook.h"
#include "LabKeys.h"

#include <QString>

namespace slp::cssmsim {

// `cssmsim ack-bundle IN OUT`: what uploading UD_SA_<ts>.tar.gz to CSSM's web page and downloading the
// ACK bundle does (docs/formats.md, "Offline bundles"). Every report is verified like an online one.
class AckBundleTool
{
public:
    AckBundleTool(const LabKeys &keys, AccountBook &book);

    // Empty on success, else what was wrong and where (a member name, a report id).
    QString run(const QString &inputPath, const QString &outputPath);

private:
    const LabKeys &m_keys;
    AccountBook &m_book;
};

} // namespace slp::cssmsim
