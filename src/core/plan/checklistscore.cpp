#include "checklistscore.h"

#include "checklisttemplates.h"

#include <cmath>

namespace omnimap {

std::optional<double> ChecklistScore::ratio() const
{
    if (pass + fail == 0)
        return std::nullopt;
    return double(pass) / double(pass + fail);
}

void ChecklistScore::add(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: ++pass; break;
    case CheckStatus::Fail: ++fail; break;
    case CheckStatus::NotApplicable: ++notApplicable; break;
    case CheckStatus::Unchecked: ++unchecked; break;
    }
}

ChecklistScore &ChecklistScore::operator+=(const ChecklistScore &other)
{
    pass += other.pass;
    fail += other.fail;
    notApplicable += other.notApplicable;
    unchecked += other.unchecked;
    return *this;
}

static void addChecklist(ChecklistScores &scores, const Checklist &checklist)
{
    for (const ChecklistItem &item : checklist.items) {
        if (!scores.categories.contains(item.category))
            scores.categories << item.category;
        for (const Id &channelId : checklist.channelIds) {
            const CheckResult *result = findCheckResult(checklist, item.id, channelId);
            const CheckStatus status = result ? result->status : CheckStatus::Unchecked;
            scores.overall.add(status);
            scores.byChannel[channelId].add(status);
            scores.byCategory[item.category].add(status);
            scores.byCategoryAndChannel[item.category][channelId].add(status);
        }
    }
}

ChecklistScores scoreChecklist(const Checklist &checklist)
{
    ChecklistScores scores;
    addChecklist(scores, checklist);
    return scores;
}

ChecklistScores scoreChecklists(const QList<Checklist> &checklists, const Id &journeyId)
{
    ChecklistScores scores;
    for (const Checklist &checklist : checklists) {
        if (journeyId.isEmpty() || checklist.journeyId == journeyId)
            addChecklist(scores, checklist);
    }
    return scores;
}

QString formatScore(const std::optional<double> &ratio)
{
    if (!ratio)
        return QStringLiteral("—");
    return QString::number(qRound(*ratio * 100.0)) + QStringLiteral(" %");
}

} // namespace omnimap
