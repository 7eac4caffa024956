#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace slp {

// Opens the <data> of ACK and policy files: a signed envelope {"payload": "<JSON as a string>",
// "signature": ...}, base64-encoded (tests/sim/PROTOCOL.md section 5) or plain. Only reads: the
// console never checks CSSM's signature, the router does.
class SignedEnvelope
{
public:
    // The payload's JSON object (or the data's own object when it is no envelope); empty when the
    // data is not JSON in any of these forms. *isSigned tells whether a "signature" came along.
    static QJsonObject open(const QByteArray &data, bool *isSigned);
};

} // namespace slp
