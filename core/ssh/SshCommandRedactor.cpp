#include "ssh/SshCommandRedactor.h"

#include <QStringList>

namespace slp {

QString SshCommandRedactor::forDisplay(const QString &command)
{
    static const QStringList secretKeywords {QStringLiteral("idtoken"), QStringLiteral("password"),
                                             QStringLiteral("secret")};
    QStringList words = command.split(u' ');
    bool redactNext = false;
    for (QString &word : words) {
        if (word.isEmpty())
            continue;
        if (redactNext) {
            word = QStringLiteral("<redacted>");
            redactNext = false;
            continue;
        }
        redactNext = secretKeywords.contains(word, Qt::CaseInsensitive);
    }
    return words.join(u' ');
}

} // namespace slp
