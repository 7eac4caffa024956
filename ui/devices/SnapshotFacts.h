#pragma once

#include "store/SnapshotRecord.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace slp::ui {

// One labelled value of the detail pane, in a group ("Policy", "Usage reporting", ...).
struct Fact
{
    QString group;
    QString label;
    QString value;

    bool operator==(const Fact &) const = default;
};

// Reads the parts of a refresh snapshot's state document (flows' "slp-snapshot/1": the parsed
// outputs under "commands", the verdict under "compliance") that the detail pane shows, with labels
// in the admin's language. Missing parts give no facts rather than errors: an older snapshot or a
// command the device did not answer simply shows less.
class SnapshotFacts
{
    Q_DECLARE_TR_FUNCTIONS(slp::ui::SnapshotFacts)
public:
    // The parsed data of one show command ("show license status"), or an empty object.
    static QJsonObject commandData(const QJsonObject &state, const QString &command);

    static QList<Fact> policyAndReporting(const QJsonObject &state);
    static QList<Fact> trustAndTransport(const QJsonObject &state);
    static QList<Fact> reservation(const QJsonObject &state);
    // What the compliance verdict found, in words, one per line.
    static QStringList findings(const QJsonObject &state);

    // A JSON value as text: dates in local time, true/false as yes/no, null as "".
    static QString valueText(const QJsonValue &value);
};

} // namespace slp::ui
