#pragma once

#include <QString>
#include <QXmlStreamReader>

namespace slp {

// The rules every XML licensing file is read under: UTF-8 only (signed bytes are UTF-8), no DTD
// (so no entity expansion, internal or external), a bounded size, and errors that say where.
class SafeXml
{
public:
    // Largest XML licensing file the readers accept (a RUM file of a busy router is a few MiB).
    static constexpr qsizetype maxDocumentBytes = 64 * 1024 * 1024;

    // Checks the size, then advances `xml` to the root element's start tag. Returns an error
    // message (empty on success) naming the problem: too large, DOCTYPE, not UTF-8, no root.
    static QString openRoot(QXmlStreamReader &xml, qsizetype documentBytes);

    // Called once the root element's children are read: reports an error met on the way, then reads
    // the rest of the document, where only comments, processing instructions and white space may
    // follow. Returns an error message or an empty string.
    static QString finishDocument(QXmlStreamReader &xml);

    // "line 12, column 5" of the reader's current position.
    static QString where(const QXmlStreamReader &xml);

    // The reader's own error with its position, for malformed XML.
    static QString describeError(const QXmlStreamReader &xml);

    // Text of the current element (which must not contain child elements); error on failure.
    static QString readText(QXmlStreamReader &xml, QString *error);
};

} // namespace slp
