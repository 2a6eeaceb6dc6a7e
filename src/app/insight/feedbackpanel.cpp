#include "feedbackpanel.h"

#include "feedbackcontroller.h"
#include "insightsession.h"

#include "feedbacknames.h"
#include "feedbackplancheck.h"

#include "app/shell/appcontext.h"
#include "document/commands/editstage.h"
#include "document/document.h"
#include "model/lookup.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>

namespace omnimap::insight {

namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

/// A cell that shows its text literally (QTableWidgetItem never interprets markup).
QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString oneDecimal(double value, bool present)
{
    return present ? QString::number(value, 'f', 1) : QStringLiteral("–");
}

} // namespace

FeedbackPanel::FeedbackPanel(InsightSession &session, FeedbackController &controller, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_controller(controller)
    , m_summary(new QLabel(this))
    , m_by(new QComboBox(this))
    , m_groups(makeTable({tr("Name"), tr("Rows"), tr("Scored"), tr("Emotion"), tr("95 % interval"), tr("NPS"),
                          tr("CSAT % satisfied"), tr("Low scores")},
                         this))
    , m_phrases(makeTable({tr("Phrase"), tr("Low-score rows"), tr("Example")}, this))
    , m_paths(makeTable({tr("Path before a low score"), tr("Customers"), tr("Share %")}, this))
    , m_painPoint(new QPushButton(tr("Make Pain Point"), this))
{
    setObjectName(QStringLiteral("feedbackPanel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_by->addItem(tr("By stage"), int(sim::FeedbackBy::Stage));
    m_by->addItem(tr("By touchpoint"), int(sim::FeedbackBy::Touchpoint));
    m_by->addItem(tr("By channel"), int(sim::FeedbackBy::Channel));
    m_groups->setObjectName(QStringLiteral("feedbackGroups"));
    m_phrases->setObjectName(QStringLiteral("feedbackPhrases"));
    m_paths->setObjectName(QStringLiteral("detractorPaths"));
    // The path is the long column: it takes the width, the counts keep what they need.
    m_paths->horizontalHeader()->setStretchLastSection(false);
    m_paths->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_paths->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_paths->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_painPoint->setObjectName(QStringLiteral("makePainPoint"));
    m_painPoint->setToolTip(tr("Add the selected phrase to the pain points of its stage (undoable)"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_by);
    auto *phraseBox = new QWidget(this);
    auto *phraseLayout = new QVBoxLayout(phraseBox);
    phraseLayout->setContentsMargins(0, 0, 0, 0);
    auto *phraseTitle = new QLabel(tr("What customers with a low score say about the selected row:"), phraseBox);
    phraseTitle->setTextFormat(Qt::PlainText);
    phraseLayout->addWidget(phraseTitle);
    phraseLayout->addWidget(m_phrases, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_painPoint);
    phraseLayout->addLayout(buttons);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_groups);
    split->addWidget(phraseBox);
    split->addWidget(m_paths);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    m_phrases->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_phrases, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        if (!m_phrases->itemAt(at))
            return;
        QMenu menu(this);
        QAction *make = menu.addAction(tr("Make Pain Point"), this, &FeedbackPanel::makePainPoint);
        make->setEnabled(m_painPoint->isEnabled());
        menu.exec(m_phrases->viewport()->mapToGlobal(at));
    });
    connect(m_painPoint, &QPushButton::clicked, this, &FeedbackPanel::makePainPoint);
    connect(m_by, &QComboBox::currentIndexChanged, this, &FeedbackPanel::refresh);
    connect(m_groups, &QTableWidget::itemSelectionChanged, this, &FeedbackPanel::showPhrases);
    connect(m_phrases, &QTableWidget::itemSelectionChanged, this, [this] {
        m_painPoint->setEnabled(!m_phrases->selectedItems().isEmpty() && !selectedStage().second.isEmpty());
    });
    connect(&m_controller, &FeedbackController::updated, this, &FeedbackPanel::refresh);
    refresh();
}

sim::FeedbackBy FeedbackPanel::by() const
{
    return sim::FeedbackBy(m_by->currentData().toInt());
}

void FeedbackPanel::refresh()
{
    const FeedbackController::Results &r = m_controller.results();
    const sim::FeedbackStats &all = r.overall;
    if (!r.error.isEmpty())
        m_summary->setText(tr("The feedback could not be read: %1").arg(r.error));
    else if (!r.table || r.table->size() == 0)
        m_summary->setText(tr("No feedback in the data set. Import a feedback CSV (Data ▸ Import Feedback CSV…) or "
                              "generate sample data."));
    else
        m_summary->setText(tr("%1 feedback rows, %2 with a score. NPS %3 (n = %4), CSAT %5 % satisfied (n = %6).")
                               .arg(all.rows)
                               .arg(all.scored)
                               .arg(oneDecimal(all.nps, all.npsN > 0))
                               .arg(all.npsN)
                               .arg(oneDecimal(all.csat, all.csatN > 0))
                               .arg(all.csatN));
    const std::vector<sim::FeedbackGroup> &groups = by() == sim::FeedbackBy::Stage ? r.byStage
        : by() == sim::FeedbackBy::Touchpoint                                      ? r.byTouchpoint
                                                                                   : r.byChannel;
    m_groups->setRowCount(0);
    for (const sim::FeedbackGroup &g : groups) {
        const int row = m_groups->rowCount();
        m_groups->insertRow(row);
        const sim::FeedbackStats &s = g.stats;
        QTableWidgetItem *name = cell(g.id == 0 ? tr("(none)") : g.name);
        name->setData(Qt::UserRole, g.id);
        m_groups->setItem(row, 0, name);
        m_groups->setItem(row, 1, cell(QString::number(s.rows), true));
        m_groups->setItem(row, 2, cell(QString::number(s.scored), true));
        m_groups->setItem(row, 3, cell(s.scored > 0 ? sim::signedEmotion(s.emotion) : QStringLiteral("–"), true));
        m_groups->setItem(row, 4, cell(s.scored > 1 ? sim::signedEmotion(s.low95) + QStringLiteral(" … ") + sim::signedEmotion(s.high95)
                                                    : QStringLiteral("–"),
                                       true));
        m_groups->setItem(row, 5, cell(oneDecimal(s.nps, s.npsN > 0), true));
        m_groups->setItem(row, 6, cell(oneDecimal(s.csat, s.csatN > 0), true));
        m_groups->setItem(row, 7, cell(QString::number(s.lowScores), true));
    }
    m_groups->resizeColumnsToContents();
    m_paths->setRowCount(0);
    for (const sim::DetractorPath &p : r.detractorPaths) {
        const int row = m_paths->rowCount();
        m_paths->insertRow(row);
        m_paths->setItem(row, 0, cell(p.path));
        m_paths->setItem(row, 1, cell(QString::number(p.customers), true));
        m_paths->setItem(row, 2, cell(QString::number(p.share * 100.0, 'f', 1), true));
    }
    if (m_groups->rowCount() > 0)
        m_groups->selectRow(0);
    showPhrases();
}

void FeedbackPanel::showPhrases()
{
    m_phrases->setRowCount(0);
    m_painPoint->setEnabled(false);
    const FeedbackController::Results &r = m_controller.results();
    const QList<QTableWidgetItem *> selected = m_groups->selectedItems();
    if (!r.table || selected.isEmpty())
        return;
    sim::PhraseQuery query;
    query.by = by();
    query.id = m_groups->item(selected.first()->row(), 0)->data(Qt::UserRole).toInt();
    if (query.id == 0)
        return;
    for (const sim::FeedbackPhrase &p : sim::lowScorePhrases(*r.table, query)) {
        const int row = m_phrases->rowCount();
        m_phrases->insertRow(row);
        m_phrases->setItem(row, 0, cell(p.text));
        m_phrases->setItem(row, 1, cell(QString::number(p.count), true));
        QTableWidgetItem *example = cell(p.quotes.value(0));
        // A tooltip is rich text when it looks like it: force rich text and escape the quotes.
        QStringList escaped;
        for (const QString &quote : p.quotes)
            escaped.append(quote.toHtmlEscaped());
        example->setToolTip(QStringLiteral("<qt>") + escaped.join(QStringLiteral("<br>")) + QStringLiteral("</qt>"));
        m_phrases->setItem(row, 2, example);
    }
    m_phrases->resizeColumnToContents(0);
}

std::pair<Id, Id> FeedbackPanel::selectedStage() const
{
    Document *doc = m_session.document();
    const QList<QTableWidgetItem *> selected = m_groups->selectedItems();
    if (!doc || selected.isEmpty() || by() == sim::FeedbackBy::Channel)
        return {};
    const QString name = m_groups->item(selected.first()->row(), 0)->text();
    // The current journey first, then the others.
    QList<const Journey *> journeys;
    const Project &project = doc->project();
    if (const Journey *current = findById(project.journeys, m_session.context().currentJourneyId()))
        journeys.append(current);
    for (const Journey &j : project.journeys)
        journeys.append(&j);
    for (const Journey *j : std::as_const(journeys)) {
        if (by() == sim::FeedbackBy::Stage) {
            for (const Stage &s : j->stages) {
                if (s.name == name)
                    return {j->id, s.id};
            }
        } else {
            for (const Touchpoint &tp : j->touchpoints) {
                if (sim::dataSetName(tp) == name && findById(j->stages, tp.stageId))
                    return {j->id, tp.stageId};
            }
        }
    }
    return {};
}

bool FeedbackPanel::makePainPoint()
{
    Document *doc = m_session.document();
    const QList<QTableWidgetItem *> selected = m_phrases->selectedItems();
    const auto [journeyId, stageId] = selectedStage();
    if (!doc || selected.isEmpty() || stageId.isEmpty())
        return false;
    const QString phrase = m_phrases->item(selected.first()->row(), 0)->text();
    const Journey *journey = findById(doc->project().journeys, journeyId);
    const Stage *stage = journey ? findById(journey->stages, stageId) : nullptr;
    if (!stage || stage->painPoints.contains(phrase))
        return false;
    QStringList painPoints = stage->painPoints;
    painPoints.append(phrase);
    doc->undoStack()->push(StageEdit::notes(doc, journeyId, stageId, NoteLane::PainPoints, painPoints));
    return true;
}

} // namespace omnimap::insight
