#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace slp {

// One device's share of a reportusage request.
struct CssmDeviceUsage
{
    QString pid;
    QString serial;
    QString hostname;
    QString softwareTagIdentifier; // e.g. "regid.2017-05.com.cisco.iosxr,v24.2.1"
    // Each report exactly as the router wrote it (the CDATA of a <RUMReport>: payload, header,
    // signature). The payload string goes out unchanged: CSSM checks its signature byte for byte.
    QList<QByteArray> reports;
    QList<QByteArray> trustRequests; // signed trust request envelopes, if the device asks for trust
};

struct CssmAuthorizationRequest
{
    QString pid;
    QString serial;
    QString hostname;
    QList<QPair<QString, qint64>> keys; // entitlement tag, count
};

struct CssmReservationRequest
{
    QString requestCode; // from `license smart reservation request local`
    QList<QPair<QString, qint64>> licenses; // entitlement tag, quantity
};

// Request bodies in CSSM's shapes (DESIGN.md appendix A). Each carries a fresh nonce that the job
// keeps for all its attempts.
namespace cssmrequests {

QString newNonce();
// nullopt and a reason naming the device and report when a report is not a signed RUM report JSON.
std::optional<QByteArray> reportUsageBody(const QList<CssmDeviceUsage> &devices, const QString &nonce, qint64 nowMs,
                                          QString *problem);
QByteArray pollBody(const QString &pollId, const QString &action, const QString &nonce, qint64 nowMs);
QByteArray authRequestBody(const QList<CssmAuthorizationRequest> &requests, const QString &nonce, qint64 nowMs);
QByteArray reserveLicensesBody(const QList<CssmReservationRequest> &requests);
QByteArray returnReservationBody(const QString &udi, const QString &returnCode);
QByteArray createIdTokenBody(const QString &description, int expiresAfterDays, bool exportControlled);

} // namespace cssmrequests

} // namespace slp
