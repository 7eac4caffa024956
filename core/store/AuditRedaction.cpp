#include "AuditRedaction.h"

#include <QRegularExpression>

namespace slp {

QString redactCommand(const QString &command)
{
    // Keyword, an optional IOS encryption-type digit (`password 7 ...`), then the secret itself.
    static const QRegularExpression secretArgument(
        QStringLiteral(R"((\b(?:idtoken|password|secret)\s+(?:\d\s+)?)(\S+))"),
        QRegularExpression::CaseInsensitiveOption);
    QString redacted = command;
    redacted.replace(secretArgument, QStringLiteral("\\1<redacted>"));
    return redacted;
}

} // namespace slp
