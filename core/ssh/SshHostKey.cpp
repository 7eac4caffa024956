#include "ssh/SshHostKey.h"

#include <QCryptographicHash>

namespace slp {

QString SshHostKey::fingerprintSha256() const
{
    const QByteArray digest = QCryptographicHash::hash(blob, QCryptographicHash::Sha256);
    return QLatin1String("SHA256:") + QString::fromLatin1(digest.toBase64(QByteArray::OmitTrailingEquals));
}

} // namespace slp
