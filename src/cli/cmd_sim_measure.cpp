// omnimap-cli measure: evaluates every bound KPI on a data set.

#include "commandline.h"
#include "eventsourceoption.h"

#include "eventcache.h"
#include "kpimeasure.h"
#include "kpirecords.h"
#include "kpitrend.h"
#include "resulttable.h"

#include "format/projectfile.h"
#include "model/lookup.h"
#include "plan/kpihistory.h"

#include <QJsonObject>

#include <tuple>

namespace omnimap::cli {
namespace {

struct CmdSimMeasureTr { Q_DECLARE_TR_FUNCTIONS(cli) };

/// `measure --by`: one row per KPI and period; a period without data says so in `note`
/// and leaves the value empty (null in JSON).
int measureTrends(const Project &project, sim::EventSource &source, sim::TrendPeriod period, const QString &label,
                  const QString &fmt, sim::KpiTrends &trends)
{
    QString error;
    if (!sim::measureKpiTrends(project, source, period, {}, trends, &error)) {
        err() << label << ": " << error << '\n';
        return ExitInvalid;
    }
    if (trends.kpis.empty()) {
        err() << CmdSimMeasureTr::tr("No KPI of the plan is bound to the data set.") << '\n';
        return ExitInvalid;
    }
    if (trends.periods.empty()) {
        err() << label << ": " << CmdSimMeasureTr::tr("the data set has no events.") << '\n';
        return ExitInvalid;
    }
    sim::ResultTable t;
    t.name = QStringLiteral("kpi_trends");
    t.title = CmdSimMeasureTr::tr("KPIs per %1 measured on %2").arg(sim::trendPeriodKey(period), label);
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

/// `measure --record`: the values go into each KPI's recorded history and the plan is
/// saved (atomically) to OUT, or back to PROJECT when no OUT was given.
int saveRecords(Project &project, const std::vector<sim::KpiRecord> &records, const QString &path)
{
    if (records.empty()) {
        err() << CmdSimMeasureTr::tr("No KPI was measured: nothing to record; the plan is unchanged.") << '\n';
        return ExitInvalid;
    }
    for (const sim::KpiRecord &r : records) {
        if (Kpi *kpi = findById(project.kpis, r.kpiId))
            kpi->measurements = withMeasurement(kpi->measurements, r.measurement);
    }
    const SaveResult saved = saveProjectFile(path, project);
    if (!saved.ok) {
        err() << saved.error << '\n';
        return ExitInvalid;
    }
    err() << QCoreApplication::translate("cli", "Recorded %n value(s) into %1.", nullptr, int(records.size())).arg(path) << '\n';
    return ExitOk;
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT"), CmdSimMeasureTr::tr("Project file."));
    const QCommandLineOption db(QStringLiteral("db"), CmdSimMeasureTr::tr("Data set."), QStringLiteral("DATA.sqlite"));
    const QCommandLineOption outOption({QStringLiteral("o"), QStringLiteral("out")}, CmdSimMeasureTr::tr("Write the project with the measured values as KPI actuals (with --record: where to save the plan; default PROJECT itself)."), QStringLiteral("PROJECT2"));
    const QCommandLineOption record(QStringLiteral("record"), CmdSimMeasureTr::tr("Record the measured values into the KPIs' history in the plan (with --by: each KPI's last complete period)."));
    const QCommandLineOption note(QStringLiteral("note"), CmdSimMeasureTr::tr("With --record: the note stored with every recorded value."), QStringLiteral("TEXT"));
    const QCommandLineOption date(QStringLiteral("date"), CmdSimMeasureTr::tr("With --record: the date the values describe (default: the data set's last day)."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption format(QStringLiteral("format"), CmdSimMeasureTr::tr("Output format: text, json or csv."), QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption source(QStringLiteral("source"), CmdSimMeasureTr::tr("Warehouse instead of --db: postgres://… or clickhouse://user@host:8123/database?table=…"), QStringLiteral("URL"));
    const QCommandLineOption by(QStringLiteral("by"), CmdSimMeasureTr::tr("Measure per period over the data set's range: day, week (ISO, Monday start) or month, in UTC."), QStringLiteral("PERIOD"));
    parser.addOptions({db, outOption, format, source, by, record, note, date});
    const int early = parseCommandLine(parser, arguments, CmdSimMeasureTr::tr("Measure the KPIs bound to the data set."), 1);
    if (early >= 0)
        return early;
    const QString name = arguments.value(0);
    const QString fmt = parser.value(format);
    if (parser.isSet(db) == parser.isSet(source) || !QStringList{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("csv")}.contains(fmt)) {
        err() << name << ": " << CmdSimMeasureTr::tr("need --db or --source; --format text|json|csv") << '\n';
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
    const bool recording = parser.isSet(record);
    const QString savePath = parser.isSet(outOption) ? parser.value(outOption) : projectPath;
    std::optional<QDate> recordDate;
    if (parser.isSet(date)) {
        recordDate = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!recordDate->isValid() || !recording || parser.isSet(by)) {
            err() << name << ": " << CmdSimMeasureTr::tr("--date YYYY-MM-DD goes with --record (and not with --by, whose periods have their own dates)") << '\n';
            return ExitUsage;
        }
    }
    if ((parser.isSet(note)) && !recording) {
        err() << name << ": " << CmdSimMeasureTr::tr("--note goes with --record") << '\n';
        return ExitUsage;
    }
    if (parser.isSet(by)) {
        const std::optional<sim::TrendPeriod> period = sim::trendPeriodFromKey(parser.value(by));
        if (!period || (parser.isSet(outOption) && !recording)) {
            err() << name << ": " << CmdSimMeasureTr::tr("--by day|week|month, and not with --out") << '\n';
            return ExitUsage;
        }
        sim::KpiTrends trends;
        const int code = measureTrends(project, *opened.source, *period, opened.label, fmt, trends);
        if (code != ExitOk || !recording)
            return code;
        return saveRecords(project, sim::lastPeriodRecords(trends, opened.label, parser.value(note)), savePath);
    }
    std::vector<sim::KpiValue> values;
    if (!sim::measureKpis(project, *opened.source, values, &error)) {
        err() << opened.label << ": " << error << '\n';
        return ExitInvalid;
    }
    sim::ResultTable t;
    t.name = QStringLiteral("kpis");
    t.title = CmdSimMeasureTr::tr("KPIs measured on %1").arg(opened.label);
    t.columns = {QStringLiteral("kpi"), QStringLiteral("actual"), QStringLiteral("numerator"), QStringLiteral("denominator"),
                 QStringLiteral("target"), QStringLiteral("status"), QStringLiteral("note")};
    for (const sim::KpiValue &v : values) {
        Kpi *kpi = findById(project.kpis, v.kpiId);
        if (kpi && v.measured)
            kpi->actual = v.value;
        t.addRow({v.name, v.measured ? QVariant(v.value) : QVariant(QString()), v.numerator, v.denominator,
                  kpi && kpi->target ? QVariant(*kpi->target) : QVariant(QString()), sim::kpiStatusName(v.status), v.note});
    }
    if (recording) {
        // The values describe the data up to its last day; a warehouse does not say which
        // day that is without scanning it, so there the user gives it.
        QDate first, last;
        if (opened.dataSet) {
            if (const sim::EventColumnsPtr events = sim::cachedEventColumns(*opened.dataSet, &error))
                std::tie(first, last) = sim::eventDays(*events);
        }
        if (recordDate) {
            last = *recordDate;
            if (first.isValid() && first > last)
                first = QDate();
        }
        if (!last.isValid()) {
            err() << opened.label << ": " << CmdSimMeasureTr::tr("give --date YYYY-MM-DD: the date the recorded values describe is not known for this source.") << '\n';
            return ExitUsage;
        }
        out() << sim::renderTables({t}, fmt, QJsonObject{{QStringLiteral("data_set"), opened.label}});
        return saveRecords(project, sim::rangeRecords(project, values, first, last, opened.label, parser.value(note)),
                           savePath);
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
