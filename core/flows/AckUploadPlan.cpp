#include "AckUploadPlan.h"

namespace slp {

int AckUploadPlan::importableCount() const
{
    int count = 0;
    for (const AckUploadEntry &entry : entries)
        count += entry.problem.isEmpty() ? 1 : 0;
    return count;
}

int AckUploadPlan::matchedCount() const
{
    int count = 0;
    for (const AckUploadEntry &entry : entries)
        count += entry.problem.isEmpty() && entry.deviceId > 0 ? 1 : 0;
    return count;
}

int AckUploadPlan::unmatchedCount() const
{
    return importableCount() - matchedCount();
}

int AckUploadPlan::refusedCount() const
{
    int count = int(entries.size()) - importableCount();
    for (const AckUploadFile &file : files)
        count += file.error.isEmpty() ? 0 : 1;
    return count;
}

} // namespace slp
