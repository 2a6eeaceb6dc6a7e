#include "checklisteditor.h"

#include "checklistheatmap.h"
#include "checklistresultmodel.h"
#include "choicedelegate.h"
#include "keyhandler.h"
#include "document/commands/plan/plancommands.h"
#include "document/document.h"
#include "model/lookup.h"
#include "plan/checklistscore.h"
#include "plan/checklisttemplates.h"

#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace omnimap {

ChecklistEditor::ChecklistEditor(Document *document, QWidget *parent)
    : DocumentView(parent)
{
    build();
    setDocument(document);
}

ChecklistEditor::ChecklistEditor(AppContext &context, QWidget *parent)
    : DocumentView(parent)
{
    build();
    followContext(context);
}

void ChecklistEditor::build()
{
    m_model = new ChecklistResultModel(this);
    m_model->setDefaultReviewer(qEnvironmentVariable("USER"));
    m_checklists = new QComboBox(this);
    m_checklists->setAccessibleName(tr("Checklist"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_templates = new QComboBox(this);
    m_templates->setAccessibleName(tr("Template"));
    m_apply = new QPushButton(tr("&Apply to journey channels"), this);
    m_saveTemplate = new QPushButton(tr("Save as &template"), this);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Checklist:"), this));
    top->addWidget(m_checklists, 1);
    top->addWidget(m_remove);
    top->addWidget(m_saveTemplate);
    top->addSpacing(16);
    top->addWidget(new QLabel(tr("Template:"), this));
    top->addWidget(m_templates, 1);
    top->addWidget(m_apply);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ChoiceDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();

    m_cellLabel = new QLabel(this);
    m_cellLabel->setWordWrap(true);
    m_note = new QLineEdit(this);
    m_evidence = new QLineEdit(this);
    m_evidence->setPlaceholderText(tr("Link to a screenshot or page"));
    m_reviewer = new QLineEdit(this);
    m_date = new QLineEdit(this);
    m_date->setPlaceholderText(tr("YYYY-MM-DD"));
    m_note->setObjectName(QStringLiteral("note"));
    m_evidence->setObjectName(QStringLiteral("evidence"));
    m_reviewer->setObjectName(QStringLiteral("reviewer"));
    m_date->setObjectName(QStringLiteral("date"));
    auto *detailBox = new QWidget(this);
    auto *details = new QFormLayout(detailBox);
    m_checklistName = new QLineEdit(this);
    m_checklistName->setObjectName(QStringLiteral("checklistName"));
    details->addRow(tr("Checklist &name:"), m_checklistName);
    connect(m_checklistName, &QLineEdit::editingFinished, this, [this] {
        Document *doc = document();
        const Checklist *c = doc ? findById(doc->project().checklists, checklistId()) : nullptr;
        const QString name = m_checklistName->text().trimmed();
        if (c && !name.isEmpty() && name != c->name && !doc->isReadOnly())
            doc->undoStack()->push(renameChecklist(doc, c->id, name));
    });
    details->addRow(m_cellLabel);
    details->addRow(tr("&Note:"), m_note);
    details->addRow(tr("&Evidence:"), m_evidence);
    details->addRow(tr("Re&viewer:"), m_reviewer);
    details->addRow(tr("&Date:"), m_date);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detailBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    m_score = new QLabel(this);
    m_heatMap = new ChecklistHeatMap(this);
    auto *heatScroll = new QScrollArea(this);
    heatScroll->setWidget(m_heatMap);
    heatScroll->setWidgetResizable(true);
    heatScroll->setFrameShape(QFrame::NoFrame);

    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(splitter);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_score);
    bottomLayout->addWidget(heatScroll, 1);
    vertical->addWidget(bottom);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(vertical, 1);

    connect(m_checklists, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setChecklist(document(), m_checklists->currentData().toString());
        showChecklistName();
        updateScores();
    });
    connect(m_apply, &QPushButton::clicked, this, [this] { applyTemplate(m_templates->currentData().toString()); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (document() && !checklistId().isEmpty())
            document()->undoStack()->push(removeChecklist(document(), checklistId()));
    });
    connect(m_saveTemplate, &QPushButton::clicked, this, [this] { saveAsTemplate(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { updateDetails(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { updateDetails(); });
    connect(m_note, &QLineEdit::editingFinished, this, [this] { commitDetail(ChecklistResultModel::NoteRole, m_note->text()); });
    connect(m_evidence, &QLineEdit::editingFinished, this,
            [this] { commitDetail(ChecklistResultModel::EvidenceRole, m_evidence->text()); });
    connect(m_reviewer, &QLineEdit::editingFinished, this,
            [this] { commitDetail(ChecklistResultModel::ReviewerRole, m_reviewer->text()); });
    connect(m_date, &QLineEdit::editingFinished, this, [this] {
        const QString text = m_date->text().trimmed();
        if (text.isEmpty() || QDate::fromString(text, Qt::ISODate).isValid())
            commitDetail(ChecklistResultModel::DateRole, text);
        else
            m_date->setText(m_table->currentIndex().data(ChecklistResultModel::DateRole).toString());
    });

    KeyHandler::install(m_table, [this](QKeyEvent *event) {
        if (event->modifiers() != Qt::NoModifier && event->modifiers() != Qt::KeypadModifier)
            return false;
        switch (event->key()) {
        case Qt::Key_P: setSelectedStatus(int(CheckStatus::Pass)); return true;
        case Qt::Key_F: setSelectedStatus(int(CheckStatus::Fail)); return true;
        case Qt::Key_N: setSelectedStatus(int(CheckStatus::NotApplicable)); return true;
        case Qt::Key_U: setSelectedStatus(int(CheckStatus::Unchecked)); return true;
        default: return false;
        }
    });
    // The item text gets room for about 36 characters once the model has its columns
    // (it wraps below that); stretching it only shared what the channel columns left,
    // which with five channels was a 20 px strip ("… c…").
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->columnCount() > 1) {
            m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
            m_table->horizontalHeader()->resizeSection(1, m_table->fontMetrics().averageCharWidth() * 36);
        }
    });
}

void ChecklistEditor::fillChecklists()
{
    const Id previous = m_checklists->currentData().toString();
    const QSignalBlocker blocker(m_checklists);
    m_checklists->clear();
    if (document()) {
        for (const Checklist &c : document()->project().checklists) {
            const Journey *j = findById(document()->project().journeys, c.journeyId);
            m_checklists->addItem(j ? tr("%1 (%2)").arg(c.name, j->name) : c.name, c.id);
        }
    }
    const int at = m_checklists->findData(previous);
    m_checklists->setCurrentIndex(at >= 0 ? at : 0);
    m_model->setChecklist(document(), m_checklists->currentData().toString());
    showChecklistName();
    m_remove->setEnabled(m_checklists->count() > 0);
    m_saveTemplate->setEnabled(m_checklists->count() > 0);
}

void ChecklistEditor::fillTemplates()
{
    const Id previous = m_templates->currentData().toString();
    m_templates->clear();
    if (!document())
        return;
    for (const ChecklistTemplate &t : availableChecklistTemplates(document()->project()))
        m_templates->addItem(t.builtIn ? t.name : tr("%1 (yours)").arg(t.name), t.id);
    m_templates->setCurrentIndex(qMax(0, m_templates->findData(previous)));
}

void ChecklistEditor::documentReset()
{
    if (document() && (m_journeyId.isEmpty() || !findById(document()->project().journeys, m_journeyId)))
        m_journeyId = document()->project().journeys.isEmpty() ? Id() : document()->project().journeys.first().id;
    fillTemplates();
    fillChecklists();
    updateScores();
    m_apply->setEnabled(document() != nullptr);
}

void ChecklistEditor::documentChanged(const ChangeEvent &event)
{
    switch (event.kind) {
    case ItemKind::CheckResult: {
        const QModelIndex current = m_table->currentIndex();
        m_model->reload();
        if (current.isValid())
            m_table->setCurrentIndex(m_model->index(current.row(), current.column()));
        updateScores();
        break;
    }
    case ItemKind::ChecklistTemplate:
        fillTemplates();
        break;
    case ItemKind::Checklist:
    case ItemKind::Channel:
    case ItemKind::Journey:
    case ItemKind::Project:
        fillChecklists();
        updateScores();
        break;
    default:
        break;
    }
}

void ChecklistEditor::currentJourneyChanged(const Id &journeyId)
{
    setJourney(journeyId);
}

void ChecklistEditor::setJourney(const Id &journeyId)
{
    m_journeyId = journeyId;
    if (!document())
        return;
    // Show the journey's first checklist, if the one shown belongs elsewhere.
    const Checklist *shown = findById(document()->project().checklists, checklistId());
    if (shown && shown->journeyId == journeyId)
        return;
    for (const Checklist &c : document()->project().checklists) {
        if (c.journeyId == journeyId) {
            setChecklist(c.id);
            return;
        }
    }
}

void ChecklistEditor::setChecklist(const Id &id)
{
    const int at = m_checklists->findData(id);
    if (at >= 0)
        m_checklists->setCurrentIndex(at);
}

Id ChecklistEditor::checklistId() const
{
    return m_model->checklistId();
}

Id ChecklistEditor::applyTemplate(const Id &templateId)
{
    Document *doc = document();
    if (!doc || doc->isReadOnly())
        return {};
    for (const ChecklistTemplate &t : availableChecklistTemplates(doc->project())) {
        if (t.id != templateId)
            continue;
        const Journey *journey = findById(doc->project().journeys, m_journeyId);
        IdList channels;
        if (journey) {
            channels = journey->channelIds;
        } else {
            for (const Channel &c : doc->project().channels)
                channels << c.id;
        }
        const Checklist checklist = applyChecklistTemplate(t, journey ? journey->id : Id(), channels);
        if (t.builtIn && !findById(doc->project().checklistTemplates, t.id)) {
            // The checklist names its template: a built-in one is copied into the plan
            // with it, in the same undo step, so the file never refers to a template it
            // does not hold (and reads the same on a machine in another language).
            doc->undoStack()->beginMacro(tr("Apply checklist “%1”").arg(t.name));
            doc->undoStack()->push(addChecklistTemplate(doc, t));
            doc->undoStack()->push(addChecklist(doc, checklist));
            doc->undoStack()->endMacro();
        } else {
            doc->undoStack()->push(addChecklist(doc, checklist));
        }
        setChecklist(checklist.id);
        return checklist.id;
    }
    return {};
}

void ChecklistEditor::showChecklistName()
{
    const Checklist *c = document() ? findById(document()->project().checklists, checklistId()) : nullptr;
    m_checklistName->setEnabled(c != nullptr);
    if (m_checklistName->text() != (c ? c->name : QString()))
        m_checklistName->setText(c ? c->name : QString());
}

Id ChecklistEditor::saveAsTemplate()
{
    Document *doc = document();
    const Checklist *checklist = doc ? findById(doc->project().checklists, checklistId()) : nullptr;
    if (!checklist || doc->isReadOnly())
        return {};
    ChecklistTemplate t;
    t.id = newId();
    t.name = checklist->name;
    t.builtIn = false;
    t.items = checklist->items;
    for (ChecklistItem &item : t.items)
        item.id = newId();
    doc->undoStack()->push(addChecklistTemplate(doc, t));
    return t.id;
}

void ChecklistEditor::setSelectedStatus(int status)
{
    const QModelIndex index = m_table->currentIndex();
    if (index.isValid() && index.column() >= ChecklistResultModel::kFirstChannelColumn)
        m_model->setData(index, status, ChecklistResultModel::StatusRole);
}

void ChecklistEditor::updateDetails()
{
    const QModelIndex index = m_table->currentIndex();
    const bool cell = index.isValid() && index.column() >= ChecklistResultModel::kFirstChannelColumn;
    m_updating = true;
    for (QLineEdit *edit : {m_note, m_evidence, m_reviewer, m_date})
        edit->setEnabled(cell);
    if (cell) {
        m_cellLabel->setText(tr("<b>%1</b> on %2")
                                 .arg(m_model->index(index.row(), 1).data().toString().toHtmlEscaped(),
                                      m_model->headerData(index.column(), Qt::Horizontal, Qt::DisplayRole)
                                          .toString()
                                          .toHtmlEscaped()));
        m_note->setText(index.data(ChecklistResultModel::NoteRole).toString());
        m_evidence->setText(index.data(ChecklistResultModel::EvidenceRole).toString());
        m_reviewer->setText(index.data(ChecklistResultModel::ReviewerRole).toString());
        m_date->setText(index.data(ChecklistResultModel::DateRole).toString());
    } else {
        m_cellLabel->setText(tr("Select a channel cell: P pass, F fail, N not applicable, U unchecked."));
        for (QLineEdit *edit : {m_note, m_evidence, m_reviewer, m_date})
            edit->clear();
    }
    m_updating = false;
}

void ChecklistEditor::commitDetail(int role, const QString &value)
{
    const QModelIndex index = m_table->currentIndex();
    if (m_updating || !index.isValid() || index.column() < ChecklistResultModel::kFirstChannelColumn)
        return;
    m_model->setData(index, value, role);
}

QString ChecklistEditor::scoreText() const
{
    return m_score->text();
}

void ChecklistEditor::updateScores()
{
    const Checklist *checklist = document() ? findById(document()->project().checklists, checklistId()) : nullptr;
    if (!checklist) {
        m_score->setText(tr("No checklist yet: pick a template and apply it to the journey's channels."));
        m_heatMap->setScores({}, {});
        return;
    }
    const ChecklistScores scores = scoreChecklist(*checklist);
    QList<QPair<QString, QString>> channels;
    for (const Id &id : checklist->channelIds) {
        const Channel *c = findById(document()->project().channels, id);
        channels.append({id, c ? c->name : id});
    }
    m_heatMap->setScores(scores, channels);
    // Score = pass / (pass + fail); n/a left out, unchecked counted apart (docs/plan-tools.md).
    m_score->setText(tr("Score %1 · %2 passed, %3 failed, %4 not applicable, %5 unchecked")
                         .arg(formatScore(scores.overall.ratio()))
                         .arg(scores.overall.pass)
                         .arg(scores.overall.fail)
                         .arg(scores.overall.notApplicable)
                         .arg(scores.overall.unchecked));
}

} // namespace omnimap
