#pragma once

#include <QString>

#include <optional>

namespace slp {

// The life of a job and of each of its per-device steps, as stored (lower-case words in SQL).
enum class JobState { Pending, Running, Succeeded, Failed, Cancelled };
enum class JobStepState { Pending, Running, Succeeded, Failed, Cancelled, Skipped };

QString toText(JobState state);
QString toText(JobStepState state);
std::optional<JobState> jobStateFromText(const QString &text);
std::optional<JobStepState> jobStepStateFromText(const QString &text);

// A job or step in one of these states will not change any more; a job that is not terminal
// after a restart was interrupted and can be resumed.
bool isTerminal(JobState state);
bool isTerminal(JobStepState state);

} // namespace slp
