#include "attributionexport.h"

#include "attribution.h"
#include "dataset.h"
#include "journeyquery.h"
#include "pathset.h"
#include "reportdata.h"

#include <QCoreApplication>
#include <QDir>

namespace omnimap::AttributionExport {

namespace {

struct AttributionexportTr { Q_DECLARE_TR_FUNCTIONS(omnimap::Report) };

} // namespace

bool attributionResults(const QString &dataSetPath, std::vector<sim::AttributionResult> *results, QString *error, int bootstrap)
{
    const QString shown = QDir::toNativeSeparators(dataSetPath);
    sim::DataSet dataSet;
    if (!dataSet.open(dataSetPath)) {
        if (error)
            *error = AttributionexportTr::tr("%1: %2").arg(shown, dataSet.errorString());
        return false;
    }
    sim::PathSet paths;
    QString reason;
    if (dataSet.eventCount() == 0) {
        if (!sim::loadPathSet(dataSet, paths, &reason)) {
            if (error)
                *error = AttributionexportTr::tr("%1: %2").arg(shown, reason);
            return false;
        }
    } else {
        sim::JourneyQuery query;
        sim::JourneyQueryResult result;
        if (!sim::runJourneyQuery(dataSet, query, result, &reason)) {
            if (error)
                *error = AttributionexportTr::tr("%1: %2").arg(shown, reason);
            return false;
        }
        paths = sim::pathSetFromJourneys(*result.journeys);
    }
    results->clear();
    for (const QString &name : sim::attributionModelNames()) {
        sim::AttributionOptions options;
        if (!sim::attributionModelFromName(name, options.model))
            continue;
        options.bootstrap = bootstrap;
        results->push_back(sim::attribute(paths, options));
        if (!results->back().ok) {
            if (error)
                *error = AttributionexportTr::tr("%1: attribution (%2): %3").arg(shown, name, results->back().error);
            return false;
        }
    }
    return true;
}

bool attributionTable(const QString &dataSetPath, CsvTable *table, QString *error)
{
    std::vector<sim::AttributionResult> results;
    if (!attributionResults(dataSetPath, &results, error))
        return false;
    table->header = {QStringLiteral("channel"), QStringLiteral("model"), QStringLiteral("conversions"),
                     QStringLiteral("conversions_low"), QStringLiteral("conversions_high"), QStringLiteral("share"),
                     QStringLiteral("value"), QStringLiteral("value_low"), QStringLiteral("value_high"),
                     QStringLiteral("removal_effect"), QStringLiteral("bootstrap")};
    table->rows.clear();
    for (const sim::AttributionResult &r : results) {
        const QString name = sim::attributionModelName(r.model);
        for (const sim::ChannelCredit &c : r.channels) {
            const double share = r.totalConversions > 0 ? c.conversions / r.totalConversions : 0.0;
            table->rows.append({csvSafeText(c.channel), name, ReportData::plainNumber(c.conversions),
                                ReportData::plainNumber(c.conversionsLow), ReportData::plainNumber(c.conversionsHigh),
                                ReportData::plainNumber(share), ReportData::plainNumber(c.value),
                                ReportData::plainNumber(c.valueLow), ReportData::plainNumber(c.valueHigh),
                                r.model == sim::AttributionModel::Markov ? ReportData::plainNumber(c.removalEffect) : QString(),
                                QString::number(r.bootstrap)});
        }
    }
    return true;
}

} // namespace omnimap::AttributionExport
