#pragma once

#include "FieldIssue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace slp {

// RFC 4180 CSV: comma-separated, CRLF or LF line ends, fields optionally in double quotes (which
// may then hold commas, quotes written as "" and line breaks). UTF-8, an optional BOM. Blank
// lines are skipped. Every record knows the line it starts on, for messages.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(slp::CsvReader)
public:
    struct Record
    {
        int line = 0;
        QStringList fields;
    };

    struct Problem
    {
        int line = 0;
        QString message;
    };

    struct Result
    {
        QList<Record> records;
        QList<Problem> problems; // malformed quoting, invalid UTF-8; the record is left out
    };

    static Result parse(const QByteArray &data);
};

} // namespace slp
