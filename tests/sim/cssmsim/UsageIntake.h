#pragma once

#include "AccountBook.h"
#include "LabKeys.h"

#include <QByteArrayList>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace slp::cssmsim {

// What CSSM does with RUM reports, online (v2/devices/reportusage) and offline (the upload bundle):
// verify every report's HMAC over the exact payload bytes with its router's key, refuse report ids
// seen before, then record the usage and write one signed ACK file per device. All or nothing: one
// bad report refuses the whole submission, naming the report.
class UsageIntake
{
public:
    struct Report
    {
        QString signerUdi; // PID:..,SN:.. of the signature's sudi
        QByteArray payload; // exactly as sent
        QByteArray signature; // base64
    };
    struct Device
    {
        QString udi;
        QJsonObject sudi;
        QString softwareTagIdentifier;
        QList<Report> reports;
        QByteArrayList trustRequests; // signed envelopes (router key)
    };
    struct Ack
    {
        QString udi;
        QJsonObject sudi;
        QString softwareTagIdentifier;
        QList<qint64> reportIds;
        QByteArray ackFile;
    };

    UsageIntake(const LabKeys &keys, AccountBook &book);

    std::optional<QList<Ack>> accept(const QList<Device> &devices, AccountBook::VirtualAccount *account, qint64 now,
                                     QString *problem);

    static QString udiText(const QJsonObject &sudi);

private:
    const LabKeys &m_keys;
    AccountBook &m_book;
};

} // namespace slp::cssmsim
