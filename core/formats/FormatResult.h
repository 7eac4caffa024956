#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace slp {

// What every reader in core/formats returns: either the value or one message, worded for an
// admin, that names what was wrong and where (line, report id, archive entry, ...).
template<typename T> class FormatResult
{
public:
    static FormatResult success(T value)
    {
        FormatResult result;
        result.m_value = std::move(value);
        return result;
    }
    static FormatResult failure(QString message)
    {
        FormatResult result;
        result.m_error = std::move(message);
        return result;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    // Only meaningful when ok().
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }

    // Empty when ok().
    const QString &error() const { return m_error; }

private:
    FormatResult() = default;

    std::optional<T> m_value;
    QString m_error;
};

} // namespace slp
