#pragma once

#include "document/insight/simulationsummary.h"
#include "model/project.h"

#include "sim/attribution.h"
#include "sim/importtypes.h"
#include "sim/kpimeasure.h"
#include "sim/kpitrend.h"
#include "sim/pathanalysis.h"
#include "sim/warehouseconnection.h"

#include <QDateTime>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace omnimap::insight {

// The app's thin adapter over the simulation engine (src/sim). Every function here is
// meant to run on a worker thread: each opens its own connection to the data set, and
// engine calls are serialised by one lock because the engine's journey cache is shared.

/// What the data-sets panel shows about a data set.
struct DataSetInfo
{
    bool ok = false;
    QString error;
    QString path;
    QString fingerprint; ///< changes with every committed import
    qint64 customers = 0;
    qint64 events = 0;
    qint64 paths = 0;
    QDateTime first; ///< UTC
    QDateTime last;
    QStringList channels;      ///< channel names found in the events, by frequency
    QList<qint64> channelEvents;
    QStringList eventTypes;    ///< event type names found in the events, by frequency
    QStringList stages;        ///< stage names found in the events, by frequency
};

/// `path` is a data set file or a warehouse URL (sim/warehouseconnection.h); the
/// password is only for a warehouse and is never stored.
DataSetInfo readDataSetInfo(const QString &path, const QString &password = {});
/// Creates an empty data set file (or opens an existing one). Returns an error or empty.
QString createDataSet(const QString &path);

/// Event CSV import in one transaction; a cancel leaves the data set as it was.
sim::ImportResult importEvents(const QString &dataSetPath, const QString &csvPath, const sim::ImportOptions &options);

/// The engine's logical CSV fields ("customer", "ts", …) and which of them are required.
QStringList eventFieldNames();
bool isRequiredEventField(const QString &field);
/// Guesses the column for each logical field from the header names (field name, known
/// aliases, common spellings). Unmatched fields are left out.
QHash<QString, QString> guessMapping(const QStringList &header);

/// Fills a data set with the engine's deterministic sample for the plan.
QString generateSampleData(const QString &dataSetPath, const Project &project, const Id &journeyId, qint64 events,
                           quint64 seed, const sim::ProgressCallback &progress, const std::atomic<bool> *cancel);

/// The dashboard's filter.
struct DashboardQuery
{
    QString dataSetPath; ///< a data set file or a warehouse URL
    QString password;    ///< a warehouse's, held in memory only
    Id journeyId;
    Id personaId; ///< empty: every customer
    std::optional<qint64> fromMs;
    std::optional<qint64> toMs;
    int topPaths = 12;
    int markovOrder = 1;          ///< 1..4; 0: chosen by cross-validation
    bool collapseRepeats = false; ///< Markov: the older repeats-collapsed variant
    int bootstrap = 200;          ///< replicates behind the charts' 90 % intervals
    quint64 seed = 1;
    sim::TrendPeriod trendPeriod = sim::TrendPeriod::Week; ///< KPIs over time
};

/// Everything the dashboard draws, straight from the engine.
struct DashboardData
{
    bool ok = false;
    QString error;
    QString fingerprint;
    sim::PathSummary summary;
    std::vector<sim::FunnelStep> funnel;
    sim::TransitionMatrix transitions;
    std::vector<sim::AttributionResult> attribution; ///< one per model, in AttributionModel order
    sim::TimeToConvert timeToConvert;
    std::vector<sim::PathStat> topPaths;
    std::vector<sim::KpiValue> kpis; ///< measured on the data set
    sim::KpiTrends trends;           ///< the bound KPIs per period over the date range
    QString trendsError;             ///< why there are no trends (a warehouse cannot count by period)
};

/// Steps computeDashboard reports to `progress` (step done, kDashboardSteps): a warehouse
/// answers each with one or two queries, so the progress dialog can name the running one.
enum class DashboardStep { Connect, Paths, Funnel, Attribution, Kpis };
constexpr int kDashboardSteps = 5;

DashboardData computeDashboard(const Project &project, const DashboardQuery &query, const std::atomic<bool> *cancel,
                               const std::function<void(DashboardStep step)> &starting = {});

/// A scenario run: the baseline and the scenario simulated with the same seed.
struct ScenarioRunInput
{
    QString dataSetPath; ///< empty: the plan's own structure; a file or a warehouse URL
    QString password;    ///< a warehouse's, in memory only
    Project project;
    Id journeyId;
    Scenario scenario;
    qint64 customers = 20000;
    quint64 seed = 42;
    int minJourneys = 30;
};

struct ScenarioRunOutput
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    ScenarioRecord record;
};

ScenarioRunOutput runScenario(const ScenarioRunInput &input, const std::function<void(int percent)> &progress,
                              const std::atomic<bool> *cancel);

/// Translated display name of an attribution model.
QString attributionModelTitle(sim::AttributionModel model);

} // namespace omnimap::insight

namespace omnimap::insight {

/// The first rows of a CSV for the mapping dialog, read with the engine's own reader
/// (same delimiter detection and quoting as the import).
struct CsvPreview
{
    bool ok = false;
    QString error;
    QStringList header;
    QList<QStringList> rows;
    double bytesPerRow = 0.0; ///< to turn the import's byte progress into rows
    qint64 totalBytes = 0;
};

CsvPreview previewCsv(const QString &csvPath, int rows = 20);

} // namespace omnimap::insight
