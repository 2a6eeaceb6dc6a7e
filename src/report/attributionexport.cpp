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

QString tr(const char *text)
{
    return QCoreApplication::translate("omnimap::Report", text);
}

} // namespace

bool attributionTable(const QString &dataSetPath, CsvTable *table, QString *error)
{
    const QString shown = QDir::toNativeSeparators(dataSetPath);
    sim::DataSet dataSet;
    if (!dataSet.open(dataSetPath)) {
        if (error)
            *error = tr("%1: %2").arg(shown, dataSet.errorString());
        return false;
    }
    sim::PathSet paths;
    QString reason;
    if (dataSet.eventCount() == 0) {
        if (!sim::loadPathSet(dataSet, paths, &reason)) {
            if (error)
                *error = tr("%1: %2").arg(shown, reason);
            return false;
        }
    } else {
        sim::JourneyQuery query;
        sim::JourneyQueryResult result;
        if (!sim::runJourneyQuery(dataSet, query, result, &reason)) {
            if (error)
                *error = tr("%1: %2").arg(shown, reason);
            return false;
        }
        paths = sim::pathSetFromJourneys(*result.journeys);
    }
    table->header = {QStringLiteral("channel"), QStringLiteral("model"), QStringLiteral("conversions"),
                     QStringLiteral("share"), QStringLiteral("value"), QStringLiteral("removal_effect")};
    table->rows.clear();
    const QStringList models = sim::attributionModelNames();
    for (const QString &name : models) {
        sim::AttributionOptions options;
        if (!sim::attributionModelFromName(name, options.model))
            continue;
        const sim::AttributionResult r = sim::attribute(paths, options);
        if (!r.ok) {
            if (error)
                *error = tr("%1: attribution (%2): %3").arg(shown, name, r.error);
            return false;
        }
        for (const sim::ChannelCredit &c : r.channels) {
            const double share = r.totalConversions > 0 ? c.conversions / r.totalConversions : 0.0;
            table->rows.append({csvSafeText(c.channel), name, ReportData::plainNumber(c.conversions),
                                ReportData::plainNumber(share), ReportData::plainNumber(c.value),
                                options.model == sim::AttributionModel::Markov
                                    ? ReportData::plainNumber(c.removalEffect)
                                    : QString()});
        }
    }
    return true;
}

} // namespace omnimap::AttributionExport
