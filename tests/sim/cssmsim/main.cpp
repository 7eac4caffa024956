// cssmsim: a CSSM (Cisco Smart Software Manager) you can run on loopback, for tests and the demo lab.
// Contract: tests/sim/CSSMSIM.md.
#include "AccountBook.h"
#include "AckBundleTool.h"
#include "CssmService.h"
#include "HttpServer.h"
#include "LabKeys.h"
#include "SimCrypto.h"
#include "SimLog.h"
#include "TestCa.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslKey>
#include <fcntl.h>
#include <unistd.h>

using namespace slp::cssmsim;

namespace {

int fail(const QString &message)
{
    fprintf(stderr, "cssmsim: %s\n", qPrintable(message));
    return 2;
}

bool writeFile(const QString &path, const QByteArray &data, QString *problem)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *problem = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

// The OAuth client secret: kept in a 0600 file from the first byte on (never printed, never on a
// command line); reused across restarts.
QByteArray clientSecret(const QString &path, QString *problem)
{
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly)) {
        const QByteArray secret = existing.readAll().trimmed();
        if (!secret.isEmpty())
            return secret;
    }
    const QByteArray secret = randomBytes(24).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QByteArray temporary = QFile::encodeName(path + QStringLiteral(".tmp"));
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0 || ::write(fd, secret.constData(), static_cast<size_t>(secret.size())) != secret.size()
        || ::close(fd) != 0 || ::rename(temporary.constData(), QFile::encodeName(path).constData()) != 0) {
        *problem = QStringLiteral("%1: cannot write the client secret").arg(path);
        return {};
    }
    return secret;
}

TestCa::Kind certificateKind(const QString &name, bool *ok)
{
    *ok = true;
    if (name == QLatin1String("trusted"))
        return TestCa::Kind::Trusted;
    if (name == QLatin1String("self-signed"))
        return TestCa::Kind::SelfSigned;
    if (name == QLatin1String("wrong-host"))
        return TestCa::Kind::WrongHost;
    if (name == QLatin1String("expired"))
        return TestCa::Kind::Expired;
    *ok = false;
    return TestCa::Kind::Trusted;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cssmsim"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A simulated Cisco Smart Software Manager over HTTPS.\n"
                                                    "cssmsim [options]            serve\n"
                                                    "cssmsim ack-bundle IN OUT    answer an offline upload bundle"));
    parser.addHelpOption();
    const QCommandLineOption hostOption(QStringLiteral("host"),
                                        QStringLiteral("Loopback address to listen on (127.0.0.1)."),
                                        QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port (0 = any free port)."),
                                        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption readyOption(QStringLiteral("ready-file"),
                                         QStringLiteral("Written atomically once listening."), QStringLiteral("path"));
    const QCommandLineOption accountsOption(QStringLiteral("accounts"),
                                            QStringLiteral("Smart/virtual accounts and license pools (JSON)."),
                                            QStringLiteral("file"));
    const QCommandLineOption fleetOption(QStringLiteral("fleet"),
                                         QStringLiteral("xrsim fleet file (lab and router signing keys)."),
                                         QStringLiteral("file"));
    const QCommandLineOption stateOption(QStringLiteral("state-dir"),
                                         QStringLiteral("Folder for the CA, the client secret and state.json."),
                                         QStringLiteral("dir"));
    const QCommandLineOption clientIdOption(QStringLiteral("client-id"),
                                            QStringLiteral("OAuth client id (cssmsim-client)."), QStringLiteral("id"),
                                            QStringLiteral("cssmsim-client"));
    const QCommandLineOption tokenOption(QStringLiteral("token-lifetime"),
                                         QStringLiteral("expires_in of access tokens, seconds (3599)."),
                                         QStringLiteral("s"), QStringLiteral("3599"));
    const QCommandLineOption pendingOption(QStringLiteral("pending-polls"),
                                           QStringLiteral("OK_POLL answers before COMPLETE (1)."), QStringLiteral("n"),
                                           QStringLiteral("1"));
    const QCommandLineOption intervalOption(QStringLiteral("poll-interval"),
                                            QStringLiteral("poll_interval answered, seconds (300)."),
                                            QStringLiteral("s"), QStringLiteral("300"));
    const QCommandLineOption bigIdsOption(
        QStringLiteral("big-ids-as-numbers"),
        QStringLiteral("Send poll_id and account ids as bare JSON numbers, as CSSM does."));
    const QCommandLineOption certificateOption(QStringLiteral("certificate"),
                                               QStringLiteral("trusted | self-signed | wrong-host | expired."),
                                               QStringLiteral("kind"), QStringLiteral("trusted"));
    parser.addOptions({hostOption, portOption, readyOption, accountsOption, fleetOption, stateOption, clientIdOption,
                       tokenOption, pendingOption, intervalOption, bigIdsOption, certificateOption});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("ack-bundle IN.tar.gz OUT.tar.gz"));
    parser.process(app);

    LabKeys keys;
    QString problem;
    if (parser.isSet(fleetOption) && !keys.loadFleet(parser.value(fleetOption), &problem))
        return fail(problem);
    AccountBook book;
    if (parser.isSet(accountsOption) && !book.load(parser.value(accountsOption), &problem))
        return fail(problem);
    const QString stateDir = parser.isSet(stateOption) ? QDir(parser.value(stateOption)).absolutePath() : QString();
    if (!stateDir.isEmpty() && !QDir().mkpath(stateDir))
        return fail(QStringLiteral("cannot create %1").arg(stateDir));

    CssmService::Options options;
    options.stateDir = stateDir;
    options.clientId = parser.value(clientIdOption);
    options.tokenLifetimeSeconds = parser.value(tokenOption).toInt();
    options.pendingPolls = parser.value(pendingOption).toInt();
    options.pollIntervalSeconds = parser.value(intervalOption).toInt();
    options.bigIdsAsNumbers = parser.isSet(bigIdsOption);

    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        if (positional.first() != QLatin1String("ack-bundle") || positional.size() != 3)
            return fail(QStringLiteral("unknown command; expected: cssmsim ack-bundle IN.tar.gz OUT.tar.gz"));
        CssmService service(keys, book, options);
        if (!service.restore(&problem))
            return fail(problem);
        problem = AckBundleTool(keys, book).run(positional.at(1), positional.at(2));
        if (!problem.isEmpty()) {
            fprintf(stderr, "cssmsim: %s\n", qPrintable(problem));
            return 1;
        }
        service.save();
        return 0;
    }

    if (stateDir.isEmpty())
        return fail(QStringLiteral("--state-dir is required to serve (CA and client secret go there)"));
    const QHostAddress host(parser.value(hostOption));
    if (!host.isLoopback())
        return fail(QStringLiteral("--host %1: only loopback addresses are served").arg(parser.value(hostOption)));
    bool kindOk = false;
    const TestCa::Kind kind = certificateKind(parser.value(certificateOption), &kindOk);
    if (!kindOk)
        return fail(QStringLiteral("--certificate %1: expected trusted, self-signed, wrong-host or expired")
                        .arg(parser.value(certificateOption)));

    TestCa ca;
    if (problem = ca.generate(); !problem.isEmpty())
        return fail(problem);
    const TestCa::Issued issued = ca.issue(host.toString(), kind, &problem);
    if (!problem.isEmpty())
        return fail(problem);
    const QString caFile = QDir(stateDir).filePath(QStringLiteral("ca.pem"));
    if (!writeFile(caFile, ca.caCertificatePem(), &problem))
        return fail(problem);
    const QString secretFile = QDir(stateDir).filePath(QStringLiteral("client-secret"));
    options.clientSecret = clientSecret(secretFile, &problem);
    if (options.clientSecret.isEmpty())
        return fail(problem);

    CssmService service(keys, book, options);
    if (!service.restore(&problem))
        return fail(problem);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(issued.certificatePem));
    tls.setPrivateKey(QSslKey(issued.privateKeyPem, QSsl::Ec));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    HttpServer server([&service](const HttpRequest &request) { return service.handle(request); });
    if (!server.listen(host, static_cast<quint16>(parser.value(portOption).toUInt()), tls, &problem))
        return fail(problem);

    const QString origin = QStringLiteral("https://%1:%2").arg(host.toString()).arg(server.port());
    if (parser.isSet(readyOption)) {
        const QJsonObject ready {{QStringLiteral("format"), QStringLiteral("cssmsim-ready/1")},
                                 {QStringLiteral("pid"), QCoreApplication::applicationPid()},
                                 {QStringLiteral("host"), host.toString()},
                                 {QStringLiteral("port"), static_cast<int>(server.port())},
                                 {QStringLiteral("baseUrl"),
                                  QString(origin + QStringLiteral("/services/api/smart-accounts-and-licensing/"))},
                                 {QStringLiteral("tokenUrl"), QString(origin + QStringLiteral("/as/token.oauth2"))},
                                 {QStringLiteral("controlUrl"), QString(origin + QStringLiteral("/_control/"))},
                                 {QStringLiteral("caFile"), caFile},
                                 {QStringLiteral("clientId"), options.clientId},
                                 {QStringLiteral("clientSecretFile"), secretFile}};
        if (!writeFile(parser.value(readyOption), QJsonDocument(ready).toJson(), &problem))
            return fail(problem);
    }
    qCInfo(lcCssmsim, "listening on %s", qPrintable(origin));
    return QCoreApplication::exec();
}
