#pragma once

#include "FormatResult.h"

#include <QString>
#include <QStringView>

namespace slp {

// The return code a router prints for `license smart reservation return local`: eight groups of six
// letters or digits and one group of three, separated by dashes.
struct SlrReturnCode
{
    static constexpr int groupCount = 9;

    QString text;

    static FormatResult<SlrReturnCode> parse(QStringView text);
};

} // namespace slp
