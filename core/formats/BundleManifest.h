#pragma once

#include "FormatResult.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace slp {

// `manifest.mf` of an offline bundle: JAR-style `Key: Value` lines. The keys CSSM's upload
// expects are named fields; anything else read from a file is kept in `otherFields`.
struct BundleManifest
{
    QString manifestVersion = QStringLiteral("1.0");
    QString createdBy;
    QString smartAccount;
    QString smartAccountId;
    QString name; // the inner archive this manifest describes (UD_VA_<ts>.tar.gz)
    QString specificationVa; // virtual account name
    QString specificationVaId; // virtual account id
    QList<QPair<QString, QString>> otherFields;

    // Lines end with "\r\n" as in JAR manifests. Fails when a value holds a line break.
    FormatResult<QByteArray> toBytes() const;

    // Accepts "\r\n", "\n" or "\r" line ends and continuation lines (a line starting with a space).
    // Errors name the line.
    static FormatResult<BundleManifest> parse(const QByteArray &bytes);
};

} // namespace slp
