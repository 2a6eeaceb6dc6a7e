#include "mergeconflict.h"

#include <QCoreApplication>
#include <QHash>

namespace omnimap {

namespace {

using json = nlohmann::json;

const char *kindName(MergeConflict::Kind kind)
{
    switch (kind) {
    case MergeConflict::Kind::Value: return "value";
    case MergeConflict::Kind::Item: return "item";
    case MergeConflict::Kind::Order: return "order";
    }
    return "value";
}

std::optional<MergeConflict::Kind> kindFromName(const std::string &name)
{
    if (name == "value")
        return MergeConflict::Kind::Value;
    if (name == "item")
        return MergeConflict::Kind::Item;
    if (name == "order")
        return MergeConflict::Kind::Order;
    return std::nullopt;
}

QString stringField(const json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                                 : QString();
}

std::optional<json> optionalField(const json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end())
        return std::nullopt;
    return *it;
}

} // namespace

bool MergeConflict::operator==(const MergeConflict &other) const
{
    return kind == other.kind && path == other.path && pointer == other.pointer
        && itemId == other.itemId && itemKind == other.itemKind && itemName == other.itemName
        && field == other.field && base == other.base && ours == other.ours
        && theirs == other.theirs && afterKey == other.afterKey && sequenceKey == other.sequenceKey;
}

std::optional<json> chosenValue(const MergeConflict &conflict, const ConflictChoice &choice)
{
    switch (choice.pick) {
    case Resolution::Ours: return conflict.ours;
    case Resolution::Theirs: return conflict.theirs;
    case Resolution::Base: return conflict.base;
    case Resolution::Custom: return choice.custom;
    }
    return conflict.ours;
}

json conflictToJson(const MergeConflict &c)
{
    // Absent sides are left out rather than written as null: null is a value too.
    json out = json::object();
    out["kind"] = kindName(c.kind);
    out["path"] = mergePathToJson(c.path);
    out["pointer"] = c.pointer.toStdString();
    out["itemId"] = c.itemId.toStdString();
    out["itemKind"] = c.itemKind.toStdString();
    out["itemName"] = c.itemName.toStdString();
    out["field"] = c.field.toStdString();
    if (c.base)
        out["base"] = *c.base;
    if (c.ours)
        out["ours"] = *c.ours;
    if (c.theirs)
        out["theirs"] = *c.theirs;
    if (!c.afterKey.isEmpty())
        out["afterKey"] = c.afterKey.toStdString();
    if (!c.sequenceKey.isEmpty())
        out["sequenceKey"] = c.sequenceKey.toStdString();
    return out;
}

std::optional<MergeConflict> conflictFromJson(const json &value)
{
    if (!value.is_object())
        return std::nullopt;
    MergeConflict c;
    const auto kind = value.find("kind");
    if (kind == value.end() || !kind->is_string())
        return std::nullopt;
    const auto parsedKind = kindFromName(kind->get<std::string>());
    const auto path = value.find("path");
    if (!parsedKind || path == value.end())
        return std::nullopt;
    const auto parsedPath = mergePathFromJson(*path);
    if (!parsedPath || parsedPath->isEmpty())
        return std::nullopt;
    c.kind = *parsedKind;
    c.path = *parsedPath;
    c.pointer = stringField(value, "pointer");
    c.itemId = stringField(value, "itemId");
    c.itemKind = stringField(value, "itemKind");
    c.itemName = stringField(value, "itemName");
    c.field = stringField(value, "field");
    c.base = optionalField(value, "base");
    c.ours = optionalField(value, "ours");
    c.theirs = optionalField(value, "theirs");
    c.afterKey = stringField(value, "afterKey");
    c.sequenceKey = stringField(value, "sequenceKey");
    return c;
}

QString itemKindForList(const QString &arrayKey)
{
    static const QHash<QString, QString> kinds = {
        {QStringLiteral("departments"), QStringLiteral("department")},
        {QStringLiteral("channels"), QStringLiteral("channel")},
        {QStringLiteral("personas"), QStringLiteral("persona")},
        {QStringLiteral("journeys"), QStringLiteral("journey")},
        {QStringLiteral("stages"), QStringLiteral("stage")},
        {QStringLiteral("touchpoints"), QStringLiteral("touchpoint")},
        {QStringLiteral("handoffs"), QStringLiteral("handoff")},
        {QStringLiteral("roles"), QStringLiteral("role")},
        {QStringLiteral("kpis"), QStringLiteral("kpi")},
        {QStringLiteral("checklistTemplates"), QStringLiteral("checklistTemplate")},
        {QStringLiteral("checklists"), QStringLiteral("checklist")},
        {QStringLiteral("items"), QStringLiteral("checklistItem")},
        {QStringLiteral("results"), QStringLiteral("checkResult")},
        {QStringLiteral("campaigns"), QStringLiteral("campaign")},
        {QStringLiteral("actions"), QStringLiteral("plannedAction")},
        {QStringLiteral("scenarios"), QStringLiteral("scenario")},
        {QStringLiteral("dataSets"), QStringLiteral("dataSet")},
        {QStringLiteral("comments"), QStringLiteral("comment")},
        {QStringLiteral("variants"), QStringLiteral("experimentVariant")},
        {QStringLiteral("measurements"), QStringLiteral("kpiMeasurement")},
    };
    return kinds.value(arrayKey, arrayKey);
}

QString itemKindLabel(const QString &itemKind)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("project"), QT_TRANSLATE_NOOP("omnimap::Merge", "Project")},
        {QStringLiteral("department"), QT_TRANSLATE_NOOP("omnimap::Merge", "Department")},
        {QStringLiteral("channel"), QT_TRANSLATE_NOOP("omnimap::Merge", "Channel")},
        {QStringLiteral("persona"), QT_TRANSLATE_NOOP("omnimap::Merge", "Persona")},
        {QStringLiteral("journey"), QT_TRANSLATE_NOOP("omnimap::Merge", "Journey")},
        {QStringLiteral("stage"), QT_TRANSLATE_NOOP("omnimap::Merge", "Stage")},
        {QStringLiteral("touchpoint"), QT_TRANSLATE_NOOP("omnimap::Merge", "Touchpoint")},
        {QStringLiteral("handoff"), QT_TRANSLATE_NOOP("omnimap::Merge", "Hand-off")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("omnimap::Merge", "Channel role")},
        {QStringLiteral("kpi"), QT_TRANSLATE_NOOP("omnimap::Merge", "KPI")},
        {QStringLiteral("checklistTemplate"), QT_TRANSLATE_NOOP("omnimap::Merge", "Checklist template")},
        {QStringLiteral("checklist"), QT_TRANSLATE_NOOP("omnimap::Merge", "Checklist")},
        {QStringLiteral("checklistItem"), QT_TRANSLATE_NOOP("omnimap::Merge", "Checklist item")},
        {QStringLiteral("checkResult"), QT_TRANSLATE_NOOP("omnimap::Merge", "Check result")},
        {QStringLiteral("campaign"), QT_TRANSLATE_NOOP("omnimap::Merge", "Campaign")},
        {QStringLiteral("plannedAction"), QT_TRANSLATE_NOOP("omnimap::Merge", "Planned action")},
        {QStringLiteral("scenario"), QT_TRANSLATE_NOOP("omnimap::Merge", "Scenario")},
        {QStringLiteral("dataSet"), QT_TRANSLATE_NOOP("omnimap::Merge", "Data set")},
        {QStringLiteral("comment"), QT_TRANSLATE_NOOP("omnimap::Merge", "Comment")},
        {QStringLiteral("experimentVariant"), QT_TRANSLATE_NOOP("omnimap::Merge", "Experiment variant")},
        {QStringLiteral("kpiMeasurement"), QT_TRANSLATE_NOOP("omnimap::Merge", "Recorded KPI measurement")},
    };
    const auto it = labels.constFind(itemKind);
    return it == labels.constEnd() ? itemKind : QCoreApplication::translate("omnimap::Merge", *it);
}

} // namespace omnimap
