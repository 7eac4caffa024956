#include "ChannelHandler.h"

#include "RouterEndpoint.h"
#include "SshConnection.h"
#include "cli/CliSession.h"
#include "router/Router.h"
#include "sftp/SftpServer.h"

#include <QDateTime>
#include <algorithm>
#include <cstring>

namespace slp::xrsim {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

constexpr int kChunk = 32768;
constexpr int kSlowTickMs = 50;
const QByteArray kMorePrompt = QByteArrayLiteral(" --More-- ");

} // namespace

ChannelHandler::ChannelHandler(SshConnection &connection, ssh_channel channel)
    : m_connection(connection)
    , m_channel(channel)
{
    m_callbacks.userdata = this;
    m_callbacks.channel_pty_request_function = &ChannelHandler::onPty;
    m_callbacks.channel_shell_request_function = &ChannelHandler::onShell;
    m_callbacks.channel_exec_request_function = &ChannelHandler::onExec;
    m_callbacks.channel_subsystem_request_function = &ChannelHandler::onSubsystem;
    m_callbacks.channel_env_request_function = &ChannelHandler::onEnv;
    m_callbacks.channel_pty_window_change_function = &ChannelHandler::onWindowChange;
    m_callbacks.channel_data_function = &ChannelHandler::onData;
    m_callbacks.channel_eof_function = &ChannelHandler::onEof;
    m_callbacks.channel_close_function = &ChannelHandler::onClose;
    ssh_callbacks_init(&m_callbacks);
    ssh_set_channel_callbacks(m_channel, &m_callbacks);
}

ChannelHandler::~ChannelHandler()
{
    if (!m_channel)
        return;
    ssh_remove_channel_callbacks(m_channel, &m_callbacks);
    ssh_channel_free(m_channel);
}

int ChannelHandler::onPty(ssh_session, ssh_channel, const char *, int, int height, int, int, void *self)
{
    auto *handler = static_cast<ChannelHandler *>(self);
    handler->m_pty = true;
    handler->m_ptyHeight = height;
    return 0;
}

int ChannelHandler::onEnv(ssh_session, ssh_channel, const char *, const char *, void *)
{
    return 0; // accepted and ignored, as IOS XR does with LANG and friends
}

int ChannelHandler::onWindowChange(ssh_session, ssh_channel, int, int, int, int, void *)
{
    return 0;
}

int ChannelHandler::onShell(ssh_session, ssh_channel, void *self)
{
    auto *handler = static_cast<ChannelHandler *>(self);
    if (handler->m_kind != Kind::Unknown)
        return -1;
    handler->m_kind = Kind::Shell;
    handler->m_cli = std::make_unique<CliSession>(handler->m_connection.endpoint().router());
    // A terminal pages at its height (IOS XR's default length is 24); a pipe never pages.
    handler->m_cli->setTerminalLength(handler->m_pty ? (handler->m_ptyHeight > 0 ? handler->m_ptyHeight : 24) : 0);
    handler->m_cli->setInteractive(handler->m_pty);
    handler->queueRaw(handler->terminalText(QStringLiteral("\n\n") + handler->m_cli->prompt()));
    return 0;
}

int ChannelHandler::onExec(ssh_session, ssh_channel, const char *command, void *self)
{
    auto *handler = static_cast<ChannelHandler *>(self);
    if (handler->m_kind != Kind::Unknown)
        return -1;
    handler->m_kind = Kind::Exec;
    handler->m_cli = std::make_unique<CliSession>(handler->m_connection.endpoint().router());
    handler->m_cli->setTerminalLength(0);
    const CliReply reply = handler->m_cli->execute(QString::fromUtf8(command));
    handler->queueCommandOutput(reply.output);
    if (!reply.question.isEmpty()) {
        handler->queueRaw(handler->terminalText(reply.question));
        handler->m_awaitingExecAnswer = true;
        return 0;
    }
    handler->finishWhenDrained(reply.exitStatus);
    return 0;
}

int ChannelHandler::onSubsystem(ssh_session, ssh_channel, const char *subsystem, void *self)
{
    auto *handler = static_cast<ChannelHandler *>(self);
    if (handler->m_kind != Kind::Unknown || std::strcmp(subsystem, "sftp") != 0)
        return -1;
    handler->m_kind = Kind::Sftp;
    Router &router = handler->m_connection.endpoint().router();
    handler->m_sftp = std::make_unique<SftpServer>(RouterFileSystem(router.fileSystemRoot()),
                                                   [&router] { return router.faults().diskFull; });
    return 0;
}

int ChannelHandler::onData(ssh_session, ssh_channel, void *data, uint32_t length, int isStderr, void *self)
{
    auto *handler = static_cast<ChannelHandler *>(self);
    if (isStderr)
        return static_cast<int>(length);
    if (handler->m_kind == Kind::Sftp) {
        handler->m_output.append(
            handler->m_sftp->feed(QByteArray(static_cast<const char *>(data), static_cast<qsizetype>(length))));
        if (handler->m_sftp->failed())
            handler->finishWhenDrained(1);
        return static_cast<int>(length);
    }
    handler->m_input.append(static_cast<const char *>(data), static_cast<qsizetype>(length));
    if (handler->m_kind == Kind::Shell)
        handler->runShellInput();
    else if (handler->m_kind == Kind::Exec && handler->m_awaitingExecAnswer)
        handler->runExecAnswer();
    return static_cast<int>(length);
}

void ChannelHandler::onEof(ssh_session, ssh_channel, void *self)
{
    auto *handler = static_cast<ChannelHandler *>(self);
    handler->m_clientEof = true;
    if (handler->m_kind == Kind::Sftp)
        handler->finishWhenDrained(0);
    else if (handler->m_kind == Kind::Shell)
        handler->runShellInput();
    else if (handler->m_kind == Kind::Exec && handler->m_awaitingExecAnswer)
        handler->runExecAnswer();
}

void ChannelHandler::onClose(ssh_session, ssh_channel, void *self)
{
    auto *handler = static_cast<ChannelHandler *>(self);
    handler->m_remoteClosed = true;
    handler->closeLocally();
}

QByteArray ChannelHandler::terminalText(const QString &text) const
{
    QByteArray bytes = text.toUtf8();
    if (m_pty)
        bytes.replace("\n", "\r\n"); // the terminal's output processing (ONLCR)
    return bytes;
}

void ChannelHandler::queueRaw(const QByteArray &bytes)
{
    m_output.append(bytes);
}

void ChannelHandler::queueCommandOutput(const QString &text)
{
    m_faults = m_connection.endpoint().router().faults();
    QByteArray bytes = terminalText(text);
    if (m_faults.garbage && !bytes.isEmpty()) {
        // Line noise as a flaky console server would inject it: control bytes, invalid UTF-8, a stray escape.
        static const QByteArray noise = QByteArrayLiteral("\x00\xff\xfe\x1b[?25l\x07\x80\x81\xc3\x28~\x7f\x1b]0;\x9b");
        bytes.insert(bytes.size() / 2, noise);
    }
    const int pageLines = m_cli ? m_cli->terminalLength() : 0;
    if (m_kind == Kind::Shell && pageLines > 1) {
        QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        if (lines.size() > pageLines - 1) {
            m_pendingLines = lines;
            queueNextPage(pageLines - 1);
            return;
        }
    }
    m_output.append(bytes);
}

void ChannelHandler::queueNextPage(int lines)
{
    for (int i = 0; i < lines && !m_pendingLines.isEmpty(); ++i)
        m_output.append(m_pendingLines.takeFirst().toUtf8() + '\n');
    if (!m_pendingLines.isEmpty()) {
        m_output.append(kMorePrompt);
        m_atMorePrompt = true;
    }
}

void ChannelHandler::handlePagerKey(char key)
{
    // Erase " --More-- " the way IOS XR does: back over it, blank it, back again.
    const QByteArray back(kMorePrompt.size(), '\b');
    m_output.append(back + QByteArray(kMorePrompt.size(), ' ') + back);
    m_atMorePrompt = false;
    const int pageLines = std::max(2, m_cli->terminalLength());
    if (key == 'q' || key == 'Q' || key == 0x03)
        m_pendingLines.clear();
    else if (key == '\r' || key == '\n')
        queueNextPage(1);
    else
        queueNextPage(pageLines - 1);
    if (!m_atMorePrompt && m_promptAfterPaging) {
        m_promptAfterPaging = false;
        m_output.append(terminalText(m_cli->prompt()));
    }
}

void ChannelHandler::runShellInput()
{
    // One command at a time: input typed ahead waits until the previous output has gone out.
    while (!m_input.isEmpty() && !m_localClosed) {
        if (m_atMorePrompt) {
            if (!m_output.isEmpty())
                return;
            const char key = m_input.at(0);
            m_input.remove(0, 1);
            if (key == '\n' && m_lastWasCarriageReturn) {
                m_lastWasCarriageReturn = false;
                continue;
            }
            m_lastWasCarriageReturn = key == '\r';
            handlePagerKey(key);
            continue;
        }
        if (!m_output.isEmpty() && (m_faults.slowOutputBytesPerSecond > 0 || m_faults.stallAfterBytes >= 0))
            return;
        const char c = m_input.at(0);
        m_input.remove(0, 1);
        if (c == '\n' && m_lastWasCarriageReturn) {
            m_lastWasCarriageReturn = false;
            continue;
        }
        m_lastWasCarriageReturn = c == '\r';
        if (c == '\r' || c == '\n') {
            if (m_pty)
                m_output.append("\r\n");
            const QString line = QString::fromUtf8(m_line);
            m_line.clear();
            const CliReply reply = m_cli->execute(line);
            if (reply.endSession) {
                finishWhenDrained(0);
                return;
            }
            queueCommandOutput(reply.output);
            const QString next = reply.question.isEmpty() ? m_cli->prompt() : reply.question;
            if (m_atMorePrompt)
                m_promptAfterPaging = true;
            else
                m_output.append(terminalText(next));
            continue;
        }
        if (c == 0x7f || c == 0x08) {
            if (!m_line.isEmpty()) {
                m_line.chop(1);
                if (m_pty)
                    m_output.append("\b \b");
            }
            continue;
        }
        if (c == 0x03) { // Ctrl-C drops the line
            m_line.clear();
            if (m_pty)
                m_output.append("^C\r\n" + terminalText(m_cli->prompt()));
            continue;
        }
        if (c == 0x1a) { // Ctrl-Z leaves configuration mode
            m_line = "end";
            m_input.prepend('\r');
            continue;
        }
        if (static_cast<unsigned char>(c) < 0x20)
            continue;
        m_line.append(c);
        if (m_pty)
            m_output.append(c);
    }
    if (m_clientEof && m_input.isEmpty() && !m_atMorePrompt && !m_finishPending)
        finishWhenDrained(0);
}

void ChannelHandler::runExecAnswer()
{
    const qsizetype end = m_input.indexOf('\n');
    if (end < 0 && !m_clientEof)
        return;
    const QString answer = QString::fromUtf8(end < 0 ? m_input : m_input.left(end)).trimmed();
    m_input.clear();
    m_awaitingExecAnswer = false;
    const CliReply reply = m_cli->execute(answer);
    queueCommandOutput(QStringLiteral("\n") + reply.output);
    finishWhenDrained(reply.exitStatus);
}

void ChannelHandler::finishWhenDrained(int exitStatus)
{
    m_exitStatus = exitStatus;
    m_finishPending = true;
}

void ChannelHandler::closeLocally()
{
    if (m_localClosed)
        return;
    m_localClosed = true;
    ssh_channel_close(m_channel);
}

int ChannelHandler::millisecondsUntilWork() const
{
    if (m_output.isEmpty() || m_localClosed)
        return m_finishPending && !m_localClosed ? 0 : 100;
    if (m_faults.stallAfterBytes >= 0 && m_bytesSent >= m_faults.stallAfterBytes)
        return 100;
    if (ssh_channel_window_size(m_channel) == 0)
        return 20;
    return static_cast<int>(std::max<qint64>(0, m_nextWriteMs - nowMs()));
}

void ChannelHandler::pump()
{
    if (m_localClosed)
        return;
    while (!m_output.isEmpty()) {
        if (m_faults.stallAfterBytes >= 0 && m_bytesSent >= m_faults.stallAfterBytes)
            return; // stalled for good: the session stays up, nothing more arrives
        const qint64 now = nowMs();
        if (now < m_nextWriteMs)
            return;
        qint64 budget = std::min<qint64>(m_output.size(), kChunk);
        if (m_faults.slowOutputBytesPerSecond > 0) {
            budget = std::min<qint64>(budget, std::max(1, m_faults.slowOutputBytesPerSecond * kSlowTickMs / 1000));
            m_nextWriteMs = now + kSlowTickMs;
        }
        if (m_faults.stallAfterBytes >= 0)
            budget = std::min<qint64>(budget, m_faults.stallAfterBytes - m_bytesSent);
        if (m_faults.disconnectAfterBytes >= 0)
            budget = std::min<qint64>(budget, std::max<qint64>(0, m_faults.disconnectAfterBytes - m_bytesSent));
        budget = std::min<qint64>(budget, ssh_channel_window_size(m_channel));
        if (m_faults.disconnectAfterBytes >= 0 && m_bytesSent >= m_faults.disconnectAfterBytes) {
            m_connection.dropConnection();
            return;
        }
        if (budget <= 0)
            return;
        const int written = ssh_channel_write(m_channel, m_output.constData(), static_cast<uint32_t>(budget));
        if (written <= 0)
            return;
        m_output.remove(0, written);
        m_bytesSent += written;
        if (m_faults.slowOutputBytesPerSecond > 0)
            return;
    }
    if (m_kind == Kind::Shell && !m_input.isEmpty())
        runShellInput();
    if (m_output.isEmpty() && m_finishPending && !m_localClosed) {
        ssh_channel_request_send_exit_status(m_channel, m_exitStatus);
        ssh_channel_send_eof(m_channel);
        closeLocally();
    }
}

} // namespace slp::xrsim
