// omnimap-cli check: the plan's consistency rules and checklist scores.

#include "commandline.h"

#include "dataset.h"
#include "feedbackplancheck.h"
#include "feedbacktable.h"

#include "format/projectfile.h"
#include "model/lookup.h"
#include "plan/checklistscore.h"
#include "plan/checklisttemplates.h"
#include "rules/rulecatalogue.h"
#include "rules/ruleengine.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace omnimap::cli {
namespace {

struct CmdCheckTr { Q_DECLARE_TR_FUNCTIONS(cli) };

QJsonValue ratioJson(const ChecklistScore &score)
{
    const auto ratio = score.ratio();
    return ratio ? QJsonValue(*ratio) : QJsonValue(QJsonValue::Null);
}

QJsonObject scoreJson(const ChecklistScore &score)
{
    return {{QStringLiteral("score"), ratioJson(score)},
            {QStringLiteral("pass"), score.pass},
            {QStringLiteral("fail"), score.fail},
            {QStringLiteral("na"), score.notApplicable},
            {QStringLiteral("unchecked"), score.unchecked}};
}

QString channelName(const Project &project, const Id &id)
{
    const Channel *c = findById(project.channels, id);
    return c ? c->name : id;
}

QString scoreText(const ChecklistScore &score)
{
    return QCoreApplication::translate("cli", "%1 (pass %2, fail %3, n/a %4, unchecked %5)")
        .arg(formatScore(score.ratio()))
        .arg(score.pass)
        .arg(score.fail)
        .arg(score.notApplicable)
        .arg(score.unchecked);
}

void printText(const QString &path, const Project &project, const RuleFindings &findings)
{
    for (const RuleFinding &f : findings)
        out() << f.toDiagnostic(path).toString() << " [" << f.ruleId << "]\n";
    out() << path << ": "
          << QCoreApplication::translate("cli", "%1 error(s), %2 warning(s), %3 note(s)")
                 .arg(countFindings(findings, Diagnostic::Severity::Error))
                 .arg(countFindings(findings, Diagnostic::Severity::Warning))
                 .arg(countFindings(findings, Diagnostic::Severity::Info))
          << '\n';
    for (const Checklist &checklist : project.checklists) {
        const ChecklistScores scores = scoreChecklist(checklist);
        out() << QCoreApplication::translate("cli", "Checklist “%1”: %2").arg(checklist.name, scoreText(scores.overall))
              << '\n';
        for (const Id &channelId : checklist.channelIds)
            out() << "  " << channelName(project, channelId) << ": " << scoreText(scores.byChannel.value(channelId))
                  << '\n';
        for (const QString &category : scores.categories)
            out() << "  [" << checklistCategoryName(category) << "] "
                  << scoreText(scores.byCategory.value(category)) << '\n';
    }
    if (!project.checklists.isEmpty()) {
        out() << QCoreApplication::translate("cli", "All checklists: %1")
                     .arg(scoreText(scoreChecklists(project.checklists).overall))
              << '\n';
    }
}

void printJson(const QString &path, const Project &project, const RuleFindings &findings)
{
    QJsonArray findingArray;
    for (const RuleFinding &f : findings) {
        findingArray.append(QJsonObject{{QStringLiteral("rule"), f.ruleId},
                                        {QStringLiteral("severity"), severityName(f.severity)},
                                        {QStringLiteral("message"), f.message},
                                        {QStringLiteral("explanation"), f.explanation},
                                        {QStringLiteral("itemId"), f.itemId},
                                        {QStringLiteral("journeyId"), f.journeyId}});
    }
    QJsonArray checklistArray;
    for (const Checklist &checklist : project.checklists) {
        const ChecklistScores scores = scoreChecklist(checklist);
        QJsonObject channels;
        for (const Id &channelId : checklist.channelIds)
            channels.insert(channelId, scoreJson(scores.byChannel.value(channelId)));
        QJsonObject categories;
        for (const QString &category : scores.categories)
            categories.insert(category, scoreJson(scores.byCategory.value(category)));
        QJsonObject entry = scoreJson(scores.overall);
        entry.insert(QStringLiteral("id"), checklist.id);
        entry.insert(QStringLiteral("name"), checklist.name);
        entry.insert(QStringLiteral("channels"), channels);
        entry.insert(QStringLiteral("categories"), categories);
        checklistArray.append(entry);
    }
    const QJsonObject root{
        {QStringLiteral("file"), path},
        {QStringLiteral("findings"), findingArray},
        {QStringLiteral("errors"), countFindings(findings, Diagnostic::Severity::Error)},
        {QStringLiteral("warnings"), countFindings(findings, Diagnostic::Severity::Warning)},
        {QStringLiteral("notes"), countFindings(findings, Diagnostic::Severity::Info)},
        {QStringLiteral("checklists"), checklistArray},
        {QStringLiteral("overall"), scoreJson(scoreChecklists(project.checklists).overall)}};
    out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

/// The checks that need a data set (docs/feedback.md: feedback.emotion-gap): the
/// measured feeling of every journey, all customers and each persona, against the plan.
bool addDataSetFindings(const QString &dbPath, const Project &project, RuleFindings &findings)
{
    if (!QFileInfo(dbPath).isFile()) {
        err() << dbPath << ": " << CmdCheckTr::tr("no such file") << '\n';
        return false;
    }
    sim::DataSet dataSet;
    if (!dataSet.open(dbPath)) {
        err() << dataSet.errorString() << '\n';
        return false;
    }
    sim::FeedbackTable table;
    QString error;
    if (!sim::loadFeedbackTable(dataSet, table, &error) || !sim::measureProject(project, dataSet, table, findings, {}, &error)) {
        err() << dbPath << ": " << error << '\n';
        return false;
    }
    return true;
}

void printRules()
{
    for (const RuleInfo &rule : ruleCatalogue()) {
        out() << QLatin1String(rule.id) << " (" << severityName(rule.severity) << "): " << rule.translatedTitle()
              << '\n';
    }
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), CmdCheckTr::tr("Output format: text or json."),
                                    QStringLiteral("text|json"), QStringLiteral("text"));
    const QCommandLineOption all(QStringLiteral("all-rules"), CmdCheckTr::tr("Also run the rules the project switched off."));
    const QCommandLineOption list(QStringLiteral("list-rules"), CmdCheckTr::tr("List the rules and exit."));
    parser.addOption(format);
    parser.addOption(all);
    parser.addOption(list);
    const QCommandLineOption db(QStringLiteral("db"), CmdCheckTr::tr("Data set whose customer feedback is checked against the plan."),
                                QStringLiteral("DATA.sqlite"));
    parser.addOption(db);
    parser.addPositionalArgument(QStringLiteral("FILE"), CmdCheckTr::tr("Project file (.omnimap) to check."));
    const int early = parseCommandLine(
        parser, arguments,
        CmdCheckTr::tr("Check a plan: consistency rules (exit 1 if any error-level finding) and checklist scores."),
        arguments.contains(QStringLiteral("--list-rules")) ? 0 : 1);
    if (early >= 0)
        return early;
    if (parser.isSet(list)) {
        printRules();
        return ExitOk;
    }
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("text") && formatName != QLatin1String("json")) {
        err() << CmdCheckTr::tr("unknown format “%1”: expected text or json").arg(formatName) << '\n';
        return ExitUsage;
    }
    if (parser.positionalArguments().size() != 1) {
        err() << CmdCheckTr::tr("check takes exactly one FILE") << '\n';
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().constFirst();
    const LoadResult result = loadProjectFile(path);
    for (const Diagnostic &d : result.diagnostics) {
        Diagnostic shown = d;
        shown.file = path;
        err() << shown.toString() << '\n';
    }
    if (!result.ok())
        return ExitInvalid;

    RuleOptions options;
    options.includeDisabled = parser.isSet(all);
    RuleFindings findings = runRules(*result.project, options);
    if (parser.isSet(db) && !addDataSetFindings(parser.value(db), *result.project, findings))
        return ExitInvalid;
    if (formatName == QLatin1String("json"))
        printJson(path, *result.project, findings);
    else
        printText(path, *result.project, findings);
    return hasErrors(findings) ? ExitInvalid : ExitOk;
}

const CommandRegistration registration{
    {"check", QT_TRANSLATE_NOOP("cli", "Check a plan's consistency rules and checklist scores"), run}};

} // namespace
} // namespace omnimap::cli
