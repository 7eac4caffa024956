#pragma once

#include "ssh/SshError.h"
#include "ssh/SshHostKey.h"
#include "ssh/SshHostKeyQuestion.h"

namespace slp {

struct SshSessionContext;

// Checks the key the router presented against the application's known_hosts file, applying the
// unknown-key policy. A changed key is always refused.
class SshHostKeyVerifier
{
public:
    struct Outcome
    {
        SshError error;
        SshHostKey key;
        bool added = false; // a new key was accepted and recorded
    };

    static Outcome verify(SshSessionContext &context, const SshHostKeyDecider &decider);

    // The key type named inside an SSH wire-format key blob ("ssh-ed25519"), or empty.
    static QString keyTypeOfBlob(const QByteArray &blob);
};

} // namespace slp
