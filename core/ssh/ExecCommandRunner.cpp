#include "ssh/ExecCommandRunner.h"

#include "ssh/IosXrOutput.h"
#include "ssh/SshChannelReader.h"
#include "ssh/SshCommandRedactor.h"
#include "ssh/SshSessionContext.h"

#include <memory>

namespace slp {

namespace {

// Closes and frees a channel; closing waits for the router's answer, bounded by the guard.
struct ChannelCloser
{
    SshSessionContext *context;
    void operator()(ssh_channel channel) const
    {
        if (!context->guard.interrupted() && ssh_channel_is_open(channel))
            context->guarded(SshPhase::Command, 2000, [channel] { return ssh_channel_close(channel); });
        ssh_channel_free(channel);
    }
};

} // namespace

SshCommandResult ExecCommandRunner::run(SshSessionContext &context, const QString &commandLine,
                                        const QStringList &answers, bool *refused)
{
    // `command` names the command in messages; only `commandLine` goes to the router.
    const QString command = SshCommandRedactor::forDisplay(commandLine);
    *refused = false;
    SshCommandResult result;
    QElapsedTimer commandTimer;
    commandTimer.start();
    const int budget = context.options.timeouts.idleMs;

    const std::unique_ptr<ssh_channel_struct, ChannelCloser> channel(ssh_channel_new(context.session),
                                                                     ChannelCloser {&context});
    if (!channel) {
        result.error = context.failure(SshErrorKind::ChannelClosed, SshPhase::Command,
                                       QStringLiteral("opening a channel for '%1'").arg(command));
        return result;
    }
    if (context.guarded(SshPhase::Command, budget, [&] { return ssh_channel_open_session(channel.get()); }) != SSH_OK) {
        result.error = context.failure(SshErrorKind::CommandRejected, SshPhase::Command,
                                       QStringLiteral("opening a session channel for '%1'").arg(command));
        return result;
    }
    const QByteArray commandBytes = commandLine.toUtf8();
    if (context.guarded(SshPhase::Command, budget,
                        [&] { return ssh_channel_request_exec(channel.get(), commandBytes.constData()); })
        != SSH_OK) {
        if (!context.guard.interrupted() && ssh_get_error_code(context.session) == SSH_REQUEST_DENIED) {
            *refused = true;
            result.error = SshError::make(
                SshErrorKind::CommandRejected, SshPhase::Command,
                QStringLiteral("%1 does not accept commands over exec channels.").arg(context.target.displayName()));
            return result;
        }
        result.error = context.failure(SshErrorKind::ChannelClosed, SshPhase::Command,
                                       QStringLiteral("starting '%1'").arg(command));
        return result;
    }

    for (const QString &answer : answers) {
        const QByteArray line = answer.toUtf8() + '\n';
        if (context.guarded(SshPhase::Command, budget,
                            [&] { return ssh_channel_write(channel.get(), line.constData(), uint32_t(line.size())); })
            != int(line.size())) {
            result.error = context.failure(SshErrorKind::ChannelClosed, SshPhase::Command,
                                           QStringLiteral("answering the questions of '%1'").arg(command));
            return result;
        }
    }

    SshChannelReader reader(context, channel.get(), commandTimer, command);
    result.error = reader.readUntil({}, true);
    if (!result.error.ok())
        return result;
    result.exitStatus = reader.exitStatus(&result.error);
    if (!result.error.ok())
        return result;
    if (!result.exitStatus) {
        result.error = SshError::make(SshErrorKind::ChannelClosed, SshPhase::Command,
                                      QStringLiteral("%1 closed the channel of '%2' without an exit status, so the "
                                                     "command may not have finished; its output (%3 bytes) was "
                                                     "dropped.")
                                          .arg(context.target.displayName(), command)
                                          .arg(reader.standardOutput().size()));
        return result;
    }
    result.output = IosXrOutput::cleanExecOutput(reader.standardOutput());
    result.errorOutput = IosXrOutput::normalize(reader.standardError());
    return result;
}

} // namespace slp
