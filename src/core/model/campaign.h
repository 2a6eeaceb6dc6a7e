#pragma once

#include "common.h"

#include <QList>

namespace omnimap {

struct BudgetLine
{
    Id channelId;
    double amount = 0.0;
};

struct PlannedAction
{
    Id id;
    Id touchpointId;
    Id channelId;
    QString title;
    QString start; ///< ISO 8601 date
    QString end;   ///< ISO 8601 date, inclusive
    double cost = 0.0;
    bool promotion = false;
    ExtraFields extra = ExtraFields::object();
};

struct Campaign
{
    Id id;
    QString name;
    QString objective;
    Id personaId;
    Id journeyId;
    QString start; ///< ISO 8601 date
    QString end;   ///< ISO 8601 date, inclusive
    QString currency;
    QList<BudgetLine> budget;
    QList<PlannedAction> actions;
    Id ownerDepartmentId;
    ExtraFields extra = ExtraFields::object();
};

} // namespace omnimap
