#pragma once

#include "model/project.h"

#include <QMap>

#include <optional>

namespace omnimap {

/// Counts of one slice of checklist results.
///
/// The score is pass / (pass + fail): "not applicable" items are left out, and items
/// nobody has checked yet are counted separately rather than as failures, so a half-
/// reviewed checklist shows both how good the reviewed part is and how much is left.
struct ChecklistScore
{
    int pass = 0;
    int fail = 0;
    int notApplicable = 0;
    int unchecked = 0;

    int total() const { return pass + fail + notApplicable + unchecked; }
    /// 0..1, or nothing when no item of the slice has been passed or failed.
    std::optional<double> ratio() const;
    void add(CheckStatus status);
    ChecklistScore &operator+=(const ChecklistScore &other);
};

/// Scores of one checklist, sliced every way the editor and the report show them.
/// Every item × applied channel counts once; a missing result is unchecked.
struct ChecklistScores
{
    ChecklistScore overall;
    QMap<Id, ChecklistScore> byChannel;     ///< channel id
    QMap<QString, ChecklistScore> byCategory; ///< item category
    QMap<QString, QMap<Id, ChecklistScore>> byCategoryAndChannel; ///< heat map cells
    QStringList categories; ///< in the order items first use them
};

ChecklistScores scoreChecklist(const Checklist &checklist);

/// All checklists of the project added up (or of one journey when journeyId is set).
ChecklistScores scoreChecklists(const QList<Checklist> &checklists, const Id &journeyId = {});

/// "83 %" or "—" when there is nothing to score.
QString formatScore(const std::optional<double> &ratio);

} // namespace omnimap
