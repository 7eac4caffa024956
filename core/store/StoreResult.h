#pragma once

#include "StoreError.h"

namespace slp {

// A value or the reason there is none. Some failures still carry a value worth showing (a CSV
// import that was refused returns the report listing every bad row).
template<typename T> struct StoreResult
{
    static StoreResult success(T value) { return {std::move(value), {}}; }
    static StoreResult failure(StoreError error, T partial = T()) { return {std::move(partial), std::move(error)}; }

    bool ok() const { return error.ok(); }

    T value {};
    StoreError error;
};

} // namespace slp
