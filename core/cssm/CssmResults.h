#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace slp {

struct CssmAcknowledgement
{
    QString udi; // PID:..,SN:..
    QString softwareTagIdentifier;
    QByteArray ackFile; // the ACK file to import on the device, decoded from base64
};

struct CssmAuthorization
{
    QString udi;
    bool succeeded = false;
    QString message;
    QByteArray smartLicense; // authorization code file, when succeeded
};

struct CssmReservationResult
{
    QString requestCode;
    bool succeeded = false;
    QString message;
    QByteArray authorizationCode; // one-line <specificPLR>..., when succeeded
};

struct CssmIdToken
{
    QString token;
    QString description;
    QString expirationDate;
    qint64 expiresAfterDays = 0;
    QString exportControlled;
};

struct CssmLicenseSummaryEntry
{
    QString tag;
    QString displayName;
    QString complianceStatus;
    bool enforced = false;
    bool exportRestricted = false;
    qint64 entitled = 0;
    qint64 inUse = 0;
    qint64 reserved = 0;
};

struct CssmVirtualAccountInfo
{
    QString id; // text: may exceed 2^53
    QString name;
    bool isDefault = false;
};

struct CssmSmartAccountInfo
{
    QString id; // text: may exceed 2^53
    QString domain;
    QString name;
    QList<CssmVirtualAccountInfo> virtualAccounts;
};

// Typed readings of CSSM answers (as parsed by LargeIntegerJson, so big ids are strings).
namespace cssmresults {

// An id as exact text: a string as is, an integer number (exact below 2^53) in decimal.
QString idText(const QJsonValue &value);
QList<CssmAcknowledgement> acknowledgements(const QJsonArray &results);
QList<CssmAuthorization> authorizations(const QJsonArray &results);
QList<CssmReservationResult> reservations(const QJsonObject &answer);
QList<CssmIdToken> idTokens(const QJsonObject &answer); // GET .../tokens
CssmIdToken createdIdToken(const QJsonObject &answer); // POST .../tokens
QList<CssmLicenseSummaryEntry> licenseSummary(const QJsonObject &answer);
QList<CssmSmartAccountInfo> accounts(const QJsonObject &answer);

} // namespace cssmresults

} // namespace slp
