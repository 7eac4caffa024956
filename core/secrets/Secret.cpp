#include "Secret.h"

#include <openssl/crypto.h>

namespace slp {

Secret &Secret::operator=(const Secret &other)
{
    if (this != &other) {
        wipe();
        m_bytes = other.m_bytes;
    }
    return *this;
}

Secret &Secret::operator=(Secret &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
    }
    return *this;
}

Secret::~Secret()
{
    wipe();
}

bool Secret::operator==(const Secret &other) const
{
    return m_bytes.size() == other.m_bytes.size()
        && CRYPTO_memcmp(m_bytes.constData(), other.m_bytes.constData(), size_t(m_bytes.size())) == 0;
}

void Secret::wipe()
{
    // Only the last owner wipes: a shared buffer is still in use by another copy, and writing
    // through data() would detach (copy) it instead of clearing it.
    if (!m_bytes.isEmpty() && m_bytes.isDetached())
        OPENSSL_cleanse(m_bytes.data(), size_t(m_bytes.size()));
    m_bytes.clear();
}

} // namespace slp
