#include "TlsProblem.h"

#include <QStringList>

namespace slp {

namespace {

QString problemText(const QSslError &error, const QString &host, const QSslCertificate &certificate)
{
    switch (error.error()) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return QStringLiteral("untrusted issuer (%1; add the issuing CA to the CA bundle if it is yours)")
            .arg(error.errorString());
    case QSslError::CertificateExpired:
        return QStringLiteral("certificate expired on %1").arg(certificate.expiryDate().toUTC().toString(Qt::ISODate));
    case QSslError::CertificateNotYetValid:
        return QStringLiteral("certificate not valid before %1")
            .arg(certificate.effectiveDate().toUTC().toString(Qt::ISODate));
    case QSslError::HostNameMismatch: {
        QStringList names = certificate.subjectInfo(QSslCertificate::CommonName);
        const auto alternates = certificate.subjectAlternativeNames();
        for (auto it = alternates.cbegin(); it != alternates.cend(); ++it) {
            if (!names.contains(it.value()))
                names.append(it.value());
        }
        return QStringLiteral("CN/SAN does not match the host %1 (the certificate names %2)")
            .arg(host, names.isEmpty() ? QStringLiteral("no host") : names.join(QStringLiteral(", ")));
    }
    default:
        return error.errorString();
    }
}

} // namespace

QString TlsProblem::fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QString TlsProblem::subject(const QSslCertificate &certificate)
{
    QStringList parts;
    for (const QByteArray &attribute : certificate.subjectInfoAttributes()) {
        for (const QString &value : certificate.subjectInfo(attribute))
            parts.append(QString::fromLatin1(attribute) + QLatin1Char('=') + value);
    }
    return parts.join(QStringLiteral(", "));
}

QString TlsProblem::describe(const QString &host, const QList<QSslError> &errors, const QSslCertificate &peer)
{
    QSslCertificate certificate = peer;
    QStringList problems;
    for (const QSslError &error : errors) {
        if (certificate.isNull())
            certificate = error.certificate();
        const QString text = problemText(error, host, error.certificate().isNull() ? certificate : error.certificate());
        if (!problems.contains(text))
            problems.append(text);
    }
    if (problems.isEmpty())
        problems.append(QStringLiteral("the TLS handshake failed"));
    QString message
        = QStringLiteral("The certificate of %1 was refused: %2.").arg(host, problems.join(QStringLiteral("; ")));
    if (!certificate.isNull()) {
        message += QStringLiteral(" Certificate subject: %1; SHA-256 fingerprint: %2")
                       .arg(subject(certificate), fingerprint(certificate));
    }
    return message;
}

} // namespace slp
