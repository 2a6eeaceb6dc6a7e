// The feedback page of each journey (docs/feedback.md): planned against measured emotion
// per stage with n and the 95 % interval, NPS and CSAT per stage, and what customers
// with a low score say there. Read from the data set the report measures with.

#include "reportsections.h"

#include "reporttable.h"

#include "dataset.h"
#include "feedbackanalysis.h"
#include "feedbackphrases.h"
#include "feedbackplancheck.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace omnimap::ReportSections {

namespace {

struct ReportfeedbackTr { Q_DECLARE_TR_FUNCTIONS(omnimap::Report) };

ReportTableCell text(const QString &value, const QString &detail = {})
{
    ReportTableCell cell;
    cell.text = value;
    cell.detail = detail;
    return cell;
}

} // namespace

void addFeedback(ReportBook &book, const ReportContext &c)
{
    const QString path = c.options.measureDataSet;
    if (path.isEmpty() || !QFileInfo(path).isFile())
        return; // a warehouse URL or no data set: feedback lives in the local data set only
    sim::DataSet dataSet;
    sim::FeedbackTable table;
    if (!dataSet.open(path) || !sim::loadFeedbackTable(dataSet, table) || table.size() == 0)
        return;
    const std::vector<sim::FeedbackGroup> stages = sim::feedbackByDimension(table, sim::FeedbackBy::Stage);
    bool begun = false;
    for (const Journey &journey : c.project.journeys) {
        if (!c.options.journeyId.isEmpty() && journey.id != c.options.journeyId)
            continue;
        const QList<sim::MeasuredEmotion> measured = sim::measuredEmotion(table, journey);
        if (std::none_of(measured.begin(), measured.end(), [](const sim::MeasuredEmotion &m) { return m.n > 0; }))
            continue;
        if (!begun) {
            book.beginSection(ReportfeedbackTr::tr("Customer feedback"));
            begun = true;
        }
        ReportTable t;
        t.columns = {{ReportfeedbackTr::tr("Stage"), 1.3, Qt::AlignLeft},         {ReportfeedbackTr::tr("Planned"), 0.7, Qt::AlignRight},
                     {ReportfeedbackTr::tr("Measured"), 0.8, Qt::AlignRight},     {ReportfeedbackTr::tr("n"), 0.6, Qt::AlignRight},
                     {ReportfeedbackTr::tr("95 % interval"), 1.2, Qt::AlignRight}, {ReportfeedbackTr::tr("NPS"), 0.7, Qt::AlignRight},
                     {ReportfeedbackTr::tr("CSAT %"), 0.7, Qt::AlignRight},       {ReportfeedbackTr::tr("What low scores say"), 3.0, Qt::AlignLeft}};
        for (int s = 0; s < journey.stages.size(); ++s) {
            const Stage &stage = journey.stages.at(s);
            const sim::MeasuredEmotion &m = measured.at(s);
            const std::optional<double> planned = sim::plannedEmotion(stage, Id());
            const sim::FeedbackGroup *group = nullptr;
            for (const sim::FeedbackGroup &g : stages) {
                if (g.id != 0 && g.name == stage.name)
                    group = &g;
            }
            QString phrases, quote;
            if (group && group->stats.lowScores > 0) {
                sim::PhraseQuery query;
                query.by = sim::FeedbackBy::Stage;
                query.id = group->id;
                query.limit = 5;
                query.quotes = 1;
                QStringList words;
                for (const sim::FeedbackPhrase &p : sim::lowScorePhrases(table, query)) {
                    words.append(ReportfeedbackTr::tr("%1 (%2)").arg(p.text).arg(p.count));
                    if (quote.isEmpty())
                        quote = p.quotes.value(0);
                }
                phrases = words.join(QStringLiteral(", "));
            }
            const bool shown = m.enough;
            t.rows.append({text(stage.name),
                           text(planned ? sim::signedEmotion(*planned) : QString()),
                           text(m.n == 0 ? QString() : shown ? sim::signedEmotion(m.mean) : ReportfeedbackTr::tr("n too small")),
                           text(QString::number(m.n)),
                           text(shown ? sim::signedEmotion(m.low95) + QStringLiteral(" … ") + sim::signedEmotion(m.high95) : QString()),
                           text(group && group->stats.npsN > 0 ? c.locale.toString(group->stats.nps, 'f', 0) : QString()),
                           text(group && group->stats.csatN > 0 ? c.locale.toString(group->stats.csat, 'f', 0) : QString()),
                           text(phrases, quote.isEmpty() ? QString() : QStringLiteral("“") + quote + QStringLiteral("”"))});
        }
        const QString intro = ReportfeedbackTr::tr("Customer feedback in the data set mapped onto the map's emotion scale (−5 … +5): NPS 0–10, "
                                 "CSAT and ratings 1–5, CES 1–7. A stage is measured from %1 scores on; below that it "
                                 "says \"n too small\". Planned: the mean of the personas' as-is emotion.")
                                  .arg(sim::kMinMeasuredN);
        addTablePages(book, c.style, ReportfeedbackTr::tr("Customer feedback"), ReportfeedbackTr::tr("Feedback: %1").arg(journey.name), intro, t,
                      QPageLayout::Landscape);
    }
}

} // namespace omnimap::ReportSections
