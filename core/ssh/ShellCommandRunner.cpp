#include "ssh/ShellCommandRunner.h"

#include "ssh/IosXrOutput.h"
#include "ssh/IosXrPrompt.h"
#include "ssh/SshChannelReader.h"
#include "ssh/SshCommandRedactor.h"
#include "ssh/SshLog.h"
#include "ssh/SshSessionContext.h"

namespace slp {

namespace {

constexpr int terminalRows = 24;
// Prompts and pager markers are short: looking at the tail keeps detection cheap on large outputs.
constexpr qsizetype tailBytes = 512;

QString normalizedTail(const QByteArray &received)
{
    return IosXrOutput::normalize(received.right(tailBytes));
}

} // namespace

ShellCommandRunner::ShellCommandRunner(SshSessionContext &context)
    : m_context(context)
{ }

ShellCommandRunner::~ShellCommandRunner()
{
    if (!m_channel)
        return;
    if (!m_context.guard.interrupted() && ssh_channel_is_open(m_channel)) {
        m_context.guarded(SshPhase::Command, 2000, [this] {
            ssh_channel_write(m_channel, "exit\n", 5);
            return ssh_channel_close(m_channel);
        });
    }
    ssh_channel_free(m_channel);
}

SshError ShellCommandRunner::start()
{
    const int budget = m_context.options.timeouts.idleMs;
    const QString doing = QStringLiteral("opening an interactive shell");
    m_channel = ssh_channel_new(m_context.session);
    if (!m_channel)
        return m_context.failure(SshErrorKind::ChannelClosed, SshPhase::Command, doing);
    if (m_context.guarded(SshPhase::Command, budget, [this] { return ssh_channel_open_session(m_channel); }) != SSH_OK)
        return m_context.failure(SshErrorKind::CommandRejected, SshPhase::Command, doing);
    const int columns = m_context.options.terminalWidth;
    if (m_context.guarded(SshPhase::Command, budget,
                          [&] { return ssh_channel_request_pty_size(m_channel, "vt100", columns, terminalRows); })
            != SSH_OK
        || m_context.guarded(SshPhase::Command, budget, [this] { return ssh_channel_request_shell(m_channel); })
            != SSH_OK) {
        const bool denied
            = !m_context.guard.interrupted() && ssh_get_error_code(m_context.session) == SSH_REQUEST_DENIED;
        if (denied)
            return SshError::make(SshErrorKind::CommandRejected, SshPhase::Command,
                                  QStringLiteral("%1 accepts neither exec channels nor an interactive shell.")
                                      .arg(m_context.target.displayName()));
        return m_context.failure(SshErrorKind::ChannelClosed, SshPhase::Command, doing);
    }

    QElapsedTimer timer;
    timer.start();
    SshChannelReader reader(m_context, m_channel, timer, QStringLiteral("(waiting for the prompt)"));
    const SshError waited = reader.readUntil(
        [](const QByteArray &received) { return !IosXrPrompt::trailingPrompt(normalizedTail(received)).isEmpty(); },
        false);
    if (!waited.ok())
        return waited;
    m_prompt = IosXrPrompt::trailingPrompt(normalizedTail(reader.standardOutput()));
    m_promptBase = IosXrPrompt::baseOf(m_prompt);
    qCDebug(lcSsh) << "shell prompt on" << m_context.target.displayName() << "is" << m_prompt;

    QByteArray ignored;
    if (m_context.options.shellDisablesPaging) {
        if (const SshError error = exchange(QStringLiteral("terminal length 0"), &ignored); !error.ok())
            return error;
    }
    return exchange(QStringLiteral("terminal width %1").arg(columns), &ignored);
}

SshError ShellCommandRunner::exchange(const QString &line, QByteArray *received, QStringList answers)
{
    QElapsedTimer timer;
    timer.start();
    const QByteArray bytes = line.toUtf8() + '\n';
    if (m_context.guarded(SshPhase::Command, m_context.options.timeouts.idleMs,
                          [&] { return ssh_channel_write(m_channel, bytes.constData(), uint32_t(bytes.size())); })
        != int(bytes.size()))
        return m_context.failure(SshErrorKind::ChannelClosed, SshPhase::Command,
                                 QStringLiteral("sending '%1'").arg(SshCommandRedactor::forDisplay(line)));

    SshChannelReader reader(m_context, m_channel, timer, SshCommandRedactor::forDisplay(line));
    const SshError error = reader.readUntil(
        [this, &answers](const QByteArray &soFar) {
            const QString tail = normalizedTail(soFar);
            if (!answers.isEmpty() && IosXrPrompt::endsWithQuestion(tail)) {
                const QByteArray answer = answers.takeFirst().toUtf8() + '\n';
                m_context.guarded(SshPhase::Command, m_context.options.timeouts.idleMs, [&] {
                    return ssh_channel_write(m_channel, answer.constData(), uint32_t(answer.size()));
                });
                return false;
            }
            if (IosXrPrompt::endsWithMorePrompt(tail)) {
                // Paging is still on: a space asks for the next page.
                m_context.guarded(SshPhase::Command, m_context.options.timeouts.idleMs,
                                  [this] { return ssh_channel_write(m_channel, " ", 1); });
                return false;
            }
            return IosXrPrompt::endsWithPromptOf(tail, m_promptBase);
        },
        false);
    *received = reader.standardOutput();
    return error;
}

SshCommandResult ShellCommandRunner::run(const QString &command, const QStringList &answers)
{
    SshCommandResult result;
    result.viaShell = true;
    QByteArray received;
    result.error = exchange(command, &received, answers);
    if (result.error.ok())
        result.output = IosXrOutput::cleanShellOutput(IosXrOutput::normalize(received), command);
    return result;
}

} // namespace slp
