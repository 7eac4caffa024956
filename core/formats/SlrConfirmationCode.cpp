#include "SlrConfirmationCode.h"

#include "CodeText.h"

namespace slp {

FormatResult<SlrConfirmationCode> SlrConfirmationCode::parse(QStringView text)
{
    using Result = FormatResult<SlrConfirmationCode>;
    const QStringView code = text.trimmed();
    if (code.isEmpty())
        return Result::failure(QStringLiteral("confirmation code is empty"));
    if (const QString error = CodeText::checkPrintable(code, QStringLiteral("confirmation code")); !error.isEmpty())
        return Result::failure(error);
    if (code.size() != 8 || !CodeText::allOf(code, CodeText::isHexDigit)) {
        return Result::failure(
            QStringLiteral("confirmation code \"%1\" must be 8 hexadecimal digits").arg(code.left(64)));
    }
    return Result::success(SlrConfirmationCode {code.toString()});
}

} // namespace slp
