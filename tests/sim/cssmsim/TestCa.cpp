#include "TestCa.h"

#include <QHostAddress>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace slp::cssmsim {

namespace {

constexpr long kDay = 24L * 3600L;

struct KeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct CertDeleter
{
    void operator()(X509 *cert) const { X509_free(cert); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, KeyDeleter>;
using CertPtr = std::unique_ptr<X509, CertDeleter>;

QString openSslError(const char *what)
{
    const unsigned long code = ERR_get_error();
    char text[256] = {};
    ERR_error_string_n(code, text, sizeof text);
    return QStringLiteral("%1: %2").arg(QLatin1String(what), QLatin1String(text));
}

KeyPtr newKey()
{
    return KeyPtr(EVP_EC_gen("P-256"));
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value.constData());
    if (!extension)
        return false;
    const bool added = X509_add_ext(cert, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

// A certificate for `subjectKey` named `commonName`, signed by `signerKey` (issuer name taken from
// `issuer`, or the subject itself when issuer is null); signed later, once its extensions are in.
CertPtr makeCertificate(EVP_PKEY *subjectKey, const QString &commonName, X509 *issuer, long notBeforeOffset,
                        long notAfterOffset)
{
    CertPtr cert(X509_new());
    if (!cert)
        return {};
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *serialNumber = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(serialNumber, X509_get_serialNumber(cert.get()));
    BN_free(serialNumber);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), notBeforeOffset);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), notAfterOffset);
    X509_set_pubkey(cert.get(), subjectKey);
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("cssmsim"), -1, -1, 0);
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()), -1,
                               -1, 0);
    X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : name);
    return cert;
}

QByteArray certificatePem(X509 *cert)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, cert);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, static_cast<qsizetype>(length));
    BIO_free(bio);
    return pem;
}

QByteArray privateKeyPem(EVP_PKEY *key)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, static_cast<qsizetype>(length));
    BIO_free(bio);
    return pem;
}

QByteArray subjectAltName(const QString &host)
{
    QHostAddress address;
    if (address.setAddress(host))
        return "IP:" + host.toLatin1();
    return "DNS:" + host.toLatin1();
}

} // namespace

struct TestCa::Keys
{
    KeyPtr caKey;
    CertPtr caCert;
};

TestCa::TestCa() = default;
TestCa::~TestCa() = default;

QString TestCa::generate()
{
    auto keys = std::make_unique<Keys>();
    keys->caKey = newKey();
    if (!keys->caKey)
        return openSslError("CA key");
    keys->caCert = makeCertificate(keys->caKey.get(), QStringLiteral("cssmsim test CA"), nullptr, -kDay, 30 * kDay);
    if (!keys->caCert
        || !addExtension(keys->caCert.get(), keys->caCert.get(), NID_basic_constraints, "critical,CA:TRUE")
        || !addExtension(keys->caCert.get(), keys->caCert.get(), NID_key_usage, "critical,keyCertSign,cRLSign")
        || !addExtension(keys->caCert.get(), keys->caCert.get(), NID_subject_key_identifier, "hash")
        || X509_sign(keys->caCert.get(), keys->caKey.get(), EVP_sha256()) == 0)
        return openSslError("CA certificate");
    m_keys = std::move(keys);
    return {};
}

QByteArray TestCa::caCertificatePem() const
{
    return m_keys ? certificatePem(m_keys->caCert.get()) : QByteArray();
}

TestCa::Issued TestCa::issue(const QString &host, Kind kind, QString *problem) const
{
    if (!m_keys) {
        *problem = QStringLiteral("the CA was not generated");
        return {};
    }
    KeyPtr key = newKey();
    const QString name = kind == Kind::WrongHost ? QStringLiteral("wrong-host.cssmsim.invalid") : host;
    const bool selfSigned = kind == Kind::SelfSigned;
    X509 *issuer = selfSigned ? nullptr : m_keys->caCert.get();
    EVP_PKEY *signer = selfSigned ? key.get() : m_keys->caKey.get();
    const long notBefore = kind == Kind::Expired ? -10 * kDay : -kDay;
    const long notAfter = kind == Kind::Expired ? -2 * kDay : 30 * kDay;
    CertPtr cert = key ? makeCertificate(key.get(), name, issuer, notBefore, notAfter) : CertPtr();
    X509 *extensionIssuer = selfSigned ? cert.get() : m_keys->caCert.get();
    if (!cert || !addExtension(cert.get(), extensionIssuer, NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(cert.get(), extensionIssuer, NID_ext_key_usage, "serverAuth")
        || !addExtension(cert.get(), extensionIssuer, NID_subject_alt_name, subjectAltName(name))
        || X509_sign(cert.get(), signer, EVP_sha256()) == 0) {
        *problem = openSslError("server certificate");
        return {};
    }
    return {certificatePem(cert.get()), privateKeyPem(key.get())};
}

} // namespace slp::cssmsim
