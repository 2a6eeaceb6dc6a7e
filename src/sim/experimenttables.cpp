#include "experimenttables.h"

#include <QCoreApplication>

namespace omnimap::sim {

namespace {

struct ExperimenttablesTr { Q_DECLARE_TR_FUNCTIONS(omnimap::sim) };

QVariant optional(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QString());
}

} // namespace

QString verdictName(ExperimentVerdict verdict)
{
    switch (verdict) {
    case ExperimentVerdict::NotReadable:
        return QStringLiteral("not_readable");
    case ExperimentVerdict::NoDifferenceYet:
        return QStringLiteral("no_difference_yet");
    case ExperimentVerdict::ShipVariant:
        return QStringLiteral("ship");
    case ExperimentVerdict::KeepControl:
        return QStringLiteral("keep");
    }
    return {};
}

QList<ResultTable> experimentTables(const ExperimentReadout &r)
{
    ResultTable summary;
    summary.name = QStringLiteral("experiment");
    summary.title = ExperimenttablesTr::tr("Experiment %1 on %2").arg(r.name, r.target);
    summary.columns = {QStringLiteral("experiment"), QStringLiteral("target"), QStringLiteral("primary_kpi"),
                       QStringLiteral("verdict"), QStringLiteral("verdict_text"), QStringLiteral("reason"),
                       QStringLiteral("baseline"), QStringLiteral("alpha_per_comparison"), QStringLiteral("sample_per_variant"),
                       QStringLiteral("exposures_per_day"), QStringLiteral("days_needed"), QStringLiteral("read_early"),
                       QStringLiteral("srm_chi2"), QStringLiteral("srm_p"), QStringLiteral("srm_mismatch")};
    summary.addRow({r.name, r.target, r.kpiName, verdictName(r.verdict), r.verdictText, r.reason,
                    r.plan.baseline > 0.0 ? QVariant(r.plan.baseline) : QVariant(QString()), r.plan.alphaPerComparison,
                    r.plan.perVariant ? QVariant(qint64(*r.plan.perVariant)) : QVariant(QString()), r.plan.exposuresPerDay,
                    optional(r.plan.days), r.readEarly,
                    r.sampleRatio ? QVariant(r.sampleRatio->chiSquare) : QVariant(QString()),
                    r.sampleRatio ? QVariant(r.sampleRatio->pValue) : QVariant(QString()),
                    r.sampleRatio ? QVariant(r.sampleRatio->mismatch) : QVariant(QString())});

    ResultTable variants;
    variants.name = QStringLiteral("variants");
    variants.title = ExperimenttablesTr::tr("Variants (the first is the control)");
    variants.columns = {QStringLiteral("variant"), QStringLiteral("assigned"), QStringLiteral("exposures"),
                        QStringLiteral("conversions"), QStringLiteral("rate"), QStringLiteral("rate_low"),
                        QStringLiteral("rate_high"), QStringLiteral("lift"), QStringLiteral("lift_low"),
                        QStringLiteral("lift_high"), QStringLiteral("relative_lift"), QStringLiteral("relative_low"),
                        QStringLiteral("relative_high"), QStringLiteral("z"), QStringLiteral("p_value"),
                        QStringLiteral("significant"), QStringLiteral("p_best")};
    const bool readable = r.verdict != ExperimentVerdict::NotReadable || r.sampleRatio.has_value();
    for (const VariantResult &v : r.variants) {
        const bool hasRate = v.outcome.trials > 0;
        variants.addRow({v.label, qint64(v.assigned), qint64(v.outcome.trials), qint64(v.outcome.successes),
                         hasRate ? QVariant(v.outcome.rate()) : QVariant(QString()),
                         v.rateInterval ? QVariant(v.rateInterval->low) : QVariant(QString()),
                         v.rateInterval ? QVariant(v.rateInterval->high) : QVariant(QString()),
                         v.lift ? QVariant(v.lift->absolute) : QVariant(QString()),
                         v.lift ? QVariant(v.lift->absoluteInterval.low) : QVariant(QString()),
                         v.lift ? QVariant(v.lift->absoluteInterval.high) : QVariant(QString()),
                         v.lift ? optional(v.lift->relative) : QVariant(QString()),
                         v.lift && v.lift->relativeInterval ? QVariant(v.lift->relativeInterval->low) : QVariant(QString()),
                         v.lift && v.lift->relativeInterval ? QVariant(v.lift->relativeInterval->high) : QVariant(QString()),
                         v.test ? QVariant(v.test->z) : QVariant(QString()),
                         v.test ? QVariant(v.test->pValue) : QVariant(QString()), v.test ? QVariant(v.significant) : QVariant(QString()),
                         readable ? QVariant(v.probabilityBest) : QVariant(QString())});
    }

    ResultTable funnel;
    funnel.name = QStringLiteral("funnel");
    funnel.title = ExperimenttablesTr::tr("Journey funnel per variant (customers reaching each stage)");
    funnel.columns = {QStringLiteral("variant"), QStringLiteral("stage"), QStringLiteral("customers"), QStringLiteral("share")};
    for (const VariantResult &v : r.variants) {
        for (qsizetype s = 0; s < r.funnelStages.size() && std::size_t(s) < v.funnel.size(); ++s) {
            const qint64 n = v.funnel[std::size_t(s)];
            funnel.addRow({v.label, r.funnelStages.at(s), n,
                           v.assigned > 0 ? QVariant(double(n) / double(v.assigned)) : QVariant(QString())});
        }
    }

    ResultTable guardrails;
    guardrails.name = QStringLiteral("guardrails");
    guardrails.title = ExperimenttablesTr::tr("Guard-rail KPIs against the control");
    guardrails.columns = {QStringLiteral("variant"), QStringLiteral("kpi"), QStringLiteral("control_rate"),
                          QStringLiteral("variant_rate"), QStringLiteral("p_value"), QStringLiteral("harmed"), QStringLiteral("note")};
    for (const VariantResult &v : r.variants) {
        for (const GuardrailResult &g : v.guardrails) {
            guardrails.addRow({v.label, g.kpiName, g.note.isEmpty() || g.test ? QVariant(g.controlRate) : QVariant(QString()),
                               g.note.isEmpty() || g.test ? QVariant(g.variantRate) : QVariant(QString()),
                               g.test ? QVariant(g.test->pValue) : QVariant(QString()), g.harmed, g.note});
        }
    }

    ResultTable notes;
    notes.name = QStringLiteral("notes");
    notes.title = ExperimenttablesTr::tr("Problems and warnings");
    notes.columns = {QStringLiteral("kind"), QStringLiteral("note")};
    for (const QString &p : r.problems)
        notes.addRow({QStringLiteral("problem"), p});
    for (const QString &w : r.warnings)
        notes.addRow({QStringLiteral("warning"), w});
    if (!r.unknownLabels.isEmpty())
        notes.addRow({QStringLiteral("warning"), ExperimenttablesTr::tr("Variant labels in the data that the experiment does not have: %1")
                                                   .arg(r.unknownLabels.join(QStringLiteral(", ")))});
    if (!r.plan.note.isEmpty())
        notes.addRow({QStringLiteral("warning"), r.plan.note});
    return {summary, variants, funnel, guardrails, notes};
}

} // namespace omnimap::sim
