#pragma once

#include "Secret.h"

#include <QString>

namespace slp {

// What a SecretStore operation reports. A read of a reference that holds nothing is not an error:
// it succeeds with an empty secret.
struct SecretResult
{
    enum class Error {
        None,
        InvalidReference, // the reference name is empty or has characters a store cannot key on
        InvalidInput, // e.g. writing an empty secret, or an empty passphrase
        NoBackend, // no OS keychain is reachable (no D-Bus Secret Service, no KWallet, ...)
        AccessDenied, // the keychain refused, or the user declined the unlock prompt
        WrongPassphrase, // the encrypted file does not open with this passphrase
        Corrupt, // the encrypted file was modified or damaged; it is left untouched
        Io, // reading or writing the file failed
        Other,
    };

    static SecretResult success(Secret secret = {}) { return {Error::None, {}, std::move(secret)}; }
    static SecretResult failure(Error error, QString message) { return {error, std::move(message), {}}; }

    bool ok() const { return error == Error::None; }

    Error error = Error::None;
    QString message; // worded for an admin; never contains the secret
    Secret secret; // only for reads; empty when the reference holds nothing
};

} // namespace slp
