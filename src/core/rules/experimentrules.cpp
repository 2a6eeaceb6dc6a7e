#include "experimentrules.h"

#include "plan/experimentplan.h"
#include "rulesink.h"

#include <QCoreApplication>

namespace omnimap {

void checkExperimentRules(const Project &project, RuleSink &sink)
{
    if (!sink.enabled("experiment.design"))
        return;
    for (const ExperimentPlace &place : experimentsOf(project)) {
        const QStringList problems = experimentDesignProblems(project, *place.experiment);
        if (problems.isEmpty())
            continue;
        const QString name = place.experiment->name.isEmpty() ? place.experiment->id : place.experiment->name;
        sink.report("experiment.design",
                    QCoreApplication::translate("Rules", "Experiment “%1” on %2: %3")
                        .arg(name, place.targetName, problems.join(QLatin1Char(' '))),
                    place.handoff ? place.handoff->id : place.touchpoint->id, place.journey->id);
    }
}

} // namespace omnimap
