#pragma once

#include <QList>
#include <QString>

namespace slp {

// One problem of one CSV row.
struct CsvImportIssue
{
    int line = 0; // physical line where the row starts (the header is line 1)
    QString field; // "port", "address", ...; empty for the row as a whole
    QString message;

    // "line 4: port: 70000 is out of range (1-65535)"
    QString toString() const
    {
        QString text = QStringLiteral("line %1: ").arg(line);
        if (!field.isEmpty())
            text += field + QLatin1String(": ");
        return text + message;
    }

    bool operator==(const CsvImportIssue &) const = default;
};

struct CsvImportOptions
{
    bool skipBadRows = false; // import the good rows even when some are bad
};

// What an inventory CSV import did, and every problem it found (all of them, not the first).
struct CsvImportReport
{
    int rowsRead = 0; // data rows, header excluded
    int imported = 0;
    int skipped = 0; // bad rows left out (only with skipBadRows)
    QList<qint64> importedIds; // in file order
    QList<CsvImportIssue> issues;
};

} // namespace slp
