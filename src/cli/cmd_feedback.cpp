// omnimap-cli feedback: what customers said (docs/feedback.md) — scores per stage,
// touchpoint or channel, the measured emotion curve beside the plan's, the phrases of
// low-score feedback and the paths detractors followed.

#include "commandline.h"

#include "dataset.h"
#include "feedbackanalysis.h"
#include "feedbackpaths.h"
#include "feedbackphrases.h"
#include "feedbackplancheck.h"
#include "resulttable.h"
#include "segmentfilter.h"

#include "format/projectfile.h"
#include "model/lookup.h"

#include <QFileInfo>
#include <QJsonObject>

namespace omnimap::cli {
namespace {

struct CmdFeedbackTr { Q_DECLARE_TR_FUNCTIONS(cli) };

QVariant number(double value, bool present = true)
{
    return present ? QVariant(std::round(value * 100.0) / 100.0) : QVariant(QString());
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT"), CmdFeedbackTr::tr("Project file whose journey the feedback is placed on."));
    const QCommandLineOption db(QStringLiteral("db"), CmdFeedbackTr::tr("Data set."), QStringLiteral("DATA.sqlite"));
    const QCommandLineOption by(QStringLiteral("by"), CmdFeedbackTr::tr("Group scores by stage, touchpoint or channel."), QStringLiteral("BY"), QStringLiteral("stage"));
    const QCommandLineOption journey(QStringLiteral("journey"), CmdFeedbackTr::tr("Journey id (default: the first)."), QStringLiteral("ID"));
    const QCommandLineOption persona(QStringLiteral("persona"), CmdFeedbackTr::tr("Only customers of this persona's segment (name or id)."), QStringLiteral("PERSONA"));
    const QCommandLineOption minN(QStringLiteral("min-n"), CmdFeedbackTr::tr("Fewest scores for a measured point to be shown."), QStringLiteral("N"), QString::number(sim::kMinMeasuredN));
    const QCommandLineOption phrases(QStringLiteral("phrases"), CmdFeedbackTr::tr("Phrases of low-score feedback listed per group."), QStringLiteral("K"), QStringLiteral("5"));
    const QCommandLineOption format(QStringLiteral("format"), CmdFeedbackTr::tr("Output format: text, json or csv."), QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOptions({db, by, journey, persona, minN, phrases, format});
    const int early = parseCommandLine(parser, arguments, CmdFeedbackTr::tr("Customer feedback: scores, the measured emotion curve, phrases of low scores, detractor paths."), 1);
    if (early >= 0)
        return early;
    const QString name = arguments.value(0);
    const QString fmt = parser.value(format);
    const QString byText = parser.value(by);
    bool okMin = false, okPhrases = false;
    const int minimum = parser.value(minN).toInt(&okMin);
    const int phraseCount = parser.value(phrases).toInt(&okPhrases);
    const QStringList bys{QStringLiteral("stage"), QStringLiteral("touchpoint"), QStringLiteral("channel")};
    if (!parser.isSet(db) || !bys.contains(byText) || !okMin || minimum < 1 || !okPhrases || phraseCount < 0
        || !QStringList{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("csv")}.contains(fmt)) {
        err() << name << ": " << CmdFeedbackTr::tr("need --db; --by stage|touchpoint|channel; --min-n a positive and --phrases a non-negative count; --format text|json|csv") << '\n';
        return ExitUsage;
    }
    const LoadResult loaded = loadProjectFile(parser.positionalArguments().constFirst());
    if (!loaded.ok()) {
        err() << loaded.errorString() << '\n';
        return ExitInvalid;
    }
    const Project &project = *loaded.project;
    const Journey *plan = parser.isSet(journey) ? findById(project.journeys, parser.value(journey))
                                                : (project.journeys.isEmpty() ? nullptr : &project.journeys.first());
    if (!plan) {
        err() << name << ": " << CmdFeedbackTr::tr("the project has no journey \"%1\"").arg(parser.value(journey)) << '\n';
        return ExitInvalid;
    }
    const Persona *segment = nullptr;
    if (parser.isSet(persona)) {
        segment = findById(project.personas, parser.value(persona));
        for (const Persona &p : project.personas) {
            if (!segment && p.name.compare(parser.value(persona), Qt::CaseInsensitive) == 0)
                segment = &p;
        }
        if (!segment) {
            err() << name << ": " << CmdFeedbackTr::tr("no persona \"%1\"").arg(parser.value(persona)) << '\n';
            return ExitInvalid;
        }
    }
    if (!QFileInfo(parser.value(db)).isFile()) {
        err() << parser.value(db) << ": " << CmdFeedbackTr::tr("no such file") << '\n';
        return ExitInvalid;
    }
    sim::DataSet dataSet;
    if (!dataSet.open(parser.value(db))) {
        err() << dataSet.errorString() << '\n';
        return ExitInvalid;
    }
    sim::FeedbackTable table;
    QString error;
    std::vector<std::uint8_t> mask;
    if (!sim::loadFeedbackTable(dataSet, table, &error)
        || (segment && !sim::segmentCustomerMask(dataSet, segment->segmentRule, table.customerLimit, mask, &error))) {
        err() << parser.value(db) << ": " << error << '\n';
        return ExitInvalid;
    }
    const std::vector<std::uint8_t> *customers = segment ? &mask : nullptr;
    const sim::FeedbackBy group = byText == bys.at(0) ? sim::FeedbackBy::Stage
        : byText == bys.at(1)                         ? sim::FeedbackBy::Touchpoint
                                                      : sim::FeedbackBy::Channel;

    QList<sim::ResultTable> tables;
    sim::ResultTable scores;
    scores.name = QStringLiteral("feedback");
    scores.title = CmdFeedbackTr::tr("Feedback by %1").arg(byText);
    scores.columns = {byText, QStringLiteral("rows"), QStringLiteral("scored"), QStringLiteral("emotion"), QStringLiteral("low95"),
                      QStringLiteral("high95"), QStringLiteral("low_scores"), QStringLiteral("nps_n"), QStringLiteral("nps"),
                      QStringLiteral("csat_n"), QStringLiteral("csat")};
    const std::vector<sim::FeedbackGroup> groups = sim::feedbackByDimension(table, group, customers);
    for (const sim::FeedbackGroup &g : groups) {
        const sim::FeedbackStats &s = g.stats;
        scores.addRow({g.id == 0 ? CmdFeedbackTr::tr("(none)") : g.name, s.rows, s.scored, number(s.emotion, s.scored > 0),
                       number(s.low95, s.scored > 0), number(s.high95, s.scored > 0), s.lowScores, s.npsN,
                       number(s.nps, s.npsN > 0), s.csatN, number(s.csat, s.csatN > 0)});
    }
    tables.append(scores);

    sim::ResultTable curve;
    curve.name = QStringLiteral("measured_emotion");
    curve.title = CmdFeedbackTr::tr("Measured emotion on %1 (minimum n %2)").arg(plan->name).arg(minimum);
    curve.columns = {QStringLiteral("stage"), QStringLiteral("planned"), QStringLiteral("measured"), QStringLiteral("n"),
                     QStringLiteral("low95"), QStringLiteral("high95"), QStringLiteral("shown")};
    const QList<sim::MeasuredEmotion> points = sim::measuredEmotion(table, *plan, customers, minimum);
    for (int s = 0; s < plan->stages.size(); ++s) {
        const sim::MeasuredEmotion &m = points.at(s);
        const std::optional<double> planned = sim::plannedEmotion(plan->stages.at(s), segment ? segment->id : Id());
        curve.addRow({plan->stages.at(s).name, planned ? number(*planned) : QVariant(QString()), number(m.mean, m.n > 0), m.n,
                      number(m.low95, m.n > 0), number(m.high95, m.n > 0),
                      m.enough ? QStringLiteral("yes") : QStringLiteral("n too small")});
    }
    tables.append(curve);

    if (phraseCount > 0) {
        sim::ResultTable said;
        said.name = QStringLiteral("phrases");
        said.title = CmdFeedbackTr::tr("Phrases of low-score feedback by %1").arg(byText);
        said.columns = {byText, QStringLiteral("phrase"), QStringLiteral("words"), QStringLiteral("count"), QStringLiteral("example")};
        for (const sim::FeedbackGroup &g : groups) {
            if (g.id == 0 || g.stats.lowScores == 0)
                continue;
            sim::PhraseQuery query;
            query.by = group;
            query.id = g.id;
            query.limit = phraseCount;
            query.quotes = 1;
            query.customers = customers;
            for (const sim::FeedbackPhrase &p : sim::lowScorePhrases(table, query))
                said.addRow({g.name, p.text, p.words, p.count, p.quotes.value(0)});
        }
        tables.append(said);
    }

    std::vector<sim::DetractorPath> paths;
    if (!sim::detractorPaths(dataSet, table, 10, paths, &error)) {
        err() << parser.value(db) << ": " << error << '\n';
        return ExitInvalid;
    }
    sim::ResultTable detractors;
    detractors.name = QStringLiteral("detractor_paths");
    detractors.title = CmdFeedbackTr::tr("Paths followed by a low score");
    detractors.columns = {QStringLiteral("path"), QStringLiteral("customers"), QStringLiteral("share")};
    for (const sim::DetractorPath &p : paths)
        detractors.addRow({p.path, p.customers, number(p.share * 100.0)});
    tables.append(detractors);

    out() << sim::renderTables(tables, fmt, QJsonObject{{QStringLiteral("journey"), plan->name}});
    return ExitOk;
}

const CommandRegistration registration{
    {"feedback", QT_TRANSLATE_NOOP("cli", "Customer feedback per stage, touchpoint or channel: scores, measured emotion, phrases"), run}};

} // namespace
} // namespace omnimap::cli
