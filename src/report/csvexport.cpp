#include "csvexport.h"

#include "model/enumnames.h"
#include "model/lookup.h"
#include "reportdata.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <algorithm>

namespace omnimap::CsvExport {

namespace {

struct CsvexportTr { Q_DECLARE_TR_FUNCTIONS(omnimap::Report) };

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

template<typename E>
QString enumText(E value)
{
    return QString::fromLatin1(enumName(value));
}

} // namespace

CsvTable kpiTable(const Project &project, const QString &language)
{
    Q_UNUSED(language)
    CsvTable t;
    t.header = {QStringLiteral("id"),       QStringLiteral("name"),     QStringLiteral("unit"),
                QStringLiteral("currency"), QStringLiteral("direction"), QStringLiteral("journey"),
                QStringLiteral("stage"),    QStringLiteral("channel"),  QStringLiteral("baseline"),
                QStringLiteral("target"),   QStringLiteral("measured"), QStringLiteral("simulated"),
                QStringLiteral("status"),   QStringLiteral("owner")};
    for (const Kpi &k : project.kpis) {
        t.rows.append({k.id,
                       csvSafeText(k.name),
                       enumText(k.unit),
                       k.currency,
                       enumText(k.direction),
                       csvSafeText(ReportData::journeyName(project, k.journeyId)),
                       csvSafeText(ReportData::stageName(project, k.stageId)),
                       csvSafeText(ReportData::channelName(project, k.channelId)),
                       ReportData::plainNumber(k.baseline),
                       ReportData::plainNumber(k.target),
                       ReportData::plainNumber(k.actual),
                       ReportData::plainNumber(k.simulated),
                       ReportData::statusKey(kpiStatus(k)),
                       csvSafeText(ReportData::departmentName(project, k.ownerDepartmentId))});
    }
    return t;
}

CsvTable touchpointTable(const Project &project, const Id &journeyId)
{
    CsvTable t;
    t.header = {QStringLiteral("journey"),  QStringLiteral("stage"),    QStringLiteral("channel"),
                QStringLiteral("order"),    QStringLiteral("id"),       QStringLiteral("title"),
                QStringLiteral("description"), QStringLiteral("message"), QStringLiteral("tags"),
                QStringLiteral("moment_of_truth"), QStringLiteral("promotion"), QStringLiteral("owner"),
                QStringLiteral("review"),   QStringLiteral("kpis")};
    for (const Journey *j : ReportData::journeysFor(project, journeyId)) {
        // Map order: stage columns left to right, lanes top to bottom, cards by order.
        QList<const Touchpoint *> cards;
        for (const Touchpoint &tp : j->touchpoints)
            cards.append(&tp);
        auto rank = [j](const Touchpoint *tp) {
            return std::make_tuple(indexOfId(j->stages, tp->stageId), j->channelIds.indexOf(tp->channelId), tp->order);
        };
        std::stable_sort(cards.begin(), cards.end(),
                         [&rank](const Touchpoint *a, const Touchpoint *b) { return rank(a) < rank(b); });
        for (const Touchpoint *tp : cards) {
            QStringList kpis;
            for (const Kpi &k : project.kpis) {
                if (k.touchpointIds.contains(tp->id))
                    kpis << k.name;
            }
            QStringList tags;
            for (const QString &tag : tp->tags)
                tags << csvSafeText(tag);
            t.rows.append({csvSafeText(j->name),
                           csvSafeText(ReportData::stageName(project, tp->stageId)),
                           csvSafeText(ReportData::channelName(project, tp->channelId)),
                           QString::number(tp->order),
                           tp->id,
                           csvSafeText(tp->title),
                           csvSafeText(tp->description),
                           csvSafeText(tp->message),
                           tags.join(QStringLiteral("; ")),
                           boolText(tp->momentOfTruth),
                           boolText(tp->promotion),
                           csvSafeText(ReportData::departmentName(project, tp->ownerDepartmentId)),
                           enumText(tp->review.status),
                           csvSafeText(kpis.join(QStringLiteral("; ")))});
        }
    }
    return t;
}

CsvTable campaignActionTable(const Project &project)
{
    CsvTable t;
    t.header = {QStringLiteral("campaign"), QStringLiteral("action_id"), QStringLiteral("title"),
                QStringLiteral("channel"),  QStringLiteral("touchpoint"), QStringLiteral("start"),
                QStringLiteral("end"),      QStringLiteral("cost"),       QStringLiteral("currency"),
                QStringLiteral("promotion")};
    for (const Campaign &c : project.campaigns) {
        QList<const PlannedAction *> actions;
        for (const PlannedAction &a : c.actions)
            actions.append(&a);
        std::stable_sort(actions.begin(), actions.end(),
                         [](const PlannedAction *a, const PlannedAction *b) { return a->start < b->start; });
        const QString currency = c.currency.isEmpty() ? project.currency : c.currency;
        for (const PlannedAction *a : actions) {
            t.rows.append({csvSafeText(c.name), a->id, csvSafeText(a->title),
                           csvSafeText(ReportData::channelName(project, a->channelId)),
                           csvSafeText(ReportData::touchpointTitle(project, a->touchpointId)), a->start, a->end,
                           ReportData::plainNumber(a->cost), currency, boolText(a->promotion)});
        }
    }
    return t;
}

bool writeTable(const QString &path, const CsvTable &table, bool byteOrderMark, QString *error)
{
    QSaveFile file(path);
    const QByteArray bytes = writeCsv(table, byteOrderMark);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = CsvexportTr::tr("%1: cannot write: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QStringList writeTables(const QString &directory, const Project &project, const ReportOptions &options,
                        QString *error)
{
    QStringList written;
    if (!QDir().mkpath(directory)) {
        if (error)
            *error = CsvexportTr::tr("%1: cannot create the folder").arg(QDir::toNativeSeparators(directory));
        return written;
    }
    const QDir dir(directory);
    const QList<std::pair<QString, CsvTable>> tables = {
        {QStringLiteral("kpis.csv"), kpiTable(project, options.language)},
        {QStringLiteral("touchpoints.csv"), touchpointTable(project, options.journeyId)},
        {QStringLiteral("campaign-actions.csv"), campaignActionTable(project)}};
    for (const auto &[name, table] : tables) {
        const QString path = dir.filePath(name);
        if (!writeTable(path, table, options.csvByteOrderMark, error))
            return written;
        written << path;
    }
    return written;
}

} // namespace omnimap::CsvExport
