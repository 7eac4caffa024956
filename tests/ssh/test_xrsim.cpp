// The SSH client against xrsim, the IOS XR router simulator: exec and shell, host keys, every auth
// method, the faults a real fleet shows (stalls, drops, slow links) and cancel mid-command.
#include "XrsimLab.h"

#include "ssh/IosXrOutput.h"
#include "ssh/KnownHostsFile.h"
#include "ssh/SshJob.h"
#include "ssh/SshPool.h"
#include "ssh/SshSession.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <libssh/libssh.h>

using namespace Qt::StringLiterals;
using namespace slp;
using slp::test::XrsimLab;

namespace {

const QString keyPassphrase = u"key-Passphrase-9"_s;

// An Ed25519 key pair written by libssh: the private key file (optionally encrypted) and the public
// key line for the fleet's authorizedKeys.
QString writeKeyPair(const QString &privatePath, const QString &passphrase)
{
    ssh_key key = nullptr;
    if (ssh_pki_generate(SSH_KEYTYPE_ED25519, 0, &key) != SSH_OK)
        return {};
    const QByteArray phrase = passphrase.toUtf8();
    const int exported = ssh_pki_export_privkey_file(key, passphrase.isEmpty() ? nullptr : phrase.constData(), nullptr,
                                                     nullptr, QFile::encodeName(privatePath).constData());
    char *base64 = nullptr;
    ssh_pki_export_pubkey_base64(key, &base64);
    const QString publicLine = u"ssh-ed25519 "_s + QString::fromLatin1(base64) + u" test"_s;
    ssh_string_free_char(base64);
    ssh_key_free(key);
    QFile::setPermissions(privatePath, QFile::ReadOwner | QFile::WriteOwner);
    return exported == SSH_OK ? publicLine : QString();
}

QString firstNonBlankLine(const QString &text)
{
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            return line;
    }
    return {};
}

} // namespace

class TestSshXrsim : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString encryptedKeyLine = writeKeyPair(m_dir.filePath(u"id_encrypted"_s), keyPassphrase);
        m_agentKeyLine = writeKeyPair(m_dir.filePath(u"id_agent"_s), QString());
        QVERIFY(!encryptedKeyLine.isEmpty() && !m_agentKeyLine.isEmpty());
        const QJsonObject keyOnly {
            {u"credentials"_s,
             QJsonObject {{u"username"_s, u"admin"_s},
                          {u"authorizedKeys"_s, QJsonArray {encryptedKeyLine, m_agentKeyLine}}}}};
        const QJsonObject slrInstalled {{u"enabled"_s, true},
                                        {u"state"_s, u"installed"_s},
                                        {u"since"_s, u"now-1d"_s},
                                        {u"licenses"_s, QJsonArray {QJsonObject {{u"tag"_s, u"ESS-SE-100G-RTU-1"_s}}}}};
        const QJsonArray routers {
            XrsimLab::router(u"pe1"_s, 0),
            XrsimLab::router(u"pe2"_s, 1),
            XrsimLab::router(u"keyonly"_s, 2, keyOnly),
            XrsimLab::router(u"stall"_s, 3, {{u"faults"_s, QJsonObject {{u"stallAfterBytes"_s, 300}}}}),
            XrsimLab::router(u"slow"_s, 5, {{u"faults"_s, QJsonObject {{u"slowOutputBytesPerSecond"_s, 40}}}}),
            XrsimLab::router(u"impostor"_s, 6, {{u"faults"_s, QJsonObject {{u"hostKeyChanged"_s, true}}}}),
            XrsimLab::router(u"locked"_s, 7, {{u"faults"_s, QJsonObject {{u"refuseAuth"_s, true}}}}),
            XrsimLab::router(u"slr"_s, 8, {{u"reservation"_s, slrInstalled}}),
            XrsimLab::router(u"slr2"_s, 9, {{u"reservation"_s, slrInstalled}}),
        };
        QString error;
        QVERIFY2(m_lab.start(routers, &error), qPrintable(error));
    }

    void init()
    {
        QFile::remove(knownHostsPath());
        QVERIFY2(m_lab.isRunning(), qPrintable(m_lab.output()));
    }

    void execRunsShowCommandAndRecordsNewKey()
    {
        SshSession session(target(u"pe1"_s), options(UnknownHostKeyPolicy::AcceptNew), SshCancelFlag());
        QCOMPARE(session.open().message, QString());
        QVERIFY(session.hostKeyAdded());
        QCOMPARE(session.hostKey().fingerprintSha256(), m_lab.router(u"pe1"_s).fingerprint);

        const SshCommandResult result = session.run(u"show license status"_s);
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.exitStatus, std::optional<int>(0));
        QVERIFY(!result.viaShell);
        // The timestamp line xrsim prints first is gone, the rest is there with LF line ends.
        QVERIFY2(!IosXrOutput::isTimestampLine(firstNonBlankLine(result.output)), qPrintable(result.output));
        QVERIFY2(result.output.contains(u"Smart Licensing Using Policy:\n  Status: ENABLED\n"_s),
                 qPrintable(result.output));
        QVERIFY(!result.output.contains(u'\r'));

        const auto entries = KnownHostsFile(knownHostsPath()).entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().key.fingerprintSha256(), m_lab.router(u"pe1"_s).fingerprint);
        const XrsimLab::Router &pe1 = m_lab.router(u"pe1"_s);
        QCOMPARE(entries.first().hosts, KnownHostsFile::hostField(pe1.address, pe1.port));

        // Known now: a second connection under the strict policy succeeds and adds nothing.
        SshSession again(target(u"pe1"_s), options(UnknownHostKeyPolicy::Refuse), SshCancelFlag());
        QCOMPARE(again.open().message, QString());
        QVERIFY(!again.hostKeyAdded());
    }

    void severalCommandsShareOneConnection()
    {
        SshSession session(target(u"pe1"_s), options(UnknownHostKeyPolicy::AcceptNew), SshCancelFlag());
        const SshCommandResult first = session.run(u"show license status"_s);
        const SshCommandResult bad = session.run(u"show license bogus-word"_s);
        const SshCommandResult second = session.run(u"show license status"_s);
        QVERIFY2(first.ok() && second.ok(), qPrintable(first.error.message + second.error.message));
        // An invalid command is not a transport error: it has output and a non-zero exit status.
        QVERIFY2(bad.ok(), qPrintable(bad.error.message));
        QCOMPARE(bad.exitStatus, std::optional<int>(1));
        QVERIFY2(bad.output.contains(u"% Invalid input detected at '^' marker."_s), qPrintable(bad.output));
    }

    void unknownKeyIsRefusedByDefault()
    {
        SshSession session(target(u"pe1"_s), options(UnknownHostKeyPolicy::Refuse), SshCancelFlag());
        const SshError error = session.open();
        QCOMPARE(error.kind, SshErrorKind::HostKeyUnknown);
        QCOMPARE(error.phase, SshPhase::HostKey);
        QVERIFY2(error.message.contains(m_lab.router(u"pe1"_s).fingerprint), qPrintable(error.message));
        QVERIFY2(error.message.contains(u"--accept-new-host-keys"_s), qPrintable(error.message));
        QVERIFY(!QFile::exists(knownHostsPath()));
        QCOMPARE(session.run(u"show license status"_s).error.kind, SshErrorKind::HostKeyUnknown);
    }

    void askCallerShowsFingerprintAndObeysTheAnswer()
    {
        SshPool pool(2);
        SshJobSpec spec = jobSpec(u"pe2"_s, UnknownHostKeyPolicy::AskCaller);
        for (const bool accept : {false, true}) {
            SshJob *job = pool.start(spec);
            QString askedFingerprint;
            connect(job, &SshJob::hostKeyQuestion, job, [&](const SshHostKeyQuestion &question) {
                askedFingerprint = question.key.fingerprintSha256();
                job->answerHostKey(accept);
            });
            QSignalSpy finished(job, &SshJob::finished);
            QVERIFY(finished.wait(20'000));
            QCOMPARE(askedFingerprint, m_lab.router(u"pe2"_s).fingerprint);
            if (accept) {
                QVERIFY2(job->result().ok(), qPrintable(job->result().error.message));
                QVERIFY(job->result().hostKeyAdded);
                QCOMPARE(job->result().steps.first().exitStatus, std::optional<int>(0));
            } else {
                QCOMPARE(job->result().error.kind, SshErrorKind::HostKeyUnknown);
                QVERIFY2(job->result().error.message.contains(u"it was not accepted"_s),
                         qPrintable(job->result().error.message));
                QVERIFY(!job->result().steps.first().ran);
            }
        }
        QCOMPARE(KnownHostsFile(knownHostsPath()).entries().size(), 1);
    }

    void changedKeyIsAlwaysRefused()
    {
        // known_hosts holds pe2's key for pe1's address: to the client, pe1's key changed.
        const XrsimLab::Router &pe1 = m_lab.router(u"pe1"_s);
        const XrsimLab::Router &pe2 = m_lab.router(u"pe2"_s);
        const QByteArray line
            = KnownHostsFile::hostField(pe1.address, pe1.port).toUtf8() + ' ' + pe2.hostKeyLine.toUtf8() + '\n';
        QFile file(knownHostsPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(line);
        file.close();

        SshSession session(target(u"pe1"_s), options(UnknownHostKeyPolicy::AcceptNew), SshCancelFlag());
        const SshError error = session.open();
        QCOMPARE(error.kind, SshErrorKind::HostKeyChanged);
        QVERIFY2(error.message.contains(pe1.fingerprint) && error.message.contains(pe2.fingerprint)
                     && error.message.contains(u"has CHANGED"_s) && error.message.contains(u"forget the old key"_s),
                 qPrintable(error.message));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), line);
    }

    void impostorKeyIsRefused()
    {
        // known_hosts has the router's real key (the ready file's); xrsim's hostKeyChanged fault makes
        // the router present another one.
        const XrsimLab::Router &impostor = m_lab.router(u"impostor"_s);
        QString writeError;
        const QStringList keyParts = impostor.hostKeyLine.split(u' ');
        QVERIFY(KnownHostsFile(knownHostsPath())
                    .add(impostor.address, impostor.port,
                         SshHostKey {keyParts.at(0), QByteArray::fromBase64(keyParts.at(1).toLatin1())}, &writeError));
        SshSession session(target(u"impostor"_s), options(UnknownHostKeyPolicy::AcceptNew), SshCancelFlag());
        const SshError error = session.open();
        QCOMPARE(error.kind, SshErrorKind::HostKeyChanged);
        QVERIFY(session.hostKey().fingerprintSha256() != impostor.fingerprint);
        QVERIFY2(error.message.contains(u"Known key: ssh-ed25519 %1 (line 1)"_s.arg(impostor.fingerprint))
                     && error.message.contains(session.hostKey().fingerprintSha256()),
                 qPrintable(error.message));
        QCOMPARE(KnownHostsFile(knownHostsPath()).entries().size(), 1);
    }

    void refusedLoginWithTheRightPassword()
    {
        SshSession session(target(u"locked"_s), options(UnknownHostKeyPolicy::AcceptNew), SshCancelFlag());
        const SshError error = session.open();
        QCOMPARE(error.kind, SshErrorKind::AuthRejected);
        QVERIFY2(error.message.startsWith(
                     u"locked (127.0.0.1:%1) rejected the login as 'admin'"_s.arg(m_lab.router(u"locked"_s).port)),
                 qPrintable(error.message));
    }

    void wrongPasswordNamesTriedAndOfferedMethods()
    {
        SshTarget wrong = target(u"pe1"_s);
        wrong.credentials = SshCredentials::fromPassword(u"not-the-password"_s);
        SshSession session(wrong, options(UnknownHostKeyPolicy::AcceptNew), SshCancelFlag());
        const SshError error = session.open();
        QCOMPARE(error.kind, SshErrorKind::AuthRejected);
        QCOMPARE(error.phase, SshPhase::Authentication);
        QVERIFY2(error.message.contains(u"rejected the login as 'admin'. Tried: keyboard-interactive, password. "
                                        "The router offers: publickey, keyboard-interactive, password."_s),
                 qPrintable(error.message));
        QVERIFY(!error.message.contains(u"not-the-password"_s));
    }

    void privateKeyWithPassphrase()
    {
        SshTarget keyTarget = target(u"keyonly"_s);
        keyTarget.credentials = SshCredentials::fromPrivateKey(m_dir.filePath(u"id_encrypted"_s), keyPassphrase);
        SshSession session(keyTarget, options(UnknownHostKeyPolicy::AcceptNew), SshCancelFlag());
        QCOMPARE(session.open().message, QString());
        QCOMPARE(session.run(u"show license status"_s).exitStatus, std::optional<int>(0));

        keyTarget.credentials.privateKeyPassphrase = u"wrong"_s;
        SshSession wrongPhrase(keyTarget, options(UnknownHostKeyPolicy::AcceptNew), SshCancelFlag());
        const SshError error = wrongPhrase.open();
        QCOMPARE(error.kind, SshErrorKind::CredentialError);
        QVERIFY2(error.message.contains(u"passphrase is wrong"_s), qPrintable(error.message));

        keyTarget.credentials.privateKeyPath = m_dir.filePath(u"missing_key"_s);
        SshSession missing(keyTarget, options(UnknownHostKeyPolicy::AcceptNew), SshCancelFlag());
        QCOMPARE(missing.open().kind, SshErrorKind::CredentialError);
    }

    void passwordIsNotOfferedWhereTheRouterWantsKeys()
    {
        // keyonly has no password: the router refuses password logins.
        SshSession session(target(u"keyonly"_s), options(UnknownHostKeyPolicy::AcceptNew), SshCancelFlag());
        QCOMPARE(session.open().kind, SshErrorKind::AuthRejected);
    }

    void agentHoldsTheKey()
    {
        const QString socket = m_dir.filePath(u"agent.sock"_s);
        QProcess agent;
        agent.start(u"ssh-agent"_s, {u"-D"_s, u"-a"_s, socket});
        QVERIFY(agent.waitForStarted());
        for (int i = 0; i < 200 && !QFile::exists(socket); ++i)
            QTest::qWait(10);
        QProcess add;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"SSH_AUTH_SOCK"_s, socket);
        add.setProcessEnvironment(environment);
        add.start(u"ssh-add"_s, {m_dir.filePath(u"id_agent"_s)});
        QVERIFY(add.waitForFinished(10'000));
        QCOMPARE(add.exitCode(), 0);

        SshTarget agentTarget = target(u"keyonly"_s);
        agentTarget.credentials = SshCredentials::fromAgent(socket);
        SshSession session(agentTarget, options(UnknownHostKeyPolicy::AcceptNew), SshCancelFlag());
        const SshError error = session.open();
        agent.terminate();
        agent.waitForFinished(5000);
        QCOMPARE(error.message, QString());
    }

    void shellModeStripsEchoPromptAndTimestamp()
    {
        SshSessionOptions shellOptions = options(UnknownHostKeyPolicy::AcceptNew);
        shellOptions.commandMode = SshCommandMode::ShellOnly;
        SshSession shell(target(u"pe1"_s), shellOptions, SshCancelFlag());
        SshSession exec(target(u"pe1"_s), options(UnknownHostKeyPolicy::AcceptNew), SshCancelFlag());
        const SshCommandResult viaShell = shell.run(u"show license status"_s);
        const SshCommandResult viaExec = exec.run(u"show license status"_s);
        QVERIFY2(viaShell.ok(), qPrintable(viaShell.error.message));
        QVERIFY(viaShell.viaShell);
        QCOMPARE(viaShell.exitStatus, std::nullopt);
        QVERIFY(!viaShell.output.contains(u"RP/0/RSP0/CPU0:pe1#"_s));
        QVERIFY(!viaShell.output.contains(u"show license status"_s));
        QVERIFY(!viaShell.output.contains(u'\r'));
        QCOMPARE(firstNonBlankLine(viaShell.output), firstNonBlankLine(viaExec.output));
        QCOMPARE(viaShell.output.count(u'\n'), viaExec.output.count(u'\n'));

        // The same shell serves the next command; errors come back as output.
        const SshCommandResult bad = shell.run(u"show license bogus-word"_s);
        QVERIFY2(bad.ok(), qPrintable(bad.error.message));
        QVERIFY2(bad.output.contains(u"% Invalid input detected at '^' marker."_s), qPrintable(bad.output));
    }

    void pagerPromptsAreAnsweredWhenPagingStaysOn()
    {
        SshSessionOptions paged = options(UnknownHostKeyPolicy::AcceptNew);
        paged.commandMode = SshCommandMode::ShellOnly;
        paged.shellDisablesPaging = false;
        SshSession pagedShell(target(u"pe1"_s), paged, SshCancelFlag());
        SshSession exec(target(u"pe1"_s), options(UnknownHostKeyPolicy::AcceptNew), SshCancelFlag());
        const SshCommandResult viaPager = pagedShell.run(u"show license all"_s);
        const SshCommandResult viaExec = exec.run(u"show license all"_s);
        QVERIFY2(viaPager.ok(), qPrintable(viaPager.error.message));
        QVERIFY2(viaExec.output.count(u'\n') > 24, "the output must be longer than one page for this test");
        QVERIFY(!viaPager.output.contains(u"More"_s));
        QCOMPARE(viaPager.output.count(u'\n'), viaExec.output.count(u'\n'));
        QCOMPARE(firstNonBlankLine(viaPager.output), firstNonBlankLine(viaExec.output));
    }

    void sftpRoundTripWithIosXrPaths()
    {
        QByteArray content;
        for (int i = 0; i < 5000; ++i)
            content += "line " + QByteArray::number(i) + " of the upload\n";
        const QString localUpload = m_dir.filePath(u"upload.txt"_s);
        QFile upload(localUpload);
        QVERIFY(upload.open(QIODevice::WriteOnly));
        upload.write(content);
        upload.close();

        SshSession session(target(u"pe2"_s), options(UnknownHostKeyPolicy::AcceptNew), SshCancelFlag());
        const SshTransferResult put = session.upload(localUpload, u"/harddisk:/upload.txt"_s);
        QVERIFY2(put.ok(), qPrintable(put.error.message));
        QCOMPARE(put.bytes, qint64(content.size()));

        const QString localDownload = m_dir.filePath(u"download.txt"_s);
        const SshTransferResult get = session.download(u"/harddisk:/upload.txt"_s, localDownload, 1 << 20);
        QVERIFY2(get.ok(), qPrintable(get.error.message));
        QCOMPARE(get.bytes, qint64(content.size()));
        QFile downloaded(localDownload);
        QVERIFY(downloaded.open(QIODevice::ReadOnly));
        QCOMPARE(downloaded.readAll(), content);

        // The router sees the file on its own file system.
        const SshCommandResult dir = session.run(u"dir harddisk:"_s);
        QVERIFY2(dir.output.contains(u"upload.txt"_s), qPrintable(dir.output + dir.error.message));
    }

    void sftpDownloadOfRouterWrittenReport()
    {
        SshSession session(target(u"pe1"_s), options(UnknownHostKeyPolicy::AcceptNew), SshCancelFlag());
        const SshCommandResult saved = session.run(u"license smart save usage all /harddisk:/usage.txt"_s);
        QVERIFY2(saved.ok() && saved.exitStatus == 0, qPrintable(saved.output + saved.error.message));
        const QString local = m_dir.filePath(u"usage.txt"_s);
        const SshTransferResult get = session.download(u"/harddisk:/usage.txt"_s, local, 1 << 20);
        QVERIFY2(get.ok(), qPrintable(get.error.message));
        QFile file(local);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray report = file.readAll();
        QCOMPARE(qint64(report.size()), get.bytes);
        QVERIFY2(report.startsWith("<smartLicense>") || report.startsWith("<?xml"), report.left(80).constData());
    }

    void sftpSizeLimitAndMissingFile()
    {
        SshSession session(target(u"pe2"_s), options(UnknownHostKeyPolicy::AcceptNew), SshCancelFlag());
        QVERIFY(session.run(u"license smart save usage all /harddisk:/big.txt"_s).ok());
        const QString local = m_dir.filePath(u"limited.txt"_s);
        const SshTransferResult limited = session.download(u"/harddisk:/big.txt"_s, local, 10);
        QCOMPARE(limited.error.kind, SshErrorKind::SftpSizeLimit);
        QVERIFY2(limited.error.message.contains(u"more than the limit of 10 bytes"_s),
                 qPrintable(limited.error.message));
        QVERIFY(!QFile::exists(local));

        const SshTransferResult missing = session.download(u"/harddisk:/no-such-file.txt"_s, local, 1 << 20);
        QCOMPARE(missing.error.kind, SshErrorKind::SftpFailed);
        QVERIFY2(missing.error.message.contains(u"no such file"_s)
                     && missing.error.message.contains(u"/harddisk:/no-such-file.txt"_s),
                 qPrintable(missing.error.message));
        QVERIFY(!QFile::exists(local));
        // A failed transfer leaves the connection usable.
        QCOMPARE(session.run(u"show license status"_s).exitStatus, std::optional<int>(0));
    }

    void confirmationQuestionsAreAnswered()
    {
        // `license smart reservation return local` asks "Do you want to continue? [yes/no]:".
        static const QRegularExpression returnCode(u"\\n([A-Za-z0-9]{6}-){8}[A-Za-z0-9]{3}\\n?$"_s);
        SshSession exec(target(u"slr"_s), options(UnknownHostKeyPolicy::AcceptNew), SshCancelFlag());
        const SshCommandResult viaExec = exec.run(u"license smart reservation return local"_s, {u"yes"_s});
        QVERIFY2(viaExec.ok() && viaExec.exitStatus == 0, qPrintable(viaExec.output + viaExec.error.message));
        QVERIFY2(viaExec.output.contains(u"Enter this return code in Cisco Smart Software Manager portal:"_s),
                 qPrintable(viaExec.output));
        QVERIFY2(returnCode.match(viaExec.output).hasMatch(), qPrintable(viaExec.output));

        SshSessionOptions shellOptions = options(UnknownHostKeyPolicy::AcceptNew);
        shellOptions.commandMode = SshCommandMode::ShellOnly;
        SshSession shell(target(u"slr2"_s), shellOptions, SshCancelFlag());
        const SshCommandResult viaShell = shell.run(u"license smart reservation return local"_s, {u"yes"_s});
        QVERIFY2(viaShell.ok(), qPrintable(viaShell.error.message));
        QVERIFY2(returnCode.match(viaShell.output).hasMatch(), qPrintable(viaShell.output));
        QVERIFY2(viaShell.output.contains(u"[yes/no]: yes\n"_s), qPrintable(viaShell.output));
    }

    void stalledOutputIsIdleTimeout()
    {
        SshSessionOptions stallOptions = options(UnknownHostKeyPolicy::AcceptNew);
        stallOptions.timeouts.idleMs = 700;
        SshSession session(target(u"stall"_s), stallOptions, SshCancelFlag());
        const SshCommandResult result = session.run(u"show license status"_s);
        QCOMPARE(result.error.kind, SshErrorKind::Timeout);
        QCOMPARE(result.error.phase, SshPhase::Idle);
        QVERIFY2(result.error.message.contains(u"sent no output"_s), qPrintable(result.error.message));
        QCOMPARE(result.output, QString());
    }

    void errorMessagesNeverShowTheIdToken()
    {
        // In the shell the router echoes the command; the long echo runs into the stall fault, so the
        // command times out and its text ends up in the error message, with the token hidden.
        SshSessionOptions stallOptions = options(UnknownHostKeyPolicy::AcceptNew);
        stallOptions.timeouts.idleMs = 500;
        stallOptions.commandMode = SshCommandMode::ShellOnly;
        SshSession session(target(u"stall"_s), stallOptions, SshCancelFlag());
        const QString command = u"license smart trust idtoken Planted-Token-4711 local "_s + QString(300, u'x');
        const SshCommandResult result = session.run(command);
        QCOMPARE(result.error.kind, SshErrorKind::Timeout);
        QVERIFY2(result.error.message.contains(u"idtoken <redacted> local"_s), qPrintable(result.error.message));
        QVERIFY(!result.error.message.contains(u"Planted-Token-4711"_s));
    }

    void disconnectMidOutputDropsWhatArrived()
    {
        // A lab of its own: a dropped connection must not disturb the routers the other tests use.
        XrsimLab dropLab;
        QString labError;
        QVERIFY2(dropLab.start(
                     {XrsimLab::router(u"drop"_s, 4, {{u"faults"_s, QJsonObject {{u"disconnectAfterBytes"_s, 300}}}})},
                     &labError),
                 qPrintable(labError));
        SshSession session(labTarget(dropLab.router(u"drop"_s)), options(UnknownHostKeyPolicy::AcceptNew),
                           SshCancelFlag());
        const SshCommandResult result = session.run(u"show license status"_s);
        QCOMPARE(result.error.kind, SshErrorKind::ChannelClosed);
        QCOMPARE(result.output, QString());
        QVERIFY2(result.error.message.contains(u"partial output was dropped"_s)
                     || result.error.message.contains(u"was dropped"_s),
                 qPrintable(result.error.message));
        // The connection is gone: later commands fail at once with the same error.
        QCOMPARE(session.run(u"show license status"_s).error.kind, SshErrorKind::ChannelClosed);
    }

    void slowCommandHitsTheCommandTimeout()
    {
        SshSessionOptions slowOptions = options(UnknownHostKeyPolicy::AcceptNew);
        slowOptions.timeouts.commandMs = 800;
        SshSession session(target(u"slow"_s), slowOptions, SshCancelFlag());
        const SshCommandResult result = session.run(u"show license status"_s);
        QCOMPARE(result.error.kind, SshErrorKind::Timeout);
        QCOMPARE(result.error.phase, SshPhase::Command);
        QCOMPARE(result.output, QString());
    }

    void cancelMidCommand()
    {
        // At 40 bytes/s the status output takes far longer than this test waits: only cancel ends it.
        SshPool pool(2);
        SshJob *job = pool.start(jobSpec(u"slow"_s, UnknownHostKeyPolicy::AcceptNew));
        QSignalSpy finished(job, &SshJob::finished);
        QSignalSpy stepStarted(job, &SshJob::stepStarted);
        QVERIFY(stepStarted.wait(10'000));
        QTest::qWait(300); // the command is running and its output trickles in
        QCOMPARE(job->isFinished(), false);
        job->cancel();
        QVERIFY(finished.wait(10'000));
        QCOMPARE(job->result().error.kind, SshErrorKind::Cancelled);
        QVERIFY(job->result().steps.first().ran);
        QCOMPARE(job->result().steps.first().output, QString());
    }

    void outputLimitStopsTheCommand()
    {
        SshSessionOptions limited = options(UnknownHostKeyPolicy::AcceptNew);
        limited.maxOutputBytes = 100;
        SshSession session(target(u"pe1"_s), limited, SshCancelFlag());
        const SshCommandResult result = session.run(u"show license status"_s);
        QCOMPARE(result.error.kind, SshErrorKind::OutputTooLarge);
        QVERIFY2(result.error.message.contains(u"more than 100 bytes"_s), qPrintable(result.error.message));
        QCOMPARE(result.output, QString());
    }

    void parallelJobsStayWithinTheLimit()
    {
        XrsimLab fleet;
        QJsonArray routers;
        for (int i = 0; i < 32; ++i)
            routers.append(XrsimLab::router(u"r%1"_s.arg(i), 100 + i));
        QString error;
        QVERIFY2(fleet.start(routers, &error), qPrintable(error));

        SshPool pool(8);
        QList<SshJob *> jobs;
        for (const XrsimLab::Router &router : fleet.routers()) {
            SshJobSpec spec;
            spec.target = labTarget(router);
            spec.options = options(UnknownHostKeyPolicy::AcceptNew);
            spec.steps = {SshStep::runCommand(u"show license status"_s), SshStep::runCommand(u"show license udi"_s)};
            jobs.append(pool.start(spec));
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(jobs.cbegin(), jobs.cend(), [](SshJob *job) { return job->isFinished(); }),
                                 60'000);
        for (SshJob *job : std::as_const(jobs)) {
            QVERIFY2(job->result().ok(), qPrintable(job->result().error.message));
            QCOMPARE(job->result().steps.size(), 2);
            QCOMPARE(job->result().steps.first().exitStatus, std::optional<int>(0));
        }
        QVERIFY2(pool.peakRunningCount() <= 8, qPrintable(QString::number(pool.peakRunningCount())));
        QCOMPARE(pool.runningCount(), 0);
        QCOMPARE(KnownHostsFile(knownHostsPath()).entries().size(), 32);
    }

private:
    QString knownHostsPath() const { return m_dir.filePath(u"known_hosts"_s); }

    SshSessionOptions options(UnknownHostKeyPolicy policy) const
    {
        SshSessionOptions sessionOptions;
        sessionOptions.knownHostsPath = knownHostsPath();
        sessionOptions.unknownHostKeyPolicy = policy;
        sessionOptions.timeouts = {5000, 20'000, 10'000};
        return sessionOptions;
    }

    static SshTarget labTarget(const XrsimLab::Router &router)
    {
        SshTarget labRouter;
        labRouter.name = router.hostname;
        labRouter.host = router.address;
        labRouter.port = router.port;
        labRouter.username = u"admin"_s;
        labRouter.credentials = SshCredentials::fromPassword(XrsimLab::password);
        return labRouter;
    }

    SshTarget target(const QString &hostname) const { return labTarget(m_lab.router(hostname)); }

    SshJobSpec jobSpec(const QString &hostname, UnknownHostKeyPolicy policy) const
    {
        SshJobSpec spec;
        spec.target = target(hostname);
        spec.options = options(policy);
        spec.steps = {SshStep::runCommand(u"show license status"_s)};
        return spec;
    }

    QTemporaryDir m_dir;
    XrsimLab m_lab;
    QString m_agentKeyLine;
};

QTEST_GUILESS_MAIN(TestSshXrsim)
#include "test_xrsim.moc"
