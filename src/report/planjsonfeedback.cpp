#include "planjsonfeedback.h"

#include "reportdata.h"

#include "dataset.h"
#include "feedbackanalysis.h"
#include "feedbackphrases.h"
#include "feedbackplancheck.h"

#include <QFileInfo>

#include <cmath>

namespace omnimap::PlanJson {

namespace {

using Json = nlohmann::ordered_json;

Json rounded(double value, bool present)
{
    if (!present || !std::isfinite(value))
        return nullptr;
    return std::round(value * 1000.0) / 1000.0;
}

} // namespace

Json feedbackJson(const Project &project, const ReportOptions &options)
{
    const QString path = options.measureDataSet;
    if (path.isEmpty() || !QFileInfo(path).isFile())
        return nullptr;
    sim::DataSet dataSet;
    sim::FeedbackTable table;
    if (!dataSet.open(path) || !sim::loadFeedbackTable(dataSet, table) || table.size() == 0)
        return nullptr;
    const std::vector<sim::FeedbackGroup> stages = sim::feedbackByDimension(table, sim::FeedbackBy::Stage);
    Json journeys = Json::array();
    for (const Journey *journey : ReportData::journeysFor(project, options.journeyId)) {
        const QList<sim::MeasuredEmotion> measured = sim::measuredEmotion(table, *journey);
        Json rows = Json::array();
        for (int s = 0; s < journey->stages.size(); ++s) {
            const Stage &stage = journey->stages.at(s);
            const sim::MeasuredEmotion &m = measured.at(s);
            const std::optional<double> planned = sim::plannedEmotion(stage, Id());
            const sim::FeedbackGroup *group = nullptr;
            for (const sim::FeedbackGroup &g : stages) {
                if (g.id != 0 && g.name == stage.name)
                    group = &g;
            }
            Json phrases = Json::array();
            if (group && group->stats.lowScores > 0) {
                sim::PhraseQuery query;
                query.by = sim::FeedbackBy::Stage;
                query.id = group->id;
                query.limit = 5;
                query.quotes = 1;
                for (const sim::FeedbackPhrase &p : sim::lowScorePhrases(table, query))
                    phrases.push_back({{"text", p.text.toStdString()}, {"count", p.count}, {"example", p.quotes.value(0).toStdString()}});
            }
            rows.push_back({{"stageId", stage.id.toStdString()},
                            {"planned", planned ? Json(*planned) : Json(nullptr)},
                            {"measured", rounded(m.mean, m.enough)},
                            {"n", m.n},
                            {"low95", rounded(m.low95, m.enough)},
                            {"high95", rounded(m.high95, m.enough)},
                            {"nps", rounded(group ? group->stats.nps : 0.0, group && group->stats.npsN > 0)},
                            {"npsN", group ? group->stats.npsN : 0},
                            {"csat", rounded(group ? group->stats.csat : 0.0, group && group->stats.csatN > 0)},
                            {"csatN", group ? group->stats.csatN : 0},
                            {"lowScorePhrases", phrases}});
        }
        journeys.push_back({{"journeyId", journey->id.toStdString()}, {"stages", rows}});
    }
    return {{"minimumN", sim::kMinMeasuredN}, {"scale", "emotion -5..+5"}, {"journeys", journeys}};
}

} // namespace omnimap::PlanJson
