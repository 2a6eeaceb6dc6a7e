#pragma once

#include "campaign.h"
#include "checklist.h"
#include "comment.h"
#include "journey.h"
#include "kpi.h"
#include "organisation.h"
#include "persona.h"
#include "scenario.h"

namespace omnimap {

/// The whole plan: everything a project file holds, as plain values.
/// Lists keep the user's order; every item carries a stable id.
struct Project
{
    Id id;
    QString name;
    QString description;
    QString locale = QStringLiteral("en");
    QString currency = QStringLiteral("USD");
    Brand brand;
    QList<Department> departments;
    QList<Channel> channels;
    QList<Persona> personas;
    QList<Journey> journeys;
    QList<Kpi> kpis;
    QList<ChecklistTemplate> checklistTemplates;
    QList<Checklist> checklists;
    QList<Campaign> campaigns;
    QList<Scenario> scenarios;
    QList<DataSetRef> dataSets;
    QList<Comment> comments;
    QStringList disabledRules; ///< consistency rules switched off for this project
    ExtraFields extra = ExtraFields::object();
};

} // namespace omnimap
