#include "experimentplan.h"

#include "model/lookup.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>

#include <cmath>

namespace omnimap {

namespace {

struct ExperimentplanTr { Q_DECLARE_TR_FUNCTIONS(omnimap) };

QString touchpointName(const Touchpoint *t)
{
    return !t ? QString() : t->title.isEmpty() ? t->id : t->title;
}

} // namespace

Experiment newExperiment(const QString &name)
{
    Experiment x;
    x.id = newId();
    x.name = name;
    for (const char *label : {"A", "B"}) {
        ExperimentVariant v;
        v.id = newId();
        v.label = QString::fromLatin1(label);
        v.splitPercent = 50.0;
        x.variants.append(v);
    }
    return x;
}

QList<ExperimentPlace> experimentsOf(const Project &project)
{
    QList<ExperimentPlace> places;
    for (const Journey &j : project.journeys) {
        for (const Touchpoint &t : j.touchpoints) {
            if (t.experiment)
                places.append({&j, &t, nullptr, &*t.experiment, touchpointName(&t)});
        }
        for (const Handoff &h : j.handoffs) {
            if (!h.experiment)
                continue;
            const Touchpoint *from = findById(j.touchpoints, h.fromTouchpointId);
            const Touchpoint *to = findById(j.touchpoints, h.toTouchpointId);
            QString name = touchpointName(from) + QStringLiteral(" → ") + touchpointName(to);
            if (!h.label.isEmpty())
                name += QStringLiteral(" (%1)").arg(h.label);
            places.append({&j, from, &h, &*h.experiment, name});
        }
    }
    return places;
}

std::optional<ExperimentPlace> findExperiment(const Project &project, const QString &name, QString *why)
{
    const QList<ExperimentPlace> all = experimentsOf(project);
    auto fail = [why](const QString &text) {
        if (why)
            *why = text;
        return std::nullopt;
    };
    if (all.isEmpty())
        return fail(ExperimentplanTr::tr("The plan has no experiment. Add one to a touchpoint or a hand-off first."));
    if (name.trimmed().isEmpty()) {
        if (all.size() == 1)
            return all.first();
        QStringList names;
        for (const ExperimentPlace &p : all)
            names << p.experiment->name;
        return fail(ExperimentplanTr::tr("The plan has %1 experiments; name one: %2").arg(all.size()).arg(names.join(QStringLiteral(", "))));
    }
    for (const ExperimentPlace &p : all) {
        if (p.experiment->id == name || p.experiment->name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
    }
    return fail(ExperimentplanTr::tr("No experiment is named \"%1\".").arg(name));
}

QStringList experimentDesignProblems(const Project &project, const Experiment &x)
{
    QStringList problems;
    if (x.variants.size() < 2)
        problems << ExperimentplanTr::tr("An experiment needs at least two variants.");
    QSet<QString> labels;
    double total = 0.0;
    for (const ExperimentVariant &v : x.variants) {
        const QString label = v.label.trimmed().toCaseFolded();
        if (label.isEmpty())
            problems << ExperimentplanTr::tr("Every variant needs a label (the value of the customers' \"variant\" attribute).");
        else if (labels.contains(label))
            problems << ExperimentplanTr::tr("Two variants are labelled \"%1\".").arg(v.label.trimmed());
        labels.insert(label);
        if (!(v.splitPercent > 0.0))
            problems << ExperimentplanTr::tr("Variant \"%1\" gets no traffic.").arg(v.label);
        total += v.splitPercent;
    }
    if (!x.variants.isEmpty() && std::fabs(total - 100.0) > 0.01)
        problems << ExperimentplanTr::tr("The traffic split adds up to %1 %, not 100 %.").arg(total, 0, 'g', 4);
    const Kpi *primary = findById(project.kpis, x.primaryKpiId);
    if (x.primaryKpiId.isEmpty() || !primary)
        problems << ExperimentplanTr::tr("Choose the primary KPI that decides the test.");
    else if (!primary->binding || primary->binding->numeratorEventType.trimmed().isEmpty())
        problems << ExperimentplanTr::tr("The primary KPI \"%1\" has no data binding, so conversions can not be counted.").arg(primary->name);
    if (!(std::fabs(x.minimumDetectableEffect) > 0.0) || std::fabs(x.minimumDetectableEffect) >= 1.0)
        problems << ExperimentplanTr::tr("The minimum detectable effect must be a change of the rate between 0 and 1 (0.02 = 2 points).");
    if (!(x.alpha > 0.0 && x.alpha < 1.0) || !(x.power > 0.0 && x.power < 1.0))
        problems << ExperimentplanTr::tr("α and power must be between 0 and 1.");
    const QDate start = QDate::fromString(x.start, Qt::ISODate), end = QDate::fromString(x.end, Qt::ISODate);
    if (!x.start.isEmpty() && !start.isValid())
        problems << ExperimentplanTr::tr("The start date \"%1\" is not a date (YYYY-MM-DD).").arg(x.start);
    if (!x.end.isEmpty() && !end.isValid())
        problems << ExperimentplanTr::tr("The end date \"%1\" is not a date (YYYY-MM-DD).").arg(x.end);
    if (start.isValid() && end.isValid() && end < start)
        problems << ExperimentplanTr::tr("The experiment ends before it starts.");
    return problems;
}

std::vector<double> plannedShares(const Experiment &x)
{
    std::vector<double> shares;
    double total = 0.0;
    for (const ExperimentVariant &v : x.variants)
        total += std::max(0.0, v.splitPercent);
    for (const ExperimentVariant &v : x.variants)
        shares.push_back(total > 0.0 ? std::max(0.0, v.splitPercent) / total : 1.0 / double(x.variants.size()));
    return shares;
}

} // namespace omnimap
