// OpenJourney import: validates the untrusted .ojf with JSON pointers in every error,
// then builds a project, starting from the x-omnimap extension when the file has one.

#include "openjourney.h"
#include "openjourneyextras.h"

#include "format/jsonobjectreader.h"
#include "format/jsonsafety.h"
#include "format/projectfile.h"
#include "model/lookup.h"
#include "render/mapstyle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <cmath>

namespace omnimap::OpenJourney {

namespace {

struct OpenjourneyreaderTr { Q_DECLARE_TR_FUNCTIONS(omnimap::OpenJourney) };

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

struct OjfLane
{
    QString id;
    QString name;
    std::optional<NoteLane> note;
};

struct OjfNode
{
    QString pointer;
    QString id;
    QString stageId;
    QString laneId;
    QString title;
    QString description;
    QStringList tags;
    bool momentOfTruth = false;
    std::optional<double> score;
    nlohmann::json ojfFields = nlohmann::json::object(); ///< OJF-only keys, kept verbatim
    nlohmann::json original;                            ///< the node without its placement
};

ChannelKind guessKind(const QString &name)
{
    const QString n = name.toLower();
    const std::pair<const char *, ChannelKind> words[] = {
        {"app", ChannelKind::App},       {"mobile", ChannelKind::App},   {"web", ChannelKind::Web},
        {"digital", ChannelKind::Web},   {"online", ChannelKind::Web},   {"store", ChannelKind::Store},
        {"shop", ChannelKind::Store},    {"desk", ChannelKind::Store},   {"mail", ChannelKind::Email},
        {"sms", ChannelKind::Sms},       {"kakao", ChannelKind::Kakao},  {"push", ChannelKind::Push},
        {"social", ChannelKind::Social}, {"support", ChannelKind::CallCenter}, {"call", ChannelKind::CallCenter},
        {"kiosk", ChannelKind::Kiosk}};
    for (const auto &[word, kind] : words) {
        if (n.contains(QLatin1String(word)))
            return kind;
    }
    return ChannelKind::Other;
}

/// The root's or metadata's string field, whichever the file has (the spec puts persona
/// and version at the root, real files under "metadata").
QString rootText(const nlohmann::json &root, const char *rootKey, const char *metadataKey)
{
    const auto direct = root.find(rootKey);
    if (direct != root.end() && direct->is_string())
        return q(direct->get<std::string>());
    const auto metadata = root.find("metadata");
    if (metadata != root.end() && metadata->is_object()) {
        const auto nested = metadata->find(metadataKey);
        if (nested != metadata->end() && nested->is_string())
            return q(nested->get<std::string>());
    }
    return {};
}

void checkRootTypes(const nlohmann::json &root, ReadContext &context)
{
    for (const char *key : {"version", "persona", "pointOfView"}) {
        const auto it = root.find(key);
        if (it != root.end() && !it->is_string() && !it->is_null())
            context.error(QStringLiteral("/") + QLatin1String(key), OpenjourneyreaderTr::tr("expected a string"));
    }
    const auto metadata = root.find("metadata");
    if (metadata != root.end() && !metadata->is_object())
        context.error(QStringLiteral("/metadata"), OpenjourneyreaderTr::tr("expected an object"));
    for (const char *key : {"stages", "swimlanes", "nodes"}) {
        const auto it = root.find(key);
        if (it == root.end())
            context.error(QStringLiteral("/") + QLatin1String(key), OpenjourneyreaderTr::tr("missing required field"));
        else if (!it->is_array())
            context.error(QStringLiteral("/") + QLatin1String(key), OpenjourneyreaderTr::tr("expected an array"));
    }
}

/// Stages or swimlanes: an id and a name each, ids unique within the file.
template<typename Make>
void readColumns(const nlohmann::json &array, const char *key, QSet<QString> &ids, ReadContext &context, Make make)
{
    for (std::size_t i = 0; i < array.size(); ++i) {
        const QString pointer = QStringLiteral("/") + QLatin1String(key) + QLatin1Char('/') + QString::number(i);
        JsonObjectReader r(array[i], pointer, context);
        if (!r.isObject())
            continue;
        const QString id = r.requiredId("id");
        const QString name = r.string("name");
        if (id.isEmpty())
            continue;
        if (ids.contains(id)) {
            context.error(pointer + QStringLiteral("/id"), OpenjourneyreaderTr::tr("duplicate id \"%1\"").arg(id));
            continue;
        }
        ids.insert(id);
        make(id, name);
    }
}

OjfNode readNode(const nlohmann::json &value, const QString &pointer, const QSet<QString> &stageIds,
                 const QSet<QString> &laneIds, ReadContext &context)
{
    OjfNode node;
    node.pointer = pointer;
    JsonObjectReader r(value, pointer, context);
    if (!r.isObject())
        return node;
    node.id = r.string("id");
    // An empty reference names no stage or lane: an error, not a card without a place.
    node.stageId = r.requiredId("stageId");
    node.laneId = r.requiredId("swimlaneId");
    node.title = r.string("title");
    node.description = r.string("description");
    node.tags = r.strings("tags");
    node.momentOfTruth = r.boolean("isMomentOfTruth");
    node.score = r.optionalNumber("score", -1e9, 1e9);
    r.string("sentiment");
    r.string("severity");
    r.string("purpose");
    r.string("icon");
    r.string("iconColor");
    r.rawObject("blueprint");
    if (!node.stageId.isEmpty() && !stageIds.contains(node.stageId))
        context.error(pointer + QStringLiteral("/stageId"), OpenjourneyreaderTr::tr("no stage with id \"%1\"").arg(node.stageId));
    if (!node.laneId.isEmpty() && !laneIds.contains(node.laneId))
        context.error(pointer + QStringLiteral("/swimlaneId"), OpenjourneyreaderTr::tr("no swimlane with id \"%1\"").arg(node.laneId));
    if (node.score && (*node.score < -5 || *node.score > 5)) {
        Diagnostic d;
        d.severity = Diagnostic::Severity::Warning;
        d.file = context.fileName;
        d.where = pointer + QStringLiteral("/score");
        d.message = OpenjourneyreaderTr::tr("score %1 is outside -5 to 5; the emotion curve clamps it").arg(*node.score);
        context.diagnostics.append(d);
    }
    for (auto it = value.begin(); it != value.end(); ++it) {
        if (!isMappedNodeKey(it.key()) && it.key() != kExtensionKey)
            node.ojfFields[it.key()] = *it;
        if (it.key() != "stageId" && it.key() != "swimlaneId")
            node.original[it.key()] = *it;
    }
    return node;
}

/// The project carried in the x-omnimap extension, if the file has a readable one.
std::optional<Project> extensionProject(const nlohmann::json &root, const QString &fileName, nlohmann::json *noteLanes,
                                        Diagnostics &diagnostics)
{
    const auto ext = root.find(kExtensionKey);
    if (ext == root.end() || !ext->is_object())
        return std::nullopt;
    if (ext->contains("noteLanes") && (*ext)["noteLanes"].is_object())
        *noteLanes = (*ext)["noteLanes"];
    const auto embedded = ext->find("project");
    if (embedded == ext->end() || !embedded->is_object())
        return std::nullopt;
    const LoadResult loaded = readProject(QByteArray::fromStdString(embedded->dump()), fileName);
    if (!loaded.ok() || loaded.project->journeys.size() != 1) {
        Diagnostic d;
        d.severity = Diagnostic::Severity::Warning;
        d.file = fileName;
        d.where = QStringLiteral("/") + QLatin1String(kExtensionKey) + QStringLiteral("/project");
        d.message = OpenjourneyreaderTr::tr("the Omnimap extension cannot be used (%1); the map is imported from the OpenJourney data only")
                        .arg(loaded.ok() ? OpenjourneyreaderTr::tr("expected one journey") : loaded.errorString());
        diagnostics.append(d);
        return std::nullopt;
    }
    return loaded.project;
}

template<typename T>
T *findByOjfId(QList<T> &items, const QString &ojfId)
{
    if (T *direct = findById(items, ojfId))
        return direct;
    for (T &item : items) {
        const auto ojf = item.extra.find("ojf");
        if (ojf == item.extra.end() || !ojf->is_object())
            continue;
        // The extension is untrusted too: an id of another type never matches (and never throws).
        const auto id = ojf->find("id");
        if (id != ojf->end() && id->is_string() && *id == ojfId.toStdString())
            return &item;
    }
    return nullptr;
}

void setOjfId(ExtraFields &extra, const QString &id)
{
    if (!extra.is_object())
        extra = ExtraFields::object();
    extra["ojf"]["id"] = id.toStdString();
}

/// The loader's depth limit minus how much deeper the project nests what the .ojf holds
/// (a note node lands in /journeys/N/stages/N/ojf/notes/LANE/N: six levels below /nodes/N),
/// so kept OJF-only keys never push the written project past what the loader accepts.
constexpr int kProjectNestingOverhead = 8;

ImportResult readMap(const QByteArray &bytes, const QString &fileName, const ImportOptions &options, bool useExtension)
{
    ImportResult result;
    ReadLimits limits;
    limits.maxFileBytes = options.maxFileBytes;
    limits.maxDepth -= kProjectNestingOverhead;
    const SafeJson parsed = parseUntrustedJson(bytes, limits);
    ReadContext context;
    context.fileName = fileName;
    if (!parsed.value) {
        context.error(parsed.where, parsed.error);
        result.diagnostics = context.diagnostics;
        return result;
    }
    const nlohmann::json &root = *parsed.value;
    if (!root.is_object()) {
        context.error(QStringLiteral("/"), OpenjourneyreaderTr::tr("expected an OpenJourney object with stages, swimlanes and nodes"));
        result.diagnostics = context.diagnostics;
        return result;
    }
    checkRootTypes(root, context);
    if (hasErrors(context.diagnostics)) {
        result.diagnostics = context.diagnostics;
        return result;
    }

    QList<std::pair<QString, QString>> stages;
    QList<OjfLane> lanes;
    QSet<QString> stageIds, laneIds;
    nlohmann::json noteLaneKeys = nlohmann::json::object();
    std::optional<Project> base;
    if (useExtension)
        base = extensionProject(root, fileName, &noteLaneKeys, context.diagnostics);
    readColumns(root["stages"], "stages", stageIds, context,
                [&stages](const QString &id, const QString &name) { stages.append({id, name}); });
    readColumns(root["swimlanes"], "swimlanes", laneIds, context,
                [&](const QString &id, const QString &name) {
                    OjfLane lane{id, name, std::nullopt};
                    const auto key = noteLaneKeys.find(id.toStdString());
                    if (key != noteLaneKeys.end() && key->is_string())
                        lane.note = noteLaneFromKey(key->get<std::string>());
                    else if (options.noteLanesByName)
                        lane.note = noteLaneForName(name);
                    lanes.append(lane);
                });
    QList<OjfNode> nodes;
    const nlohmann::json &nodeArray = root["nodes"];
    for (std::size_t i = 0; i < nodeArray.size(); ++i)
        nodes.append(readNode(nodeArray[i], QStringLiteral("/nodes/") + QString::number(i), stageIds, laneIds, context));
    if (hasErrors(context.diagnostics)) {
        result.diagnostics = context.diagnostics;
        return result;
    }

    const bool fromExtension = base.has_value();
    Project project = fromExtension ? *base : Project{};
    if (!fromExtension) {
        project.id = newId();
        project.journeys.append(Journey{});
        project.journeys[0].id = newId();
    }
    Journey &journey = project.journeys[0];
    const QString title = rootText(root, "title", "title");
    const QString personaName = rootText(root, "persona", "persona");
    const QString pointOfView = rootText(root, "pointOfView", "pov");
    const QString baseName = QFileInfo(fileName).completeBaseName();
    if (!fromExtension) {
        journey.name = !title.isEmpty() ? title : (!pointOfView.isEmpty() ? pointOfView : baseName);
        if (journey.name.isEmpty())
            journey.name = OpenjourneyreaderTr::tr("Imported journey");
        journey.description = pointOfView;
        project.name = journey.name;
    } else if (!title.isEmpty()) {
        journey.name = title;
    }

    // Persona: the extension's first persona follows a renamed persona; otherwise a new one.
    if (!personaName.isEmpty()) {
        Persona *persona = journey.personaIds.isEmpty() ? nullptr : findById(project.personas, journey.personaIds.constFirst());
        if (!persona) {
            Persona p;
            p.id = newId();
            project.personas.append(p);
            journey.personaIds.prepend(p.id);
            persona = &project.personas.last();
            persona->scenario = pointOfView;
        }
        persona->name = personaName;
    }

    // Root keys the format has and Omnimap does not model, for the way back.
    nlohmann::json rootExtras = nlohmann::json::object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        const std::string &k = it.key();
        if (k != "version" && k != "persona" && k != "pointOfView" && k != "stages" && k != "swimlanes" && k != "nodes"
            && k != "metadata" && k != kExtensionKey)
            rootExtras[k] = *it;
    }
    if (!journey.extra.is_object())
        journey.extra = ExtraFields::object();
    journey.extra["ojf"] = nlohmann::json::object();
    if (!rootExtras.empty())
        journey.extra["ojf"]["root"] = rootExtras;

    // Stages in file order, reusing the extension's stage (goal, emotions) when ids match.
    // Every id is used once: two OJF ids that both match one extension item (by its id
    // and by its remembered OJF id) must not give two items with one id.
    QSet<Id> usedIds;
    QList<Stage> newStages;
    QHash<QString, Id> stageMap;
    for (const auto &[id, name] : stages) {
        Stage stage;
        const Stage *known = findByOjfId(journey.stages, id);
        if (known && !usedIds.contains(known->id))
            stage = *known;
        else
            stage.id = newId();
        usedIds.insert(stage.id);
        // The project needs a name on every stage; an unnamed column gets its position.
        stage.name = name.isEmpty() ? OpenjourneyreaderTr::tr("Stage %1").arg(newStages.size() + 1) : name;
        for (NoteLane lane : {NoteLane::Actions, NoteLane::Thoughts, NoteLane::PainPoints, NoteLane::Opportunities})
            noteList(stage, lane).clear();
        if (!stage.extra.is_object())
            stage.extra = ExtraFields::object();
        stage.extra.erase("ojf");
        if (id != stage.id)
            setOjfId(stage.extra, id);
        stageMap.insert(id, stage.id);
        newStages.append(stage);
    }

    // Swimlanes: channels (reused by id, else new) or note lanes.
    IdList laneChannels;
    QHash<QString, Id> channelMap;
    QHash<QString, NoteLane> noteMap;
    for (const OjfLane &lane : lanes) {
        if (lane.note) {
            noteMap.insert(lane.id, *lane.note);
            journey.extra["ojf"]["noteLanes"][noteLaneKey(*lane.note)] = {{"id", lane.id.toStdString()},
                                                                          {"name", lane.name.toStdString()}};
            continue;
        }
        Channel *channel = findByOjfId(project.channels, lane.id);
        if (channel && usedIds.contains(channel->id))
            channel = nullptr;
        if (!channel) {
            Channel c;
            c.id = newId();
            c.kind = guessKind(lane.name);
            const int index = int(laneChannels.size());
            c.color = project.brand.palette.value(index, channelColor(QString(), index).name(QColor::HexRgb).toUpper());
            setOjfId(c.extra, lane.id);
            project.channels.append(c);
            channel = &project.channels.last();
        }
        channel->name = lane.name.isEmpty() ? OpenjourneyreaderTr::tr("Lane %1").arg(laneChannels.size() + 1) : lane.name;
        usedIds.insert(channel->id);
        channelMap.insert(lane.id, channel->id);
        laneChannels.append(channel->id);
    }

    // Nodes: touchpoints in channel lanes, notes in note lanes.
    QList<Touchpoint> touchpoints;
    QHash<QString, int> cellOrder;
    QHash<Id, QList<double>> scores;
    for (const OjfNode &node : nodes) {
        const Id stageId = stageMap.value(node.stageId);
        Stage *stage = findById(newStages, stageId);
        if (node.score)
            scores[stageId].append(std::clamp(*node.score, -5.0, 5.0));
        if (noteMap.contains(node.laneId)) {
            const NoteLane lane = noteMap.value(node.laneId);
            noteList(*stage, lane).append(node.title);
            stage->extra["ojf"]["notes"][noteLaneKey(lane)].push_back(node.original);
            continue;
        }
        Touchpoint t;
        const Touchpoint *known = node.id.isEmpty() ? nullptr : findByOjfId(journey.touchpoints, node.id);
        if (known && !usedIds.contains(known->id))
            t = *known;
        else
            t.id = newId();
        usedIds.insert(t.id);
        t.stageId = stageId;
        t.channelId = channelMap.value(node.laneId);
        t.title = node.title;
        t.description = node.description;
        t.tags = node.tags;
        t.momentOfTruth = node.momentOfTruth;
        t.order = cellOrder[node.stageId + QLatin1Char('\n') + node.laneId]++;
        if (!t.extra.is_object())
            t.extra = ExtraFields::object();
        t.extra["ojf"] = node.ojfFields;
        if (node.id.isEmpty() || node.id == t.id)
            t.extra["ojf"].erase("id");
        touchpoints.append(t);
    }

    // Emotion curve from the node scores, for stages the extension did not already score.
    const Id personaId = journey.personaIds.value(0);
    for (Stage &stage : newStages) {
        const QList<double> values = scores.value(stage.id);
        if (values.isEmpty() || personaId.isEmpty() || std::any_of(stage.emotions.cbegin(), stage.emotions.cend(),
                                                                    [&personaId](const EmotionScore &e) { return e.personaId == personaId; }))
            continue;
        double sum = 0;
        for (double v : values)
            sum += v;
        stage.emotions.append({personaId, std::round(sum / double(values.size()) * 10.0) / 10.0, std::nullopt});
    }

    journey.stages = newStages;
    journey.channelIds = laneChannels;
    journey.touchpoints = touchpoints;
    // Plan items that pointed at stages, lanes or cards the file no longer has are dropped.
    QSet<Id> cardIds;
    for (const Touchpoint &t : journey.touchpoints)
        cardIds.insert(t.id);
    journey.handoffs.removeIf([&cardIds](const Handoff &h) {
        return !cardIds.contains(h.fromTouchpointId) || !cardIds.contains(h.toTouchpointId);
    });
    journey.roles.removeIf([&journey](const ChannelRole &r) {
        return indexOfId(journey.stages, r.stageId) < 0 || !journey.channelIds.contains(r.channelId);
    });
    for (Kpi &k : project.kpis)
        k.touchpointIds.removeIf([&cardIds](const Id &id) { return !cardIds.contains(id); });

    result.project = std::move(project);
    result.diagnostics = context.diagnostics;
    return result;
}

/// What `validate` would say about the project the import wrote: written, read back
/// by the loader, references checked. Empty when the project is valid.
Diagnostics projectProblems(const Project &project, const QString &fileName)
{
    QByteArray bytes;
    try {
        bytes = writeProject(project);
    } catch (const nlohmann::json::exception &e) {
        Diagnostic d;
        d.file = fileName;
        d.message = OpenjourneyreaderTr::tr("cannot serialise the project: %1").arg(QString::fromUtf8(e.what()));
        return {d};
    }
    const LoadResult loaded = readProject(bytes, fileName);
    Diagnostics problems;
    for (const Diagnostic &d : loaded.diagnostics) {
        if (d.severity == Diagnostic::Severity::Error)
            problems.append(d);
    }
    if (!loaded.ok() && problems.isEmpty()) {
        Diagnostic d;
        d.file = fileName;
        d.message = OpenjourneyreaderTr::tr("the imported project cannot be read back");
        problems.append(d);
    }
    return problems;
}

} // namespace

ImportResult read(const QByteArray &bytes, const QString &fileName, const ImportOptions &options)
{
    // Any import writes a project that `validate` accepts, or fails: first with the
    // x-omnimap extension, then (if the extension makes it invalid) from the OJF data only.
    ImportResult result = readMap(bytes, fileName, options, true);
    if (!result.ok())
        return result;
    Diagnostics problems = projectProblems(*result.project, fileName);
    if (problems.isEmpty())
        return result;
    ImportResult plain = readMap(bytes, fileName, options, false);
    if (plain.ok()) {
        const Diagnostics plainProblems = projectProblems(*plain.project, fileName);
        if (plainProblems.isEmpty()) {
            Diagnostic d;
            d.severity = Diagnostic::Severity::Warning;
            d.file = fileName;
            d.where = QStringLiteral("/") + QLatin1String(kExtensionKey);
            d.message = OpenjourneyreaderTr::tr("the Omnimap extension would make an invalid project (%1); the map is imported from the "
                           "OpenJourney data only")
                            .arg(problems.constFirst().where + QStringLiteral(": ") + problems.constFirst().message);
            plain.diagnostics.prepend(d);
            return plain;
        }
        problems = plainProblems;
    }
    ImportResult failed;
    failed.diagnostics = result.diagnostics;
    for (Diagnostic d : problems) {
        d.severity = Diagnostic::Severity::Error;
        d.file = fileName;
        d.message = OpenjourneyreaderTr::tr("the imported project would be invalid at %1: %2").arg(d.where, d.message);
        d.where.clear();
        failed.diagnostics.append(d);
    }
    return failed;
}

ImportResult load(const QString &path, const ImportOptions &options)
{
    ImportResult result;
    QFile file(path);
    Diagnostic d;
    d.file = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::ReadOnly)) {
        d.message = OpenjourneyreaderTr::tr("cannot open: %1").arg(file.errorString());
        result.diagnostics.append(d);
        return result;
    }
    if (file.size() > options.maxFileBytes) {
        d.message = OpenjourneyreaderTr::tr("file is larger than %1 bytes").arg(options.maxFileBytes);
        result.diagnostics.append(d);
        return result;
    }
    return read(file.readAll(), QDir::toNativeSeparators(path), options);
}

} // namespace omnimap::OpenJourney
