#include "SecretStore.h"

namespace slp {

QString SecretStore::checkReference(const QString &reference)
{
    constexpr qsizetype maxLength = 128;
    if (reference.isEmpty())
        return tr("The secret reference is empty.");
    if (reference.size() > maxLength)
        return tr("The secret reference is longer than %1 characters.").arg(maxLength);
    for (const QChar c : reference) {
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'.' || c == u'_' || c == u'-' || c == u'/' || c == u':' || c == u'@';
        if (!allowed)
            return tr("The secret reference \"%1\" contains '%2'; use letters, digits and . _ - / : @ only.")
                .arg(reference, QString(c));
    }
    return {};
}

SecretResult SecretStore::waitFor(QFuture<SecretResult> future)
{
    future.waitForFinished();
    if (future.isCanceled() || future.resultCount() == 0)
        return SecretResult::failure(SecretResult::Error::Other,
                                     tr("The secret store was closed before the operation finished."));
    return future.result();
}

QFuture<SecretResult> SecretStore::ready(SecretResult result)
{
    return QtFuture::makeReadyFuture(std::move(result));
}

SecretResult SecretStore::checkWrite(const QString &reference, const Secret &secret)
{
    if (const QString problem = checkReference(reference); !problem.isEmpty())
        return SecretResult::failure(SecretResult::Error::InvalidReference, problem);
    if (secret.isEmpty())
        return SecretResult::failure(
            SecretResult::Error::InvalidInput,
            tr("Refusing to store an empty secret for \"%1\"; remove it instead.").arg(reference));
    return SecretResult::success();
}

} // namespace slp
