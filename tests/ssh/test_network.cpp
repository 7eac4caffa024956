// Connection failures that need no SSH server: DNS, refusal, silence before and after the greeting,
// garbage instead of SSH, and cancel while connecting. Each is typed and names the router.
#include "ExecDenyingServer.h"

#include "ssh/SshJob.h"
#include "ssh/SshPool.h"
#include "ssh/SshSession.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace slp;

namespace {

SshJobSpec specFor(const QString &host, quint16 port, const QString &knownHosts)
{
    SshJobSpec spec;
    spec.target.name = u"r1"_s;
    spec.target.host = host;
    spec.target.port = port;
    spec.target.username = u"admin"_s;
    spec.target.credentials = SshCredentials::fromPassword(u"not-used"_s);
    spec.options.knownHostsPath = knownHosts;
    spec.options.timeouts.connectMs = 600;
    spec.steps = {SshStep::runCommand(u"show license status"_s)};
    return spec;
}

// Runs a job on the pool and returns its result, keeping this thread's event loop (and the fake
// servers living on it) running meanwhile.
SshJobResult runJob(SshPool &pool, const SshJobSpec &spec)
{
    SshJob *job = pool.start(spec);
    QSignalSpy finished(job, &SshJob::finished);
    if (!finished.wait(20'000))
        qWarning("job did not finish");
    return job->result();
}

} // namespace

class TestSshNetwork : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void dnsFailureIsTyped()
    {
        SshPool pool(2);
        const SshJobResult result = runJob(pool, specFor(u"no-such-router.invalid"_s, 22, knownHosts()));
        QCOMPARE(result.error.kind, SshErrorKind::DnsFailure);
        QCOMPARE(result.error.phase, SshPhase::Resolve);
        QVERIFY2(result.error.message.startsWith(u"Cannot resolve the host name 'no-such-router.invalid' of r1 "
                                                 "(no-such-router.invalid:22)"_s),
                 qPrintable(result.error.message));
        QCOMPARE(result.steps.size(), 1);
        QVERIFY(!result.steps.first().ran);
    }

    void closedPortIsConnectionRefused()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const quint16 port = server.serverPort();
        server.close();
        SshPool pool(2);
        const SshJobResult result = runJob(pool, specFor(u"127.0.0.1"_s, port, knownHosts()));
        QCOMPARE(result.error.kind, SshErrorKind::ConnectionRefused);
        QCOMPARE(result.error.phase, SshPhase::Connect);
        QVERIFY2(result.error.message.startsWith(u"r1 (127.0.0.1:%1) refused the connection"_s.arg(port)),
                 qPrintable(result.error.message));
    }

    void silentServerIsConnectTimeout()
    {
        // Listens but never accepts or answers: the kernel completes the handshake, no SSH greeting comes.
        QTcpServer blackhole;
        QVERIFY(blackhole.listen(QHostAddress::LocalHost));
        SshPool pool(2);
        const SshJobResult result = runJob(pool, specFor(u"127.0.0.1"_s, blackhole.serverPort(), knownHosts()));
        QCOMPARE(result.error.kind, SshErrorKind::Timeout);
        QCOMPARE(result.error.phase, SshPhase::Connect);
        QVERIFY2(result.error.message.contains(u"did not answer within 0.6 s during connection setup"_s),
                 qPrintable(result.error.message));
    }

    void greetingThenSilenceIsKeyExchangeTimeout()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, &server, [&server] {
            QTcpSocket *socket = server.nextPendingConnection();
            socket->write("SSH-2.0-Cisco-2.0\r\n");
        });
        SshPool pool(2);
        const SshJobResult result = runJob(pool, specFor(u"127.0.0.1"_s, server.serverPort(), knownHosts()));
        QCOMPARE(result.error.kind, SshErrorKind::Timeout);
        QCOMPARE(result.error.phase, SshPhase::KeyExchange);
        QVERIFY2(result.error.message.contains(u"during key exchange"_s), qPrintable(result.error.message));
    }

    void garbageInsteadOfSshIsProtocolError()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, &server, [&server] {
            QTcpSocket *socket = server.nextPendingConnection();
            socket->write("HTTP/1.1 400 Bad Request\r\n\r\n");
            socket->disconnectFromHost();
        });
        SshPool pool(2);
        const SshJobResult result = runJob(pool, specFor(u"127.0.0.1"_s, server.serverPort(), knownHosts()));
        QCOMPARE(result.error.kind, SshErrorKind::ProtocolError);
        QCOMPARE(result.error.phase, SshPhase::KeyExchange);
        QVERIFY2(result.error.message.startsWith(u"r1 (127.0.0.1:%1) failed while setting up the encrypted "
                                                 "connection"_s.arg(server.serverPort())),
                 qPrintable(result.error.message));
    }

    void cancelWhileConnectingEndsTheJob()
    {
        QTcpServer blackhole;
        QVERIFY(blackhole.listen(QHostAddress::LocalHost));
        SshJobSpec spec = specFor(u"127.0.0.1"_s, blackhole.serverPort(), knownHosts());
        spec.options.timeouts.connectMs = 60'000;
        SshPool pool(2);
        SshJob *job = pool.start(spec);
        QSignalSpy started(job, &SshJob::started);
        QSignalSpy finished(job, &SshJob::finished);
        QVERIFY(started.wait(5000));
        job->cancel();
        // Far below the 60 s connect timeout: only the cancel can end the job this early.
        QVERIFY(finished.wait(10'000));
        QCOMPARE(job->result().error.kind, SshErrorKind::Cancelled);
    }

    void missingKnownHostsPathIsRefused()
    {
        QTcpServer blackhole;
        QVERIFY(blackhole.listen(QHostAddress::LocalHost));
        SshPool pool(1);
        const SshJobResult result = runJob(pool, specFor(u"127.0.0.1"_s, blackhole.serverPort(), QString()));
        QCOMPARE(result.error.kind, SshErrorKind::HostKeyStoreError);
        QCOMPARE(result.error.message,
                 u"No known hosts file is configured for r1 (127.0.0.1:%1)."_s.arg(blackhole.serverPort()));
    }

    void deniedExecFallsBackToTheShell()
    {
        test::ExecDenyingServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        SshJobSpec spec = specFor(u"127.0.0.1"_s, server.port(), knownHosts());
        spec.target.credentials = SshCredentials::fromPassword(test::ExecDenyingServer::password);
        spec.options.unknownHostKeyPolicy = UnknownHostKeyPolicy::AcceptNew;
        SshSession session(spec.target, spec.options, SshCancelFlag());
        const SshCommandResult first = session.run(u"show version"_s);
        QVERIFY2(first.ok(), qPrintable(first.error.message));
        QVERIFY(first.viaShell);
        QCOMPARE(first.exitStatus, std::nullopt);
        QCOMPARE(first.output, test::ExecDenyingServer::versionLine + u"\n"_s);
        // The session remembers: the next command goes straight to the same shell.
        const SshCommandResult second = session.run(u"show version"_s);
        QCOMPARE(second.output, first.output);
        QCOMPARE(server.deniedExecRequests(), 1);
    }

    void deniedExecIsAnErrorWhenExecIsRequired()
    {
        test::ExecDenyingServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        SshJobSpec spec = specFor(u"127.0.0.1"_s, server.port(), knownHosts());
        spec.target.credentials = SshCredentials::fromPassword(test::ExecDenyingServer::password);
        spec.options.unknownHostKeyPolicy = UnknownHostKeyPolicy::AcceptNew;
        spec.options.commandMode = SshCommandMode::ExecOnly;
        SshSession session(spec.target, spec.options, SshCancelFlag());
        const SshCommandResult result = session.run(u"show version"_s);
        QCOMPARE(result.error.kind, SshErrorKind::CommandRejected);
        QCOMPARE(result.error.message,
                 u"r1 (127.0.0.1:%1) does not accept commands over exec channels."_s.arg(server.port()));
    }

    void parallelismIsClamped()
    {
        SshPool pool;
        QCOMPARE(pool.maxParallel(), 16);
        pool.setMaxParallel(1000);
        QCOMPARE(pool.maxParallel(), 256);
        pool.setMaxParallel(0);
        QCOMPARE(pool.maxParallel(), 1);
    }

private:
    QString knownHosts() const { return m_dir.filePath(u"known_hosts"_s); }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSshNetwork)
#include "test_network.moc"
