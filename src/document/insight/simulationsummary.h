#pragma once

#include "model/scenario.h"

#include <QList>
#include <QStringList>

namespace omnimap {

/// The numbers of one simulation run, as plain values the views and the map overlays
/// read and the scenario stores in Scenario::result. Filled by the app's simulation
/// adapter from the engine's Monte Carlo result; serialised with toJson()/fromJson()
/// so the GUI never touches JSON itself.
struct SimulationSummary
{
    /// One cell of the journey (stage × channel) and how often simulated customers were there.
    struct Cell
    {
        QString stage;
        QString channel;
        double visits = 0.0;      ///< simulated visits
        double conversions = 0.0; ///< conversions right after this cell
    };
    /// Expected customers moving from one cell to another (visits × probability).
    struct Flow
    {
        QString fromStage;
        QString fromChannel;
        QString toStage;
        QString toChannel;
        double customers = 0.0;
    };
    struct KpiOutcome
    {
        Id kpiId;
        QString name;
        bool measured = false;
        double value = 0.0;
        QString status; ///< "on_track", "at_risk", "off_track", "no_target"
    };

    QString source; ///< "data" (calibrated on the data set) or "plan"
    qint64 customers = 0;
    quint64 seed = 1;
    qint64 conversions = 0;
    double conversionRate = 0.0;
    double conversionLow = 0.0;
    double conversionHigh = 0.0;
    double revenuePerCustomer = 0.0;
    double timeToConvertDays = 0.0;
    QStringList stages;
    QList<double> stageReach;   ///< share of customers reaching each stage
    QList<double> stageDropOff; ///< 1 − reach / reach of the previous stage
    QList<qint64> timeHistogram;
    QList<double> timeBinEdges;
    QList<Cell> cells;
    QList<Flow> flows;
    QList<KpiOutcome> kpis;
    QStringList warnings;

    bool isEmpty() const { return customers == 0; }
    nlohmann::json toJson() const;
    static SimulationSummary fromJson(const nlohmann::json &json);
};

/// What Scenario::result holds: the inputs, the data-set fingerprint it was computed on,
/// the baseline (no modifiers) and the scenario run.
struct ScenarioRecord
{
    QString fingerprint;     ///< of the data set; empty when simulated on the plan alone
    QString dataSetPath;
    QString computedAt;      ///< ISO 8601 UTC
    Id personaId;
    nlohmann::json inputs = nlohmann::json::array(); ///< the modifiers as run
    SimulationSummary baseline;
    SimulationSummary scenario;

    bool isEmpty() const { return scenario.isEmpty(); }
    nlohmann::json toJson() const;
    static ScenarioRecord fromJson(const nlohmann::json &json);
};

/// The modifiers as JSON, to store the inputs with a result and to tell when they changed.
nlohmann::json modifiersToJson(const QList<ScenarioModifier> &modifiers);

} // namespace omnimap
