// libFuzzer entry: SLR authorization code reader and the request/return/confirmation code shapes.
#include "formats/SlrAuthorizationCodeReader.h"
#include "formats/SlrConfirmationCode.h"
#include "formats/SlrRequestCode.h"
#include "formats/SlrReturnCode.h"

#include <QByteArray>
#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)slp::SlrAuthorizationCodeReader::read(bytes);
    if (size <= 4096) {
        const QString text = QString::fromUtf8(bytes);
        (void)slp::SlrRequestCode::parse(text);
        (void)slp::SlrReturnCode::parse(text);
        (void)slp::SlrConfirmationCode::parse(text);
    }
    return 0;
}
