#pragma once

#include "compliance/ComplianceState.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QList>
#include <QString>

namespace slp::ui {

// How a compliance state looks everywhere in the console. Colour alone never carries the state:
// every state has its own icon shape and its own word, and the colours come from the Okabe-Ito
// palette, which stays distinguishable with the common colour-vision deficiencies.
class ComplianceStyle
{
    Q_DECLARE_TR_FUNCTIONS(slp::ui::ComplianceStyle)
public:
    // The word shown in tables and on the dashboard ("Due soon").
    static QString text(ComplianceState state);
    // One sentence: what the state means and what to do about it.
    static QString description(ComplianceState state);
    static QColor colour(ComplianceState state);
    // A 16x16 (and 32x32) icon whose shape differs per state.
    static QIcon icon(ComplianceState state);
    // Every state, worst first: the order of the dashboard tiles and the state filter.
    static QList<ComplianceState> statesWorstFirst();
    // The reason id a snapshot stores (core/compliance dueReasonId) in words; unknown ids unchanged.
    static QString dueReasonText(const QString &reasonId);
};

} // namespace slp::ui
