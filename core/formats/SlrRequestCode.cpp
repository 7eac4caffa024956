#include "SlrRequestCode.h"

#include "CodeText.h"
#include "UdiFields.h"

namespace slp {

FormatResult<SlrRequestCode> SlrRequestCode::parse(QStringView text)
{
    using Result = FormatResult<SlrRequestCode>;
    QString error;
    const QStringView code = CodeText::prepare(text, QStringLiteral("request code"), &error);
    if (!error.isEmpty())
        return Result::failure(error);
    if (code.size() > 256)
        return Result::failure(
            QStringLiteral("request code is %1 characters long, far more than a request code").arg(code.size()));

    // From the right: the PID may itself contain dashes, the last two parts never do.
    const qsizetype checksumDash = code.lastIndexOf(u'-');
    const qsizetype nonceDash = checksumDash > 0 ? code.lastIndexOf(u'-', checksumDash - 1) : -1;
    const qsizetype versionDash = code.indexOf(u'-');
    if (nonceDash < 0 || versionDash >= nonceDash)
        return Result::failure(
            QStringLiteral("request code must look like C<version>-Z<PID>:<serial>-<9 characters>-<2 hex digits>"));

    SlrRequestCode request;
    request.text = code.toString();
    const QStringView prefix = code.left(versionDash);
    if (!prefix.startsWith(u'C') || prefix.size() < 2 || prefix.size() > 3
        || !CodeText::allOf(prefix.mid(1), CodeText::isAsciiLetter))
        return Result::failure(
            QStringLiteral("request code must start with C and a version of one or two letters (found \"%1\")")
                .arg(prefix.left(16)));
    request.version = prefix.mid(1).toString();

    const QStringView udiPart = code.mid(versionDash + 1, nonceDash - versionDash - 1);
    if (!udiPart.startsWith(u'Z'))
        return Result::failure(QStringLiteral("request code must have Z<PID>:<serial> after \"%1-\"").arg(prefix));
    const qsizetype colon = udiPart.indexOf(u':');
    if (colon < 0)
        return Result::failure(QStringLiteral("request code has no ':' between PID and serial number"));
    request.udi.pid = udiPart.mid(1, colon - 1).toString();
    request.udi.serial = udiPart.mid(colon + 1).toString();
    request.udi.text = request.udi.canonicalText();
    if (!UdiFields::isSafe(request.udi) || !CodeText::allOf(request.udi.serial, CodeText::isAsciiAlphanumeric))
        return Result::failure(
            QStringLiteral("request code holds no valid PID and serial number (found \"%1\")").arg(udiPart.mid(1)));

    const QStringView nonce = code.mid(nonceDash + 1, checksumDash - nonceDash - 1);
    if (nonce.size() != 9 || !CodeText::allOf(nonce, CodeText::isAsciiAlphanumeric))
        return Result::failure(QStringLiteral("request code part \"%1\" must be 9 letters or digits").arg(nonce));
    request.nonce = nonce.toString();

    const QStringView checksum = code.mid(checksumDash + 1);
    if (checksum.size() != 2 || !CodeText::allOf(checksum, CodeText::isHexDigit))
        return Result::failure(
            QStringLiteral("request code must end with 2 hexadecimal digits (found \"%1\")").arg(checksum));
    request.checksum = checksum.toString();
    return Result::success(std::move(request));
}

} // namespace slp
