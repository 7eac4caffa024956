#include "SlrConfirmationCode.h"

#include "CodeText.h"

namespace slp {

FormatResult<SlrConfirmationCode> SlrConfirmationCode::parse(QStringView text)
{
    using Result = FormatResult<SlrConfirmationCode>;
    QString error;
    const QStringView code = CodeText::prepare(text, QStringLiteral("confirmation code"), &error);
    if (!error.isEmpty())
        return Result::failure(error);
    if (code.size() != 8 || !CodeText::allOf(code, CodeText::isHexDigit)) {
        return Result::failure(
            QStringLiteral("confirmation code \"%1\" must be 8 hexadecimal digits").arg(code.left(64)));
    }
    return Result::success(SlrConfirmationCode {code.toString()});
}

} // namespace slp
