#include "feedbackplancheck.h"

#include "segmentfilter.h"

#include <QCoreApplication>

#include <cmath>

namespace omnimap::sim {

std::optional<double> plannedEmotion(const Stage &stage, const Id &personaId)
{
    double sum = 0.0;
    int n = 0;
    for (const EmotionScore &score : stage.emotions) {
        if (!personaId.isEmpty() && score.personaId == personaId)
            return score.asIs;
        sum += score.asIs;
        ++n;
    }
    if (!personaId.isEmpty() || n == 0)
        return std::nullopt;
    return sum / n;
}

QString signedEmotion(double value)
{
    const double rounded = std::round(value * 10.0) / 10.0;
    const QString digits = QString::number(std::abs(rounded), 'f', 1);
    if (rounded > 0.0)
        return QLatin1Char('+') + digits;
    if (rounded < 0.0)
        return QChar(0x2212) + digits;
    return digits;
}

RuleFindings emotionGapFindings(const Project &project, const Journey &journey, const Persona *persona,
                                const QList<MeasuredEmotion> &measured, double threshold)
{
    RuleFindings findings;
    if (project.disabledRules.contains(QString::fromLatin1(kEmotionGapRuleId)))
        return findings;
    for (int s = 0; s < journey.stages.size() && s < measured.size(); ++s) {
        const MeasuredEmotion &m = measured.at(s);
        const Stage &stage = journey.stages.at(s);
        const std::optional<double> planned = plannedEmotion(stage, persona ? persona->id : Id());
        if (!m.enough || !planned || std::abs(m.mean - *planned) < threshold)
            continue;
        RuleFinding finding;
        finding.ruleId = QString::fromLatin1(kEmotionGapRuleId);
        finding.severity = Diagnostic::Severity::Warning;
        const QString who = persona ? QCoreApplication::translate("omnimap::sim", "%1 customers").arg(persona->name)
                                    : QCoreApplication::translate("omnimap::sim", "Customers");
        finding.message = QCoreApplication::translate("omnimap::sim", "%1 at %2 feel %3, the plan assumes %4 (n = %5)")
                              .arg(who, stage.name, signedEmotion(m.mean), signedEmotion(*planned))
                              .arg(m.n);
        finding.explanation = QCoreApplication::translate(
            "omnimap::sim", "The feedback in the data set puts this stage %1 points away from the emotion the map "
                            "assumes. Read what customers say there (Data ▸ Customer Feedback) and correct the plan or "
                            "the experience.")
                                  .arg(QString::number(std::abs(m.mean - *planned), 'f', 1));
        finding.itemId = stage.id;
        finding.journeyId = journey.id;
        findings.append(finding);
    }
    return findings;
}

bool measureProject(const Project &project, DataSet &dataSet, const FeedbackTable &table, RuleFindings &findings,
                    const MeasuredVisitor &visit, QString *error)
{
    std::vector<std::vector<std::uint8_t>> masks(std::size_t(project.personas.size()));
    for (qsizetype i = 0; i < project.personas.size(); ++i) {
        if (!segmentCustomerMask(dataSet, project.personas.at(i).segmentRule, table.customerLimit, masks[std::size_t(i)],
                                 error))
            return false;
    }
    for (const Journey &journey : project.journeys) {
        const QList<MeasuredEmotion> all = measuredEmotion(table, journey);
        if (visit)
            visit(journey, nullptr, all);
        findings += emotionGapFindings(project, journey, nullptr, all);
        for (qsizetype i = 0; i < project.personas.size(); ++i) {
            const Persona &persona = project.personas.at(i);
            const QList<MeasuredEmotion> mine = measuredEmotion(table, journey, &masks[std::size_t(i)]);
            if (visit)
                visit(journey, &persona, mine);
            findings += emotionGapFindings(project, journey, &persona, mine);
        }
    }
    return true;
}

} // namespace omnimap::sim
