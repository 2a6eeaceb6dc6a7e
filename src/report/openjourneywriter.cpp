// OpenJourney export: one journey per .ojf file, OJF-only fields restored from
// `extra.ojf`, Omnimap-only data in the x-omnimap extension object.

#include "openjourney.h"

#include "format/safefilename.h"
#include "openjourneyextras.h"

#include "format/projectfile.h"
#include "mapexport.h"
#include "model/lookup.h"
#include "reportdata.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QSet>

namespace omnimap::OpenJourney {

namespace {

using Json = nlohmann::ordered_json;

constexpr std::array<NoteLane, 4> kNoteLanes = {NoteLane::Actions, NoteLane::Thoughts, NoteLane::PainPoints,
                                                NoteLane::Opportunities};

std::string s(const QString &text)
{
    return text.toStdString();
}

/// The id an item had in the .ojf it came from, or its Omnimap id; unique within `used`.
std::string ojfId(const ExtraFields &extra, const Id &id, QSet<QString> &used)
{
    QString candidate = id;
    const auto ojf = extra.find("ojf");
    if (ojf != extra.end() && ojf->is_object()) {
        const auto original = ojf->find("id");
        if (original != ojf->end() && original->is_string())
            candidate = QString::fromStdString(original->get<std::string>());
    }
    if (used.contains(candidate))
        candidate = id;
    used.insert(candidate);
    return s(candidate);
}

/// Copies the OJF-only fields kept in an item's extra onto a node.
void addOjfFields(Json &node, const nlohmann::json &fields)
{
    if (!fields.is_object())
        return;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.key() == "id" || isMappedNodeKey(it.key()))
            continue;
        node[it.key()] = Json::parse(it->dump());
    }
}

const nlohmann::json *ojfObject(const ExtraFields &extra)
{
    const auto it = extra.find("ojf");
    return it != extra.end() && it->is_object() ? &*it : nullptr;
}

/// The plan data that belongs to the journey, as an Omnimap project: written into the
/// extension so a re-import gets back what the format cannot say.
Project extensionProject(const Project &project, const Journey &journey)
{
    Project mini;
    mini.id = project.id;
    mini.name = project.name;
    mini.description = project.description;
    mini.locale = project.locale;
    mini.currency = project.currency;
    mini.brand = project.brand;
    mini.departments = project.departments;
    mini.channels = project.channels;
    mini.journeys = {journey};
    for (const Persona &p : project.personas) {
        if (journey.personaIds.contains(p.id))
            mini.personas.append(p);
    }
    for (const Kpi &k : project.kpis) {
        if (k.journeyId == journey.id)
            mini.kpis.append(k);
    }
    for (const Checklist &c : project.checklists) {
        if (c.journeyId == journey.id)
            mini.checklists.append(c);
    }
    for (const Campaign &c : project.campaigns) {
        if (c.journeyId == journey.id)
            mini.campaigns.append(c);
    }
    for (const Scenario &sc : project.scenarios) {
        if (sc.journeyId == journey.id)
            mini.scenarios.append(sc);
    }
    // What the items taken along refer to comes too, or the re-imported project would
    // have dangling references (which `validate` rejects): checklist templates, and the
    // personas a campaign or scenario is for even when the map does not draw them.
    QSet<Id> templateIds, personaIds;
    for (const Checklist &c : mini.checklists)
        templateIds.insert(c.templateId);
    for (const Campaign &c : mini.campaigns)
        personaIds.insert(c.personaId);
    for (const Scenario &sc : mini.scenarios)
        personaIds.insert(sc.personaId);
    for (const ChecklistTemplate &t : project.checklistTemplates) {
        if (templateIds.contains(t.id))
            mini.checklistTemplates.append(t);
    }
    for (const Persona &p : project.personas) {
        if (personaIds.contains(p.id) && !journey.personaIds.contains(p.id))
            mini.personas.append(p);
    }
    return mini;
}

Json document(const Project &project, const Journey &journey)
{
    QSet<QString> usedIds;
    const Persona *persona = journey.personaIds.isEmpty() ? nullptr
                                                          : findById(project.personas, journey.personaIds.constFirst());
    const QString personaName = persona ? persona->name : QString();
    const QString pointOfView = persona && !persona->scenario.isEmpty() ? persona->scenario : journey.description;

    Json doc;
    doc["version"] = "1.0";
    doc["persona"] = s(personaName);
    doc["pointOfView"] = s(pointOfView);
    // Real OJF files put these under "metadata": both are written so either kind of reader finds them.
    doc["metadata"] = {{"title", s(journey.name)}, {"persona", s(personaName)}, {"pov", s(pointOfView)},
                       {"version", "1.0"}};

    Json stages = Json::array();
    QHash<Id, std::string> stageIds;
    for (const Stage &st : journey.stages) {
        stageIds.insert(st.id, ojfId(st.extra, st.id, usedIds));
        stages.push_back({{"id", stageIds.value(st.id)}, {"name", s(st.name)}});
    }
    doc["stages"] = stages;

    Json lanes = Json::array();
    Json noteLaneKeys = Json::object();
    QHash<Id, std::string> laneIds;
    for (const Id &channelId : journey.channelIds) {
        const Channel *c = findById(project.channels, channelId);
        const std::string id = c ? ojfId(c->extra, c->id, usedIds) : s(channelId);
        laneIds.insert(channelId, id);
        lanes.push_back({{"id", id}, {"name", s(c ? c->name : QString())}});
    }
    // Note lanes only when a stage has notes in them, under the lane id they came with.
    const nlohmann::json *journeyOjf = ojfObject(journey.extra);
    QHash<int, std::string> noteLaneIds;
    for (NoteLane lane : kNoteLanes) {
        // An empty note lane is kept when the .ojf it came from had it.
        bool used = journeyOjf && journeyOjf->contains("noteLanes") && (*journeyOjf)["noteLanes"].contains(noteLaneKey(lane));
        for (const Stage &st : journey.stages)
            used = used || !noteList(st, lane).isEmpty();
        if (!used)
            continue;
        QString id = QStringLiteral("notes-") + QLatin1String(noteLaneKey(lane));
        QString name = noteLaneName(lane);
        if (journeyOjf && journeyOjf->contains("noteLanes") && (*journeyOjf)["noteLanes"].contains(noteLaneKey(lane))) {
            const nlohmann::json &known = (*journeyOjf)["noteLanes"][noteLaneKey(lane)];
            if (known.value("id", std::string()).size() > 0)
                id = QString::fromStdString(known.value("id", std::string()));
            if (known.value("name", std::string()).size() > 0)
                name = QString::fromStdString(known.value("name", std::string()));
        }
        if (usedIds.contains(id))
            id = QStringLiteral("notes-") + QLatin1String(noteLaneKey(lane)) + QLatin1Char('-') + journey.id.left(8);
        usedIds.insert(id);
        noteLaneIds.insert(int(lane), s(id));
        noteLaneKeys[s(id)] = noteLaneKey(lane);
        lanes.push_back({{"id", s(id)}, {"name", s(name)}});
    }
    doc["swimlanes"] = lanes;

    Json nodes = Json::array();
    // Cards in map order so a reader without "order" still lays them out as drawn.
    QList<const Touchpoint *> cards;
    for (const Touchpoint &t : journey.touchpoints)
        cards.append(&t);
    std::stable_sort(cards.begin(), cards.end(), [&journey](const Touchpoint *a, const Touchpoint *b) {
        return std::make_tuple(indexOfId(journey.stages, a->stageId), journey.channelIds.indexOf(a->channelId), a->order)
            < std::make_tuple(indexOfId(journey.stages, b->stageId), journey.channelIds.indexOf(b->channelId), b->order);
    });
    for (const Touchpoint *t : cards) {
        Json tags = Json::array();
        for (const QString &tag : t->tags)
            tags.push_back(s(tag));
        Json node = {{"id", ojfId(t->extra, t->id, usedIds)},
                     {"stageId", stageIds.value(t->stageId, s(t->stageId))},
                     {"swimlaneId", laneIds.value(t->channelId, s(t->channelId))},
                     {"title", s(t->title)},
                     {"description", s(t->description)},
                     {"isMomentOfTruth", t->momentOfTruth},
                     {"tags", tags}};
        if (const nlohmann::json *fields = ojfObject(t->extra))
            addOjfFields(node, *fields);
        nodes.push_back(node);
    }
    for (const Stage &st : journey.stages) {
        const nlohmann::json *stageOjf = ojfObject(st.extra);
        for (NoteLane lane : kNoteLanes) {
            const QStringList &notes = noteList(st, lane);
            const nlohmann::json *kept = nullptr;
            if (stageOjf && stageOjf->contains("notes") && (*stageOjf)["notes"].contains(noteLaneKey(lane)))
                kept = &(*stageOjf)["notes"][noteLaneKey(lane)];
            for (qsizetype i = 0; i < notes.size(); ++i) {
                Json node = {{"stageId", stageIds.value(st.id)},
                             {"swimlaneId", noteLaneIds.value(int(lane))},
                             {"title", s(notes.at(i))}};
                // The note's OJF fields, when the note is still the one imported at this place;
                // only what it had, so a second round trip writes the same bytes.
                if (kept && kept->is_array() && std::size_t(i) < kept->size()
                    && (*kept)[std::size_t(i)].value("title", std::string()) == s(notes.at(i))) {
                    const nlohmann::json &original = (*kept)[std::size_t(i)];
                    for (const char *key : {"id", "description", "isMomentOfTruth", "tags"}) {
                        if (original.contains(key))
                            node[key] = Json::parse(original[key].dump());
                    }
                    addOjfFields(node, original);
                } else {
                    node["description"] = "";
                }
                nodes.push_back(node);
            }
        }
    }
    doc["nodes"] = nodes;

    if (journeyOjf && journeyOjf->contains("root") && (*journeyOjf)["root"].is_object()) {
        for (auto it = (*journeyOjf)["root"].begin(); it != (*journeyOjf)["root"].end(); ++it) {
            if (!doc.contains(it.key()))
                doc[it.key()] = Json::parse(it->dump());
        }
    }

    const QByteArray embedded = writeProject(extensionProject(project, journey));
    doc[kExtensionKey] = {{"formatVersion", 1},
                          {"generator", "Omnimap " OMNIMAP_VERSION_STRING},
                          {"noteLanes", noteLaneKeys},
                          {"project", Json::parse(embedded.constData(), embedded.constData() + embedded.size())}};
    return doc;
}

struct OpenjourneywriterTr { Q_DECLARE_TR_FUNCTIONS(omnimap::Report) };

} // namespace

QByteArray write(const Project &project, const Id &journeyId)
{
    const Journey *journey = findById(project.journeys, journeyId);
    if (!journey)
        return {};
    const std::string text = document(project, *journey).dump(2, ' ', false, Json::error_handler_t::replace);
    return QByteArray::fromStdString(text) + '\n';
}

bool writeFile(const QString &path, const Project &project, const Id &journeyId, QString *error)
{
    const QByteArray bytes = write(project, journeyId);
    if (bytes.isEmpty()) {
        if (error)
            *error = OpenjourneywriterTr::tr("%1: no journey with id \"%2\"").arg(QDir::toNativeSeparators(path), journeyId);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = OpenjourneywriterTr::tr("%1: cannot write: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QStringList writeAll(const QString &directory, const Project &project, const Id &journeyId, QString *error)
{
    QStringList written;
    if (!QDir().mkpath(directory)) {
        if (error)
            *error = OpenjourneywriterTr::tr("%1: cannot create the folder").arg(QDir::toNativeSeparators(directory));
        return written;
    }
    for (const Journey *j : ReportData::journeysFor(project, journeyId)) {
        const QString path = pathInside(QDir(directory).absolutePath(), MapExport::fileBaseName(*j) + QStringLiteral(".ojf"));
        if (path.isEmpty()) {
            if (error)
                *error = OpenjourneywriterTr::tr("%1: cannot make a safe file name for journey \"%2\"")
                             .arg(QDir::toNativeSeparators(directory), j->name);
            return written;
        }
        if (!writeFile(path, project, j->id, error))
            return written;
        written << path;
    }
    return written;
}

} // namespace omnimap::OpenJourney
