#include "projectdiff.h"

#include "format/jsonobjectreader.h"
#include "format/projectwriter.h"
#include "mergeconflict.h"

#include <QCoreApplication>

#include <set>

namespace omnimap {

namespace {

using json = nlohmann::json;

struct ProjectdiffTr { Q_DECLARE_TR_FUNCTIONS(omnimap::Merge) };

QString stringMember(const json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

QString nameOf(const json &item)
{
    for (const char *key : {"name", "title", "text", "label"}) {
        const QString text = stringMember(item, key);
        if (!text.isEmpty())
            return text;
    }
    return {};
}

bool isItemList(const json &value)
{
    if (!value.is_array() || value.empty())
        return false;
    for (const json &element : value) {
        if (!element.is_object() || !element.contains("id") || !element["id"].is_string())
            return false;
    }
    return true;
}

struct Scope
{
    QString kind;
    Id id;
    QString name;
    Id journeyId;
    QString journeyName;
    QString pointer;
};

class Differ final
{
public:
    Changes changes;

    void diffItem(const json &a, const json &b, const Scope &scope)
    {
        Change changed = makeChange(Change::Type::Changed, scope);
        std::set<std::string> keys;
        for (const json *object : {&a, &b}) {
            for (auto it = object->begin(); it != object->end(); ++it)
                keys.insert(it.key());
        }
        const qsizetype at = changes.size(); // item line before its children's lines
        for (const std::string &key : keys) {
            const auto ia = a.find(key);
            const auto ib = b.find(key);
            const json *va = ia == a.end() ? nullptr : &*ia;
            const json *vb = ib == b.end() ? nullptr : &*ib;
            if (va && vb && *va == *vb)
                continue;
            const bool listA = !va || isItemList(*va);
            const bool listB = !vb || isItemList(*vb);
            if (listA && listB && (va || vb)) {
                diffList(va ? *va : json::array(), vb ? *vb : json::array(), key, scope);
                continue;
            }
            changed.fields.append(QString::fromStdString(key));
            if (va)
                changed.before[key] = *va;
            if (vb)
                changed.after[key] = *vb;
        }
        if (!changed.fields.isEmpty())
            changes.insert(at, changed);
    }

private:
    static Change makeChange(Change::Type type, const Scope &scope)
    {
        Change c;
        c.type = type;
        c.itemKind = scope.kind;
        c.itemId = scope.id;
        c.itemName = scope.name;
        c.journeyId = scope.journeyId;
        c.journeyName = scope.journeyName;
        c.pointer = scope.pointer.isEmpty() ? QStringLiteral("/") : scope.pointer;
        return c;
    }

    static Scope childScope(const Scope &parent, const std::string &listKey, const json &item,
                            std::size_t index)
    {
        Scope s = parent;
        s.kind = itemKindForList(QString::fromStdString(listKey));
        s.id = stringMember(item, "id");
        s.name = nameOf(item);
        s.pointer = parent.pointer + QLatin1Char('/') + pointerToken(listKey) + QLatin1Char('/')
            + QString::number(qulonglong(index));
        if (s.kind == QLatin1String("journey")) {
            s.journeyId = s.id;
            s.journeyName = s.name;
        }
        return s;
    }

    void diffList(const json &a, const json &b, const std::string &key, const Scope &scope)
    {
        std::vector<std::string> aIds, bIds;
        for (const json &item : a)
            aIds.push_back(item["id"].get<std::string>());
        for (const json &item : b)
            bIds.push_back(item["id"].get<std::string>());
        const auto indexIn = [](const std::vector<std::string> &ids, const std::string &id) {
            const auto it = std::find(ids.begin(), ids.end(), id);
            return it == ids.end() ? -1 : int(it - ids.begin());
        };
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (indexIn(bIds, aIds[i]) < 0)
                changes.append(makeChange(Change::Type::Removed, childScope(scope, key, a[i], i)));
        }
        for (std::size_t i = 0; i < b.size(); ++i) {
            const int j = indexIn(aIds, bIds[i]);
            if (j < 0)
                changes.append(makeChange(Change::Type::Added, childScope(scope, key, b[i], i)));
            else
                diffItem(a[std::size_t(j)], b[i], childScope(scope, key, b[i], i));
        }
        std::vector<std::string> aCommon, bCommon;
        for (const std::string &id : aIds) {
            if (indexIn(bIds, id) >= 0)
                aCommon.push_back(id);
        }
        for (const std::string &id : bIds) {
            if (indexIn(aIds, id) >= 0)
                bCommon.push_back(id);
        }
        if (aCommon != bCommon) {
            Change c = makeChange(Change::Type::Reordered, scope);
            c.fields.append(QString::fromStdString(key));
            changes.append(c);
        }
    }
};

QString quoted(const QString &name)
{
    return name.isEmpty() ? QString() : QStringLiteral(" \u201C") + name + QStringLiteral("\u201D");
}

QString changeLine(const Change &c)
{
    const QString subject = itemKindLabel(c.itemKind) + quoted(c.itemName);
    switch (c.type) {
    case Change::Type::Added: return QStringLiteral("+ ") + subject;
    case Change::Type::Removed: return QStringLiteral("- ") + subject;
    case Change::Type::Reordered:
        return QStringLiteral("\u2195 ") + subject + QStringLiteral(": ")
            + ProjectdiffTr::tr("order of %1 changed").arg(c.fields.join(QStringLiteral(", ")));
    case Change::Type::Changed: break;
    }
    QStringList parts;
    for (const QString &field : c.fields) {
        const std::string key = field.toStdString();
        const auto before = c.before.find(key);
        const auto after = c.after.find(key);
        parts.append(field + QStringLiteral(" ")
                     + valueSummary(before == c.before.end() ? nullptr : &*before)
                     + QStringLiteral(" \u2192 ")
                     + valueSummary(after == c.after.end() ? nullptr : &*after));
    }
    return QStringLiteral("~ ") + subject + QStringLiteral(": ") + parts.join(QStringLiteral("; "));
}

const char *typeName(Change::Type type)
{
    switch (type) {
    case Change::Type::Added: return "added";
    case Change::Type::Removed: return "removed";
    case Change::Type::Changed: return "changed";
    case Change::Type::Reordered: return "reordered";
    }
    return "changed";
}

} // namespace

Changes diffProjects(const Project &a, const Project &b)
{
    Differ differ;
    Scope root;
    root.kind = QStringLiteral("project");
    root.id = b.id;
    root.name = b.name;
    differ.diffItem(projectToTree(a), projectToTree(b), root);
    return differ.changes;
}

QString valueSummary(const json *value)
{
    if (!value)
        return ProjectdiffTr::tr("(not set)");
    if (value->is_string())
        return QStringLiteral("\u201C") + QString::fromStdString(value->get<std::string>()) + QStringLiteral("\u201D");
    if (value->is_array()) {
        QStringList parts;
        for (const json &element : *value)
            parts.append(element.is_string() ? QString::fromStdString(element.get<std::string>())
                                             : QString::fromStdString(element.dump()));
        return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    const QString text = QString::fromStdString(value->dump());
    return text.size() > 120 ? text.left(119) + QChar(0x2026) : text;
}

QString formatChangesText(const Changes &changes)
{
    if (changes.isEmpty())
        return ProjectdiffTr::tr("No differences.") + QLatin1Char('\n');
    QString text;
    QStringList journeys;
    for (const Change &c : changes) {
        if (!c.journeyId.isEmpty() && !journeys.contains(c.journeyId))
            journeys.append(c.journeyId);
    }
    for (const Id &journeyId : journeys) {
        QString name;
        for (const Change &c : changes) {
            if (c.journeyId == journeyId && !c.journeyName.isEmpty())
                name = c.journeyName;
        }
        text += ProjectdiffTr::tr("Journey %1:").arg(name.isEmpty() ? journeyId : quoted(name).trimmed()) + QLatin1Char('\n');
        for (const Change &c : changes) {
            if (c.journeyId == journeyId)
                text += QStringLiteral("  ") + changeLine(c) + QLatin1Char('\n');
        }
    }
    bool header = false;
    for (const Change &c : changes) {
        if (!c.journeyId.isEmpty())
            continue;
        if (!header) {
            text += ProjectdiffTr::tr("Project:") + QLatin1Char('\n');
            header = true;
        }
        text += QStringLiteral("  ") + changeLine(c) + QLatin1Char('\n');
    }
    return text;
}

json changesToJson(const Changes &changes)
{
    json out = json::array();
    for (const Change &c : changes) {
        json entry = {{"type", typeName(c.type)},
                      {"itemKind", c.itemKind.toStdString()},
                      {"itemId", c.itemId.toStdString()},
                      {"itemName", c.itemName.toStdString()},
                      {"pointer", c.pointer.toStdString()}};
        if (!c.journeyId.isEmpty())
            entry["journeyId"] = c.journeyId.toStdString();
        if (!c.fields.isEmpty()) {
            json fields = json::array();
            for (const QString &f : c.fields)
                fields.push_back(f.toStdString());
            entry["fields"] = std::move(fields);
        }
        if (c.type == Change::Type::Changed) {
            entry["before"] = c.before;
            entry["after"] = c.after;
        }
        out.push_back(std::move(entry));
    }
    return out;
}

} // namespace omnimap
