#pragma once

#include "common.h"

#include <QList>

namespace omnimap {

struct ChecklistItem
{
    Id id;
    QString category; ///< tone, visual, message, promotion, service, privacy, …
    QString text;
    bool requiresParity = false; ///< must hold identically on every channel
    ExtraFields extra = ExtraFields::object();
};

struct ChecklistTemplate
{
    Id id;
    QString name;
    bool builtIn = false;
    QList<ChecklistItem> items;
    ExtraFields extra = ExtraFields::object();
};

enum class CheckStatus { Unchecked, Pass, Fail, NotApplicable };

struct CheckResult
{
    Id id;
    Id itemId;
    Id channelId;
    CheckStatus status = CheckStatus::Unchecked;
    QString note;
    QString evidence; ///< link to a screenshot or page
    QString reviewer;
    QString date;     ///< ISO 8601 date
    ExtraFields extra = ExtraFields::object();
};

/// A template applied to a set of channels; items are copied so later template edits
/// do not silently change a checklist that was already reviewed.
struct Checklist
{
    Id id;
    QString name;
    Id templateId;
    Id journeyId;
    IdList channelIds;
    QList<ChecklistItem> items;
    QList<CheckResult> results;
    ExtraFields extra = ExtraFields::object();
};

} // namespace omnimap
