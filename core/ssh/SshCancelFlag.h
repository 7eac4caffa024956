#pragma once

#include <atomic>
#include <memory>

namespace slp {

// A cancellation flag shared between the thread that asks (GUI, slpctl) and the worker that
// checks it between short polls. Copies share the same flag.
class SshCancelFlag
{
public:
    SshCancelFlag()
        : m_flag(std::make_shared<std::atomic_bool>(false))
    { }
    void cancel() const { m_flag->store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_flag->load(std::memory_order_relaxed); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

} // namespace slp
