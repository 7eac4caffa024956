#pragma once

#include "NormalisedOutput.h"
#include "ShowCommand.h"

#include <QString>
#include <QStringView>

namespace slp {

// Tells, from the text alone, which `show license ...` command produced it. A command echo
// (`Router# show license usage`) decides, except that an echo of `show license status` over text
// holding show license all sections gives All (the superset keeps every section). Classic IOS
// licensing output is reported as Status with classicIos set, so callers can refuse it clearly.
class CommandDetector
{
public:
    struct Detection
    {
        ShowCommand command = ShowCommand::Unknown;
        bool classicIos = false;
        QString reason; // one sentence: what gave it away
    };

    static Detection detect(QStringView text);
    static Detection detect(const NormalisedOutput &output);
};

} // namespace slp
