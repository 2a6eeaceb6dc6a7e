#include "feedbackscoresview.h"

#include "feedbackcontroller.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace omnimap::insight {

namespace {

enum Column { Name, Nps, NpsN, Csat, CsatN, ColumnCount };

QTableWidget *makeTable(const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(0, ColumnCount, parent);
    table->setHorizontalHeaderLabels({name, FeedbackScoresView::tr("NPS"), FeedbackScoresView::tr("n"),
                                      FeedbackScoresView::tr("CSAT % satisfied"), FeedbackScoresView::tr("n")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    for (int c = Nps; c < ColumnCount; ++c)
        table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    table->setMinimumHeight(160);
    return table;
}

/// A plain item: QTableWidgetItem shows its text literally, so a stage or channel name
/// from a CSV never turns into markup.
QTableWidgetItem *cell(const QString &text, bool number)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

/// The score, "–" without answers, "too few" below the minimum n (with the reason).
QTableWidgetItem *scoreCell(double value, int n)
{
    if (n == 0)
        return cell(QStringLiteral("–"), true);
    if (n < sim::kMinMeasuredN) {
        QTableWidgetItem *item = cell(FeedbackScoresView::tr("too few"), true);
        item->setForeground(QColor(0x60, 0x6b, 0x76));
        item->setToolTip(FeedbackScoresView::tr("Only %1 answers; a score needs at least %2.").arg(n).arg(sim::kMinMeasuredN));
        return item;
    }
    return cell(QString::number(value, 'f', 1), true);
}

void fill(QTableWidget *table, const std::vector<sim::FeedbackGroup> &groups)
{
    table->setRowCount(0);
    for (const sim::FeedbackGroup &g : groups) {
        const sim::FeedbackStats &s = g.stats;
        if (s.npsN == 0 && s.csatN == 0)
            continue; // only other kinds (CES, ratings, free text) here
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, Name, cell(g.id == 0 ? FeedbackScoresView::tr("(none)") : g.name, false));
        table->setItem(row, Nps, scoreCell(s.nps, s.npsN));
        table->setItem(row, NpsN, cell(QString::number(s.npsN), true));
        table->setItem(row, Csat, scoreCell(s.csat, s.csatN));
        table->setItem(row, CsatN, cell(QString::number(s.csatN), true));
    }
}

} // namespace

FeedbackScoresView::FeedbackScoresView(FeedbackController &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_message(new QLabel(this))
    , m_stages(makeTable(tr("Stage"), this))
    , m_channels(makeTable(tr("Channel"), this))
{
    setObjectName(QStringLiteral("feedbackScores"));
    m_stages->setObjectName(QStringLiteral("feedbackScoresByStage"));
    m_channels->setObjectName(QStringLiteral("feedbackScoresByChannel"));
    m_message->setObjectName(QStringLiteral("feedbackScoresMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #606b76;"));
    auto *tables = new QHBoxLayout;
    tables->addWidget(m_stages, 1);
    tables->addWidget(m_channels, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addLayout(tables, 1);
    connect(&m_controller, &FeedbackController::updated, this, &FeedbackScoresView::refresh);
    refresh();
}

void FeedbackScoresView::refresh()
{
    const FeedbackController::Results &r = m_controller.results();
    const bool empty = !r.table || r.table->size() == 0;
    if (!r.error.isEmpty())
        m_message->setText(tr("The feedback could not be read: %1").arg(r.error));
    else if (empty)
        m_message->setText(tr("No customer feedback loaded: import a feedback CSV (Data ▸ Import Feedback CSV…) "
                              "to see NPS and CSAT per stage and channel."));
    else
        m_message->setText(tr("NPS: % promoters (9–10) − % detractors (0–6). CSAT: % of answers 4 or 5. "
                              "Shown from %1 answers on; fewer say “too few”. All customers, all dates.")
                               .arg(sim::kMinMeasuredN));
    fill(m_stages, empty ? std::vector<sim::FeedbackGroup>() : r.byStage);
    fill(m_channels, empty ? std::vector<sim::FeedbackGroup>() : r.byChannel);
}

} // namespace omnimap::insight
