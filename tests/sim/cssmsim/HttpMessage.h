#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace slp::cssmsim {

struct HttpRequest
{
    QByteArray method;
    QString path; // decoded path without the query
    QString query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    int delayMs = 0; // answer later (slow-poll fault)
    bool dropConnection = false; // close without an answer (dropped-connection fault)

    static HttpResponse json(int status, const QJsonObject &object)
    {
        HttpResponse response;
        response.status = status;
        response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        return response;
    }
};

} // namespace slp::cssmsim
