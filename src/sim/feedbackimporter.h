#pragma once

#include "dataset.h"
#include "importtypes.h"

#include <QSet>
#include <QStringList>

namespace omnimap::sim {

/// Logical fields of a feedback CSV (docs/feedback.md), matched by header name like
/// events: the field's name, a known alias, or the user's mapping ("text" -> "comment").
QStringList feedbackFields();

/// Names the plan knows. When a set is not empty, a row naming a touchpoint (or stage)
/// outside it is a bad row: feedback about a touchpoint the map does not have can not be
/// drawn on it and is usually a typo.
struct FeedbackPlanNames
{
    QSet<QString> touchpoints;
    QSet<QString> stages;
};

/// Imports a feedback CSV in one transaction with the rules of the event import: all
/// rows or none (with skipBadRows: the good rows, the bad ones recorded in import_runs),
/// problems with line and column, UTF-8 only, finite scores inside their kind's scale.
ImportResult importFeedbackCsv(DataSet &dataSet, const QString &csvPath, const ImportOptions &options,
                               const FeedbackPlanNames &plan = {});
ImportResult importFeedbackCsvBytes(DataSet &dataSet, const QByteArray &csv, const QString &sourceName,
                                    const ImportOptions &options, const FeedbackPlanNames &plan = {});

} // namespace omnimap::sim
