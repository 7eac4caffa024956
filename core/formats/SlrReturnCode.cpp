#include "SlrReturnCode.h"

#include "CodeText.h"

#include <QList>

namespace slp {

FormatResult<SlrReturnCode> SlrReturnCode::parse(QStringView text)
{
    using Result = FormatResult<SlrReturnCode>;
    QString error;
    const QStringView code = CodeText::prepare(text, QStringLiteral("return code"), &error);
    if (!error.isEmpty())
        return Result::failure(error);
    const QList<QStringView> groups = code.split(u'-');
    if (groups.size() != groupCount) {
        return Result::failure(QStringLiteral("return code must be 9 dash-separated groups (8 of 6 characters and "
                                              "one of 3), found %1 group(s)")
                                   .arg(groups.size()));
    }
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const qsizetype expected = i + 1 < groups.size() ? 6 : 3;
        if (groups.at(i).size() != expected || !CodeText::allOf(groups.at(i), CodeText::isAsciiAlphanumeric)) {
            return Result::failure(QStringLiteral("return code group %1 (\"%2\") must be %3 letters or digits")
                                       .arg(i + 1)
                                       .arg(groups.at(i).left(64))
                                       .arg(expected));
        }
    }
    return Result::success(SlrReturnCode {code.toString()});
}

} // namespace slp
