#include "CsvReader.h"

#include <QStringDecoder>

namespace slp {

namespace {

// Walks the text once, character by character; `line` counts physical lines (1-based).
class CsvScanner
{
public:
    explicit CsvScanner(const QString &text)
        : m_text(text)
    { }

    bool atEnd() const { return m_position >= m_text.size(); }
    int line() const { return m_line; }

    // Reads one record starting at the current position. Returns false with `problem` set when
    // the record is malformed (the scanner then stands at the start of the next line).
    bool readRecord(QStringList *fields, QString *problem)
    {
        QString field;
        bool quoted = false;
        bool afterQuotedField = false;
        while (!atEnd()) {
            const QChar c = m_text.at(m_position);
            if (quoted) {
                ++m_position;
                if (c == u'"') {
                    if (peek() == u'"') {
                        field.append(u'"');
                        ++m_position;
                    } else {
                        quoted = false;
                        afterQuotedField = true;
                    }
                } else {
                    if (c == u'\n')
                        ++m_line;
                    field.append(c);
                }
                continue;
            }
            if (c == u',') {
                ++m_position;
                fields->append(field);
                field.clear();
                afterQuotedField = false;
            } else if (c == u'\r' && (charAfter() == u'\n' || m_position + 1 == m_text.size())) {
                ++m_position; // CRLF: the LF ends the record; a CR at the very end is dropped
            } else if (c == u'\n') {
                ++m_position;
                ++m_line;
                fields->append(field);
                return true;
            } else if (afterQuotedField) {
                *problem = CsvReader::tr("text after the closing quote of field %1").arg(fields->size() + 1);
                skipLine();
                return false;
            } else if (c == u'"' && field.isEmpty()) {
                ++m_position;
                quoted = true;
            } else if (c == u'"') {
                *problem = CsvReader::tr("a quote inside unquoted field %1 (quote the whole field and write \"\" "
                                         "for a quote)")
                               .arg(fields->size() + 1);
                skipLine();
                return false;
            } else {
                ++m_position;
                field.append(c);
            }
        }
        if (quoted) {
            *problem = CsvReader::tr("a quoted field that never ends (missing closing quote)");
            return false;
        }
        fields->append(field);
        return true;
    }

    // Skips a line that holds nothing (or only a CR).
    bool skipBlankLine()
    {
        qsizetype at = m_position;
        if (at < m_text.size() && m_text.at(at) == u'\r')
            ++at;
        if (at < m_text.size() && m_text.at(at) == u'\n') {
            m_position = at + 1;
            ++m_line;
            return true;
        }
        return false;
    }

private:
    QChar peek() const { return m_position < m_text.size() ? m_text.at(m_position) : QChar(); }
    QChar charAfter() const { return m_position + 1 < m_text.size() ? m_text.at(m_position + 1) : QChar(); }

    void skipLine()
    {
        while (!atEnd()) {
            const QChar c = m_text.at(m_position++);
            if (c == u'\n') {
                ++m_line;
                return;
            }
        }
    }

    const QString &m_text;
    qsizetype m_position = 0;
    int m_line = 1;
};

} // namespace

CsvReader::Result CsvReader::parse(const QByteArray &data)
{
    Result result;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError()) {
        // Name the first line holding an invalid sequence: decode line by line to find it.
        int line = 1;
        for (const QByteArray &bytes : data.split('\n')) {
            QStringDecoder lineDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString decoded = lineDecoder.decode(bytes); // decoding happens on conversion
            if (lineDecoder.hasError())
                break;
            ++line;
        }
        result.problems.append({line, tr("the file is not valid UTF-8 text")});
        return result;
    }
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);

    CsvScanner scanner(text);
    while (!scanner.atEnd()) {
        if (scanner.skipBlankLine())
            continue;
        Record record;
        record.line = scanner.line();
        QString problem;
        if (scanner.readRecord(&record.fields, &problem))
            result.records.append(record);
        else
            result.problems.append({record.line, problem});
    }
    return result;
}

} // namespace slp
