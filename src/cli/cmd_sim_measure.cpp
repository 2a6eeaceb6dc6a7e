// omnimap-cli measure: evaluates every bound KPI on a data set.

#include "commandline.h"
#include "eventsourceoption.h"

#include "eventcache.h"
#include "kpimeasure.h"
#include "kpitrend.h"
#include "resulttable.h"

#include "format/projectfile.h"
#include "model/lookup.h"

#include <QJsonObject>

namespace omnimap::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

/// `measure --by`: one row per KPI and period; a period without data says so in `note`
/// and leaves the value empty (null in JSON).
int measureTrends(const Project &project, sim::EventSource &source, sim::TrendPeriod period, const QString &label,
                  const QString &fmt)
{
    sim::KpiTrends trends;
    QString error;
    if (!sim::measureKpiTrends(project, source, period, {}, trends, &error)) {
        err() << label << ": " << error << '\n';
        return ExitInvalid;
    }
    if (trends.kpis.empty()) {
        err() << tr("No KPI of the plan is bound to the data set.") << '\n';
        return ExitInvalid;
    }
    if (trends.periods.empty()) {
        err() << label << ": " << tr("the data set has no events.") << '\n';
        return ExitInvalid;
    }
    sim::ResultTable t;
    t.name = QStringLiteral("kpi_trends");
    t.title = tr("KPIs per %1 measured on %2").arg(sim::trendPeriodKey(period), label);
    t.columns = {QStringLiteral("period"), QStringLiteral("first_day"), QStringLiteral("last_day"), QStringLiteral("partial"),
                 QStringLiteral("kpi"), QStringLiteral("actual"), QStringLiteral("numerator"), QStringLiteral("denominator"),
                 QStringLiteral("target"), QStringLiteral("status"), QStringLiteral("note")};
    for (const sim::KpiTrend &trend : trends.kpis) {
        const Kpi *kpi = findById(project.kpis, trend.kpiId);
        for (std::size_t p = 0; p < trends.periods.size(); ++p) {
            const sim::TrendSpan &span = trends.periods[p];
            const sim::KpiTrendPoint &point = trend.points[p];
            const QVariant none;
            t.addRow({sim::periodLabel(span, period), span.first.toString(Qt::ISODate), span.last.toString(Qt::ISODate),
                      span.partial, trend.name, point.measured ? QVariant(point.value) : none,
                      point.measured || point.numerator > 0 ? QVariant(point.numerator) : none,
                      point.measured || point.denominator > 0 ? QVariant(point.denominator) : none,
                      kpi && kpi->target ? QVariant(*kpi->target) : none,
                      point.measured ? sim::kpiStatusName(point.status) : QString(), point.note});
        }
    }
    out() << sim::renderTables({t}, fmt, QJsonObject{{QStringLiteral("data_set"), label},
                                                     {QStringLiteral("period"), sim::trendPeriodKey(period)}});
    return ExitOk;
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("Project file."));
    const QCommandLineOption db(QStringLiteral("db"), tr("Data set."), QStringLiteral("DATA.sqlite"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("Write the project with the measured values as KPI actuals."), QStringLiteral("PROJECT2"));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: text, json or csv."), QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption source(QStringLiteral("source"), tr("Warehouse instead of --db: postgres://… or clickhouse://user@host:8123/database?table=…"), QStringLiteral("URL"));
    const QCommandLineOption by(QStringLiteral("by"), tr("Measure per period over the data set's range: day, week (ISO, Monday start) or month, in UTC."), QStringLiteral("PERIOD"));
    parser.addOptions({db, outOption, format, source, by});
    const int early = parseCommandLine(parser, arguments, tr("Measure the KPIs bound to the data set."), 1);
    if (early >= 0)
        return early;
    const QString name = arguments.value(0);
    const QString fmt = parser.value(format);
    if (parser.isSet(db) == parser.isSet(source) || !QStringList{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("csv")}.contains(fmt)) {
        err() << name << ": " << tr("need --db or --source; --format text|json|csv") << '\n';
        return ExitUsage;
    }
    const QString projectPath = parser.positionalArguments().constFirst();
    const LoadResult loaded = loadProjectFile(projectPath);
    if (!loaded.ok()) {
        err() << loaded.errorString() << '\n';
        return ExitInvalid;
    }
    cli::OpenedSource opened;
    QString error;
    if (!openEventSource(parser.value(db), parser.value(source), opened, &error)) {
        err() << error << '\n';
        return ExitInvalid;
    }
    Project project = *loaded.project;
    if (parser.isSet(by)) {
        const std::optional<sim::TrendPeriod> period = sim::trendPeriodFromKey(parser.value(by));
        if (!period || parser.isSet(outOption)) {
            err() << name << ": " << tr("--by day|week|month, and not with --out") << '\n';
            return ExitUsage;
        }
        return measureTrends(project, *opened.source, *period, opened.label, fmt);
    }
    std::vector<sim::KpiValue> values;
    if (!sim::measureKpis(project, *opened.source, values, &error)) {
        err() << opened.label << ": " << error << '\n';
        return ExitInvalid;
    }
    sim::ResultTable t;
    t.name = QStringLiteral("kpis");
    t.title = tr("KPIs measured on %1").arg(opened.label);
    t.columns = {QStringLiteral("kpi"), QStringLiteral("actual"), QStringLiteral("numerator"), QStringLiteral("denominator"),
                 QStringLiteral("target"), QStringLiteral("status"), QStringLiteral("note")};
    for (const sim::KpiValue &v : values) {
        Kpi *kpi = findById(project.kpis, v.kpiId);
        if (kpi && v.measured)
            kpi->actual = v.value;
        t.addRow({v.name, v.measured ? QVariant(v.value) : QVariant(QString()), v.numerator, v.denominator,
                  kpi && kpi->target ? QVariant(*kpi->target) : QVariant(QString()), sim::kpiStatusName(v.status), v.note});
    }
    if (parser.isSet(outOption)) {
        const SaveResult saved = saveProjectFile(parser.value(outOption), project);
        if (!saved.ok) {
            err() << saved.error << '\n';
            return ExitInvalid;
        }
    }
    out() << sim::renderTables({t}, fmt, QJsonObject{{QStringLiteral("data_set"), opened.label}});
    return ExitOk;
}

const CommandRegistration registration{{"measure", QT_TRANSLATE_NOOP("cli", "Measure the KPIs bound to a data set"), run}};

} // namespace
} // namespace omnimap::cli
