#pragma once

#include "RouterSpec.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace slp::xrsim {

// A whole fleet file: the lab-wide CSSM signing key shared with the CSSM simulator, and the routers.
struct Fleet
{
    QByteArray cssmSigningKey; // raw bytes; signs ACKs, ID tokens and SLR authorization codes
    QList<RouterSpec> routers;
};

// Parses a fleet file (schema in tests/sim/PROTOCOL.md). Every problem is appended to `errors` with the
// JSON path it concerns; the result is only meaningful when `errors` stays empty.
Fleet parseFleet(const QByteArray &json, qint64 now, QStringList *errors);

// Reads a "faults" object (fleet file or control channel); problems go to `errors` with `path`.
FaultSpec parseFaults(const QJsonObject &object, const QString &path, QStringList *errors);
QJsonObject faultsToJson(const FaultSpec &faults);

// The per-router RUM signing key when the fleet file gives none: HMAC-SHA256(lab key, "router-signing-key|<UDI>").
QByteArray derivedRouterSigningKey(const QByteArray &cssmSigningKey, const QString &udi);

} // namespace slp::xrsim
