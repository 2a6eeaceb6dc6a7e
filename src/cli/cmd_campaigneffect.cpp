// omnimap-cli campaign-effect: a campaign's KPIs in its period against the same number of
// days before it, and the difference-in-differences against a channel or a segment the
// campaign did not touch (docs/campaign-effect.md).

#include "commandline.h"
#include "eventsourceoption.h"

#include "campaigneffecttables.h"
#include "eventcache.h"

#include "format/projectfile.h"

#include <QFileInfo>
#include <QJsonObject>

namespace omnimap::cli {
namespace {

struct CmdCampaigneffectTr { Q_DECLARE_TR_FUNCTIONS(cli) };

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT"), CmdCampaigneffectTr::tr("Project file."));
    const QCommandLineOption db(QStringLiteral("db"), CmdCampaigneffectTr::tr("Data set (SQLite) with the events."), QStringLiteral("DATA.sqlite"));
    const QCommandLineOption campaignOption(QStringLiteral("campaign"), CmdCampaigneffectTr::tr("Campaign name or id."), QStringLiteral("NAME"));
    const QCommandLineOption channelOption(QStringLiteral("compare-channel"),
                                           CmdCampaigneffectTr::tr("Compare with this channel (name or id), which the campaign must not touch."),
                                           QStringLiteral("CHANNEL"));
    const QCommandLineOption segmentOption(QStringLiteral("compare-segment"),
                                           CmdCampaigneffectTr::tr("Compare with this persona's segment (name or id), which the campaign must not target."),
                                           QStringLiteral("PERSONA"));
    const QCommandLineOption noCompare(QStringLiteral("no-compare"), CmdCampaigneffectTr::tr("Ignore the comparison stored with the campaign."));
    const QCommandLineOption format(QStringLiteral("format"), CmdCampaigneffectTr::tr("Output format: text, json or csv."), QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOptions({db, campaignOption, channelOption, segmentOption, noCompare, format});
    const int early = parseCommandLine(parser, arguments,
                                       CmdCampaigneffectTr::tr("Compare a campaign's KPIs with the same-length period before it."), 1);
    if (early >= 0)
        return early;
    const QString name = arguments.value(0);
    const QString fmt = parser.value(format);
    const int comparisons = int(parser.isSet(channelOption)) + int(parser.isSet(segmentOption)) + int(parser.isSet(noCompare));
    if (!parser.isSet(db) || !parser.isSet(campaignOption) || comparisons > 1
        || !QStringList{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("csv")}.contains(fmt)) {
        err() << name << ": "
              << CmdCampaigneffectTr::tr("need --db and --campaign; at most one of --compare-channel, --compare-segment, --no-compare; --format text|json|csv")
              << '\n';
        return ExitUsage;
    }
    const LoadResult loaded = loadProjectFile(parser.positionalArguments().constFirst());
    if (!loaded.ok()) {
        err() << loaded.errorString() << '\n';
        return ExitInvalid;
    }
    QString why;
    const Campaign *campaign = sim::findCampaign(*loaded.project, parser.value(campaignOption), &why);
    if (!campaign) {
        err() << name << ": " << why << '\n';
        return ExitInvalid;
    }
    std::optional<sim::ComparisonKind> kind;
    QString comparison;
    if (parser.isSet(channelOption)) {
        kind = sim::ComparisonKind::Channel;
        comparison = parser.value(channelOption);
    } else if (parser.isSet(segmentOption)) {
        kind = sim::ComparisonKind::Segment;
        comparison = parser.value(segmentOption);
    } else if (parser.isSet(noCompare)) {
        kind = sim::ComparisonKind::None;
    }
    sim::EffectSetup setup;
    if (!sim::prepareCampaignEffect(*loaded.project, *campaign, setup, &why, kind, comparison)) {
        err() << name << ": " << why << '\n';
        return ExitInvalid;
    }
    const QString path = parser.value(db);
    sim::DataSet dataSet;
    QString openError;
    if (!openExistingDataSet(path, dataSet, &openError)) {
        err() << name << ": " << openError << '\n';
        return ExitInvalid;
    }
    QString error;
    const sim::EventColumnsPtr events = sim::loadEventColumns(dataSet, &error);
    if (!events || !sim::loadEffectSegments(dataSet, setup, events->customerLimit, &error)) {
        err() << path << ": " << error << '\n';
        return ExitInvalid;
    }
    sim::CampaignEffect effect;
    sim::campaignEffect(setup, *events, effect, &error);
    out() << sim::renderTables(sim::campaignEffectTables(effect), fmt, QJsonObject{{QStringLiteral("data_set"), path}});
    return ExitOk;
}

const CommandRegistration registration{
    {"campaign-effect", QT_TRANSLATE_NOOP("cli", "A campaign's KPIs before and during it, with difference-in-differences"), run}};

} // namespace
} // namespace omnimap::cli
