#pragma once

#include "FormatResult.h"

#include <QString>
#include <QStringView>

namespace slp {

// The confirmation code a router prints after installing an authorization code: 8 hexadecimal digits.
struct SlrConfirmationCode
{
    QString text;

    static FormatResult<SlrConfirmationCode> parse(QStringView text);
};

} // namespace slp
