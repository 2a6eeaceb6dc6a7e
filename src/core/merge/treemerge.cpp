#include "treemerge.h"

#include "format/jsonobjectreader.h"

#include <algorithm>
#include <map>
#include <set>
#include <vector>

namespace omnimap {

namespace {

using json = nlohmann::json;
using Keys = std::vector<std::string>;

bool same(const json *a, const json *b)
{
    if (!a || !b)
        return a == b;
    return *a == *b;
}

std::optional<json> copyOf(const json *value)
{
    return value ? std::optional<json>(*value) : std::nullopt;
}

const json *member(const json *object, const std::string &key)
{
    if (!object || !object->is_object())
        return nullptr;
    const auto it = object->find(key);
    return it == object->end() ? nullptr : &*it;
}

QString stringMember(const json *object, const char *key)
{
    const json *value = member(object, key);
    return value && value->is_string() ? QString::fromStdString(value->get<std::string>()) : QString();
}

/// What people call an item: its name, title or text.
QString displayName(const json *item)
{
    for (const char *key : {"name", "title", "text", "label"}) {
        const QString text = stringMember(item, key);
        if (!text.isEmpty())
            return text.size() > 80 ? text.left(79) + QChar(0x2026) : text;
    }
    return {};
}

/// Where the merge is in the tree, and which item (for people) that place belongs to.
struct Where
{
    MergePath path;
    QString pointer;
    Id itemId;
    QString itemKind;
    QString itemName;
    qsizetype itemDepth = 0; ///< path length at the enclosing item

    Where child(const std::string &key) const
    {
        Where w = *this;
        w.path.append(MergePathStep::field(QString::fromStdString(key)));
        w.pointer += QLatin1Char('/') + pointerToken(key);
        return w;
    }
};

/// How an array's elements are told apart.
struct Shape
{
    enum Type { Strings, Keyed, Atomic } type = Atomic;
    std::string key; ///< Keyed: the identifying field
};

bool distinctStrings(const json &array)
{
    std::set<std::string> seen;
    for (const json &element : array) {
        if (!element.is_string() || !seen.insert(element.get<std::string>()).second)
            return false;
    }
    return true;
}

bool distinctKeys(const json &array, const std::string &key)
{
    std::set<std::string> seen;
    for (const json &element : array) {
        const json *value = member(&element, key);
        if (!value || !value->is_string() || !seen.insert(value->get<std::string>()).second)
            return false;
    }
    return true;
}

Shape detectShape(const json &b, const json &o, const json &t)
{
    if (distinctStrings(b) && distinctStrings(o) && distinctStrings(t))
        return {Shape::Strings, {}};
    // Emotion scores and budget lines have no id of their own but one per persona /
    // channel, which identifies them just as well.
    for (const char *key : {"id", "personaId", "channelId"}) {
        if (distinctKeys(b, key) && distinctKeys(o, key) && distinctKeys(t, key))
            return {Shape::Keyed, key};
    }
    return {};
}

std::string keyOf(const json &element, const std::string &sequenceKey)
{
    if (sequenceKey.empty())
        return element.get<std::string>();
    return member(&element, sequenceKey)->get<std::string>();
}

struct Sequence
{
    Keys keys;
    std::map<std::string, const json *> items;

    Sequence(const json &array, const Shape &shape)
    {
        for (const json &element : array) {
            const std::string key = keyOf(element, shape.key);
            keys.push_back(key);
            items.emplace(key, &element);
        }
    }
    const json *find(const std::string &key) const
    {
        const auto it = items.find(key);
        return it == items.end() ? nullptr : it->second;
    }
    bool contains(const std::string &key) const { return items.count(key) != 0; }
};

json keysToJson(const Keys &keys)
{
    json out = json::array();
    for (const std::string &key : keys)
        out.push_back(key);
    return out;
}

class TreeMerger final
{
public:
    MergeConflicts conflicts;

    std::optional<json> mergeValue(const json *b, const json *o, const json *t, const Where &where)
    {
        if (same(o, t))
            return copyOf(o);
        if (same(o, b))
            return copyOf(t);
        if (same(t, b))
            return copyOf(o);

        // The format leaves empty lists out, so an absent list is an empty one.
        const auto arrayOrAbsent = [](const json *v) { return !v || v->is_array(); };
        if (arrayOrAbsent(b) && arrayOrAbsent(o) && arrayOrAbsent(t)) {
            static const json empty = json::array();
            const json &ba = b ? *b : empty;
            const json &oa = o ? *o : empty;
            const json &ta = t ? *t : empty;
            const Shape shape = detectShape(ba, oa, ta);
            if (shape.type != Shape::Atomic) {
                json merged = mergeSequence(ba, oa, ta, shape, where);
                if (merged.empty())
                    return std::nullopt;
                return merged;
            }
        } else if (o && t && o->is_object() && t->is_object() && (!b || b->is_object())) {
            static const json emptyObject = json::object();
            return mergeObject(b ? *b : emptyObject, *o, *t, where);
        }
        record(MergeConflict::Kind::Value, where, copyOf(b), copyOf(o), copyOf(t));
        return copyOf(o);
    }

private:
    json mergeObject(const json &b, const json &o, const json &t, const Where &where)
    {
        std::set<std::string> keys;
        for (const json *object : {&b, &o, &t}) {
            for (auto it = object->begin(); it != object->end(); ++it)
                keys.insert(it.key());
        }
        json out = json::object();
        for (const std::string &key : keys) {
            std::optional<json> merged = mergeValue(member(&b, key), member(&o, key), member(&t, key),
                                                    where.child(key));
            if (merged)
                out[key] = std::move(*merged);
        }
        return out;
    }

    json mergeSequence(const json &b, const json &o, const json &t, const Shape &shape, const Where &where)
    {
        const Sequence bs(b, shape), os(o, shape), ts(t, shape);

        // 1. Which elements survive. Deleting an item the other side edited is a
        //    conflict: ours wins in the tree, both versions go into the conflict.
        std::set<std::string> survivors;
        Keys keptByOurs;     // we edited, they deleted: kept, conflict
        Keys deletedByOurs;  // they edited, we deleted: gone, conflict
        Keys all = os.keys;
        all.insert(all.end(), ts.keys.begin(), ts.keys.end());
        all.insert(all.end(), bs.keys.begin(), bs.keys.end());
        std::set<std::string> seen;
        for (const std::string &key : all) {
            if (!seen.insert(key).second)
                continue;
            const bool inB = bs.contains(key), inO = os.contains(key), inT = ts.contains(key);
            if (inB && !inO && !inT)
                continue;
            if (inB && inO && !inT) {
                if (*os.find(key) == *bs.find(key))
                    continue;
                keptByOurs.push_back(key);
            } else if (inB && !inO && inT) {
                if (*ts.find(key) != *bs.find(key))
                    deletedByOurs.push_back(key);
                continue;
            }
            survivors.insert(key);
        }

        // 2. The order of the elements every version has: one side's reorder applies
        //    unless both reordered differently.
        const auto relative = [&](const Keys &keys) {
            Keys out;
            for (const std::string &key : keys) {
                if (bs.contains(key) && os.contains(key) && ts.contains(key))
                    out.push_back(key);
            }
            return out;
        };
        const Keys bRel = relative(bs.keys), oRel = relative(os.keys), tRel = relative(ts.keys);
        Keys order;
        bool orderConflict = false;
        if (oRel == bRel) {
            order = tRel;
        } else if (tRel == bRel || tRel == oRel) {
            order = oRel;
        } else {
            order = oRel;
            orderConflict = true;
        }

        // 3. Everything else goes in after its nearest predecessor on the side that
        //    has it; their additions after ours at the same spot.
        std::map<std::string, int> placedBy;
        for (const std::string &key : order)
            placedBy[key] = 0;
        const auto place = [&](const Keys &sequence, int side) {
            std::string last;
            for (const std::string &key : sequence) {
                if (placedBy.count(key)) {
                    last = key;
                    continue;
                }
                if (!survivors.count(key))
                    continue;
                std::size_t pos = 0;
                if (!last.empty())
                    pos = std::size_t(std::find(order.begin(), order.end(), last) - order.begin()) + 1;
                while (pos < order.size() && placedBy[order[pos]] != 0 && placedBy[order[pos]] != side)
                    ++pos;
                order.insert(order.begin() + std::ptrdiff_t(pos), key);
                placedBy[key] = side;
                last = key;
            }
        };
        place(os.keys, 1);
        place(ts.keys, 2);
        if (isDateOrdered(where)) {
            // A KPI's recorded history is kept in date order, not in an order people
            // choose: records added on both sides interleave by date, and a reorder is
            // never a conflict (it follows from the dates).
            const auto dateOf = [&](const std::string &key) {
                const json *bd = member(bs.find(key), "date"), *od = member(os.find(key), "date"),
                           *td = member(ts.find(key), "date");
                const json *merged = !os.contains(key) ? td : !ts.contains(key) ? od : same(od, bd) ? td : od;
                return merged && merged->is_string() ? merged->get<std::string>() : std::string();
            };
            std::map<std::string, std::string> dates;
            for (const std::string &key : order)
                dates[key] = dateOf(key);
            std::stable_sort(order.begin(), order.end(),
                             [&dates](const std::string &x, const std::string &y) { return dates[x] < dates[y]; });
            orderConflict = false;
        }

        // 4. The elements themselves, merged field by field.
        const bool items = shape.type == Shape::Keyed && shape.key == "id";
        json out = json::array();
        for (std::size_t i = 0; i < order.size(); ++i) {
            const std::string &key = order[i];
            if (shape.type == Shape::Strings) {
                out.push_back(key);
                continue;
            }
            const Where w = elementWhere(where, shape, key, i, items,
                                         os.find(key) ? os.find(key) : ts.find(key));
            if (std::find(keptByOurs.begin(), keptByOurs.end(), key) != keptByOurs.end()) {
                MergeConflict &c = record(MergeConflict::Kind::Item, w, copyOf(bs.find(key)),
                                          copyOf(os.find(key)), std::nullopt);
                c.sequenceKey = QString::fromStdString(shape.key);
                c.afterKey = i > 0 ? QString::fromStdString(order[i - 1]) : QString();
                out.push_back(*os.find(key));
                continue;
            }
            std::optional<json> merged = mergeValue(bs.find(key), os.find(key), ts.find(key), w);
            out.push_back(merged ? *merged : json::object());
        }

        for (const std::string &key : deletedByOurs) {
            Where w = elementWhere(where, shape, key, order.size(), items, ts.find(key));
            w.pointer = where.pointer;
            MergeConflict &c = record(MergeConflict::Kind::Item, w, copyOf(bs.find(key)), std::nullopt,
                                      copyOf(ts.find(key)));
            c.sequenceKey = QString::fromStdString(shape.key);
            c.afterKey = QString::fromStdString(predecessorIn(ts.keys, key, order));
        }

        if (orderConflict) {
            MergeConflict &c = record(MergeConflict::Kind::Order, where, keysToJson(bRel),
                                      keysToJson(oRel), keysToJson(tRel));
            c.sequenceKey = QString::fromStdString(shape.key);
        }
        return out;
    }

    /// Lists whose order is their items' "date" (a KPI's recorded measurements).
    static bool isDateOrdered(const Where &where)
    {
        return !where.path.isEmpty() && !where.path.constLast().selector
            && where.path.constLast().key == QLatin1String("measurements");
    }

    static std::string predecessorIn(const Keys &sequence, const std::string &key, const Keys &present)
    {
        std::string last;
        for (const std::string &k : sequence) {
            if (k == key)
                break;
            if (std::find(present.begin(), present.end(), k) != present.end())
                last = k;
        }
        return last;
    }

    static Where elementWhere(const Where &parent, const Shape &shape, const std::string &key,
                              std::size_t index, bool isItem, const json *element)
    {
        Where w = parent;
        w.path.append(MergePathStep::element(QString::fromStdString(shape.key), QString::fromStdString(key)));
        w.pointer += QLatin1Char('/') + QString::number(qulonglong(index));
        if (isItem) {
            const QString listKey = parent.path.isEmpty() ? QString() : parent.path.constLast().key;
            w.itemId = QString::fromStdString(key);
            w.itemKind = itemKindForList(listKey);
            w.itemName = displayName(element);
            // A recorded measurement has no name: people know it as "that KPI's value of
            // that date".
            if (w.itemName.isEmpty() && listKey == QLatin1String("measurements")) {
                const QString date = stringMember(element, "date");
                w.itemName = parent.itemName.isEmpty() ? date : parent.itemName + QStringLiteral(" · ") + date;
            }
            w.itemDepth = w.path.size();
        }
        return w;
    }

    MergeConflict &record(MergeConflict::Kind kind, const Where &where, std::optional<json> b,
                          std::optional<json> o, std::optional<json> t)
    {
        MergeConflict c;
        c.kind = kind;
        c.path = where.path;
        c.pointer = where.pointer.isEmpty() ? QStringLiteral("/") : where.pointer;
        c.itemId = where.itemId;
        c.itemKind = where.itemKind;
        c.itemName = where.itemName;
        c.field = mergePathText(where.path.mid(where.itemDepth));
        c.base = std::move(b);
        c.ours = std::move(o);
        c.theirs = std::move(t);
        conflicts.append(std::move(c));
        return conflicts.last();
    }
};

std::string elementKey(const json &element, const QString &sequenceKey)
{
    if (sequenceKey.isEmpty())
        return element.is_string() ? element.get<std::string>() : std::string();
    const json *value = member(&element, sequenceKey.toStdString());
    return value && value->is_string() ? value->get<std::string>() : std::string();
}

bool applyOrder(json &array, const MergeConflict &conflict, const json &wanted)
{
    if (!array.is_array() || !wanted.is_array())
        return false;
    std::vector<std::size_t> positions;
    std::vector<json> elements;
    std::set<std::string> wantedKeys;
    for (const json &key : wanted) {
        if (key.is_string())
            wantedKeys.insert(key.get<std::string>());
    }
    for (std::size_t i = 0; i < array.size(); ++i) {
        if (wantedKeys.count(elementKey(array[i], conflict.sequenceKey)))
            positions.push_back(i);
    }
    for (const json &key : wanted) {
        for (const json &element : array) {
            if (key.is_string() && elementKey(element, conflict.sequenceKey) == key.get<std::string>()) {
                elements.push_back(element);
                break;
            }
        }
    }
    if (elements.size() != positions.size())
        return false;
    for (std::size_t i = 0; i < positions.size(); ++i)
        array[positions[i]] = elements[i];
    return true;
}

} // namespace

TreeMergeResult mergeTrees(const json &base, const json &ours, const json &theirs)
{
    TreeMerger merger;
    Where root;
    root.itemKind = QStringLiteral("project");
    root.itemId = stringMember(&ours, "id");
    root.itemName = displayName(&ours);
    TreeMergeResult result;
    std::optional<json> merged = merger.mergeValue(&base, &ours, &theirs, root);
    result.merged = merged ? std::move(*merged) : json::object();
    result.conflicts = std::move(merger.conflicts);
    return result;
}

bool applyConflictValue(json &tree, const MergeConflict &conflict, const std::optional<json> &value)
{
    if (conflict.path.isEmpty())
        return false;
    if (conflict.kind == MergeConflict::Kind::Order) {
        json *array = findAtPath(tree, conflict.path);
        return array && value && applyOrder(*array, conflict, *value);
    }
    const MergePath parentPath = conflict.path.mid(0, conflict.path.size() - 1);
    json *parent = findAtPath(tree, parentPath);
    const MergePathStep &last = conflict.path.constLast();
    if (!parent && value && last.selector && !parentPath.isEmpty() && !parentPath.constLast().selector) {
        // The list was left out because it became empty: put it back to hold the item.
        json *holder = findAtPath(tree, parentPath.mid(0, parentPath.size() - 1));
        if (holder && holder->is_object())
            parent = &((*holder)[parentPath.constLast().key.toStdString()] = json::array());
    }
    if (!parent)
        return false;
    if (!last.selector) {
        if (!parent->is_object())
            return false;
        if (value)
            (*parent)[last.key.toStdString()] = *value;
        else
            parent->erase(last.key.toStdString());
        return true;
    }
    if (!parent->is_array())
        return false;
    for (std::size_t i = 0; i < parent->size(); ++i) {
        if (elementMatches((*parent)[i], last)) {
            if (value)
                (*parent)[i] = *value;
            else
                parent->erase(i);
            return true;
        }
    }
    if (!value)
        return true; // already gone
    std::size_t pos = conflict.afterKey.isEmpty() ? 0 : parent->size();
    const std::string after = conflict.afterKey.toStdString();
    for (std::size_t i = 0; i < parent->size() && !after.empty(); ++i) {
        if (elementKey((*parent)[i], conflict.sequenceKey) == after) {
            pos = i + 1;
            break;
        }
    }
    parent->insert(parent->begin() + std::ptrdiff_t(pos), *value);
    return true;
}

} // namespace omnimap
