#pragma once

#include <QString>

namespace slp {

// Why a store operation failed, with a message worded for an admin (what and where).
struct StoreError
{
    enum class Code {
        None,
        NotOpen, // open() was not called or failed
        InvalidInput, // a record or CSV row failed validation
        Duplicate, // hostname, address:port or profile name already taken
        NotFound, // no such device / profile / snapshot / job
        InUse, // e.g. a credential profile still referenced by devices
        NewerSchema, // the database was written by a newer SLP Console: refused, untouched
        NotAStoreDatabase, // the file is not an SLP Console database
        Database, // SQLite failed (I/O, disk full, locked past the busy timeout, ...)
    };

    static StoreError none() { return {}; }
    static StoreError make(Code code, QString message) { return {code, std::move(message)}; }

    bool ok() const { return code == Code::None; }

    Code code = Code::None;
    QString message;
};

} // namespace slp
