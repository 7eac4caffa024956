#include "JobStates.h"

#include "EnumText.h"

#include <array>
#include <utility>

namespace slp {

namespace {

constexpr std::array jobStateNames {
    std::pair {JobState::Pending, "pending"},     std::pair {JobState::Running, "running"},
    std::pair {JobState::Succeeded, "succeeded"}, std::pair {JobState::Failed, "failed"},
    std::pair {JobState::Cancelled, "cancelled"},
};

constexpr std::array stepStateNames {
    std::pair {JobStepState::Pending, "pending"},     std::pair {JobStepState::Running, "running"},
    std::pair {JobStepState::Succeeded, "succeeded"}, std::pair {JobStepState::Failed, "failed"},
    std::pair {JobStepState::Cancelled, "cancelled"}, std::pair {JobStepState::Skipped, "skipped"},
};

} // namespace

QString toText(JobState state)
{
    return enumtext::nameOf(jobStateNames, state);
}

QString toText(JobStepState state)
{
    return enumtext::nameOf(stepStateNames, state);
}

std::optional<JobState> jobStateFromText(const QString &text)
{
    return enumtext::valueOf(jobStateNames, text);
}

std::optional<JobStepState> jobStepStateFromText(const QString &text)
{
    return enumtext::valueOf(stepStateNames, text);
}

bool isTerminal(JobState state)
{
    return state == JobState::Succeeded || state == JobState::Failed || state == JobState::Cancelled;
}

bool isTerminal(JobStepState state)
{
    return state != JobStepState::Pending && state != JobStepState::Running;
}

} // namespace slp
