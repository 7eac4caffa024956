#pragma once

#include <QByteArray>
#include <QStringList>

namespace slp {

// Writes RFC 4180 CSV (UTF-8, CRLF line ends) that CsvReader and spreadsheet programs read back
// unchanged: a field is quoted when it holds a comma, quote, line break or edge whitespace.
class CsvWriter
{
public:
    void addRecord(const QStringList &fields);
    QByteArray data() const { return m_data; }

    static QString quoted(const QString &field);

private:
    QByteArray m_data;
};

} // namespace slp
