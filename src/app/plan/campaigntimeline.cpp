#include "campaigntimeline.h"

#include "document/commands/plan/moveplannedaction.h"
#include "document/commands/plan/plancommands.h"
#include "document/document.h"
#include "model/lookup.h"
#include "plan/kpilibrary.h"
#include "rules/ruleengine.h"
#include "timelinecanvas.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStyleOptionViewItem>
#include <QTableWidget>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace omnimap {

CampaignTimeline::CampaignTimeline(Document *document, QWidget *parent)
    : DocumentView(parent)
{
    build();
    setDocument(document);
}

CampaignTimeline::CampaignTimeline(AppContext &context, QWidget *parent)
    : DocumentView(parent)
{
    build();
    followContext(context);
}

void CampaignTimeline::build()
{
    m_campaigns = new QComboBox(this);
    m_campaigns->setAccessibleName(tr("Campaign"));
    m_new = new QPushButton(tr("&New campaign"), this);
    m_remove = new QPushButton(tr("Remove"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Campaign:"), this));
    top->addWidget(m_campaigns, 1);
    top->addWidget(m_new);
    top->addWidget(m_remove);

    m_name = new QLineEdit(this);
    m_objective = new QLineEdit(this);
    m_persona = new QComboBox(this);
    m_journey = new QComboBox(this);
    m_start = new QDateEdit(this);
    m_end = new QDateEdit(this);
    for (QDateEdit *edit : {m_start, m_end}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto *header = new QFormLayout;
    header->addRow(tr("N&ame:"), m_name);
    header->addRow(tr("&Objective:"), m_objective);
    auto *who = new QHBoxLayout;
    who->addWidget(m_persona, 1);
    who->addWidget(new QLabel(tr("Journey:"), this));
    who->addWidget(m_journey, 1);
    // A row holding a layout gets a label without a buddy, which would show the "&":
    // the persona combo is the buddy.
    auto *personaLabel = new QLabel(tr("&Persona:"), this);
    personaLabel->setBuddy(m_persona);
    header->addRow(personaLabel, who);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_start);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_end);
    dates->addStretch();
    auto *datesLabel = new QLabel(tr("&Dates:"), this);
    datesLabel->setBuddy(m_start);
    header->addRow(datesLabel, dates);
    m_currency = new QComboBox(this);
    m_owner = new QComboBox(this);
    auto *money = new QHBoxLayout;
    money->addWidget(m_currency);
    money->addWidget(new QLabel(tr("Owner:"), this));
    money->addWidget(m_owner, 1);
    auto *currencyLabel = new QLabel(tr("C&urrency:"), this);
    currencyLabel->setBuddy(m_currency);
    header->addRow(currencyLabel, money);

    m_canvas = new TimelineCanvas(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_canvas);
    scroll->setWidgetResizable(true);

    m_touchpoints = new QComboBox(this);
    m_touchpoints->setAccessibleName(tr("Touchpoint"));
    m_addAction = new QPushButton(tr("Add &action"), this);
    m_removeAction = new QPushButton(tr("Remove action"), this);
    m_actionTitle = new QLineEdit(this);
    m_actionTitle->setPlaceholderText(tr("Action title"));
    m_actionCost = new QDoubleSpinBox(this);
    m_actionCost->setRange(0, 1e12);
    m_actionCost->setGroupSeparatorShown(true);
    m_actionPromotion = new QCheckBox(tr("Promotion"), this);
    auto *actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("On touchpoint:"), this));
    actions->addWidget(m_touchpoints, 1);
    actions->addWidget(m_addAction);
    actions->addSpacing(12);
    actions->addWidget(m_actionTitle, 1);
    actions->addWidget(new QLabel(tr("Cost:"), this));
    actions->addWidget(m_actionCost);
    actions->addWidget(m_actionPromotion);
    actions->addWidget(m_removeAction);

    m_budget = new QTableWidget(0, 5, this);
    m_budget->setHorizontalHeaderLabels({tr("Channel"), tr("Budget"), tr("Planned"), tr("Remaining"), tr("Status")});
    // Columns as wide as their widest text (the bold total too): amounts are never cut;
    // the status column takes what is left.
    m_budget->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_budget->horizontalHeader()->setStretchLastSection(true);
    m_budget->verticalHeader()->hide();
    m_warnings = new QListWidget(this);
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_budget);
    // Warnings and the panels other tools add (the campaign's effect) share one side.
    m_side = new QTabWidget(this);
    m_side->setObjectName(QStringLiteral("campaignSideTabs"));
    m_side->addTab(m_warnings, tr("Warnings"));
    bottom->addWidget(m_side);
    bottom->setStretchFactor(0, 2);
    bottom->setStretchFactor(1, 1);
    bottom->setChildrenCollapsible(false);

    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(scroll);
    vertical->addWidget(bottom);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(header);
    layout->addLayout(actions);
    layout->addWidget(vertical, 1);

    connect(m_campaigns, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_new, &QPushButton::clicked, this, [this] { addCampaign(); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (document() && campaign())
            document()->undoStack()->push(removeCampaign(document(), campaignId()));
    });
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        if (!m_name->text().trimmed().isEmpty())
            commit([this](Campaign &c) { c.name = m_name->text().trimmed(); }, tr("Rename campaign"));
    });
    connect(m_objective, &QLineEdit::editingFinished, this,
            [this] { commit([this](Campaign &c) { c.objective = m_objective->text(); }, tr("Change objective")); });
    connect(m_persona, &QComboBox::activated, this, [this] {
        commit([this](Campaign &c) { c.personaId = m_persona->currentData().toString(); }, tr("Change target persona"));
    });
    connect(m_journey, &QComboBox::activated, this, [this] {
        commit([this](Campaign &c) { c.journeyId = m_journey->currentData().toString(); }, tr("Change campaign journey"));
    });
    connect(m_currency, &QComboBox::activated, this, [this] {
        commit([this](Campaign &c) { c.currency = m_currency->currentData().toString(); }, tr("Change campaign currency"));
    });
    connect(m_owner, &QComboBox::activated, this, [this] {
        commit([this](Campaign &c) { c.ownerDepartmentId = m_owner->currentData().toString(); }, tr("Change campaign owner"));
    });
    connect(m_start, &QDateEdit::editingFinished, this, [this] {
        commit([this](Campaign &c) { c.start = isoDate(m_start->date()); }, tr("Change campaign start"));
    });
    connect(m_end, &QDateEdit::editingFinished, this, [this] {
        commit([this](Campaign &c) { c.end = isoDate(m_end->date()); }, tr("Change campaign end"));
    });
    connect(m_addAction, &QPushButton::clicked, this, [this] { addAction(m_touchpoints->currentData().toString()); });
    connect(m_removeAction, &QPushButton::clicked, this, [this] {
        const Id id = m_canvas->selectedActionId();
        commit([id](Campaign &c) {
            const qsizetype at = indexOfId(c.actions, id);
            if (at >= 0)
                c.actions.removeAt(at);
        }, tr("Remove action"));
    });
    const auto editAction = [this](const std::function<void(PlannedAction &)> &edit, const QString &text) {
        const Id id = m_canvas->selectedActionId();
        commit([id, edit](Campaign &c) {
            if (PlannedAction *a = findById(c.actions, id))
                edit(*a);
        }, text);
    };
    connect(m_actionTitle, &QLineEdit::editingFinished, this, [this, editAction] {
        editAction([this](PlannedAction &a) { a.title = m_actionTitle->text(); }, tr("Rename action"));
    });
    connect(m_actionCost, &QDoubleSpinBox::editingFinished, this, [this, editAction] {
        editAction([this](PlannedAction &a) { a.cost = m_actionCost->value(); }, tr("Change action cost"));
    });
    connect(m_actionPromotion, &QCheckBox::clicked, this, [this, editAction](bool on) {
        editAction([on](PlannedAction &a) { a.promotion = on; }, tr("Change action promotion"));
    });
    connect(m_canvas, &TimelineCanvas::actionSelected, this, [this] { refreshActionDetails(); });
    connect(m_canvas, &TimelineCanvas::actionEdited, this,
            [this](const Id &actionId, const DateSpan &span, int dragId) {
                if (document() && !document()->isReadOnly() && span.isValid())
                    document()->undoStack()->push(
                        new MovePlannedActionCommand(document(), campaignId(), actionId, span, dragId));
            });
    connect(m_budget, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_updating || item->column() != 1)
            return;
        const Id channelId = m_budget->item(item->row(), 0)->data(Qt::UserRole).toString();
        // Typed as shown ("₩1,000,000") or bare ("1000000"): keep digits and the decimal point.
        QString digits = item->text();
        digits.remove(QRegularExpression(QStringLiteral("[^0-9.]")));
        bool ok = false;
        const double amount = QLocale::c().toDouble(digits, &ok);
        if (!ok) {
            refresh();
            return;
        }
        // Queued: the command's change rebuilds this table, which must not happen
        // inside the table's own itemChanged signal.
        QTimer::singleShot(0, this, [this, channelId, amount] {
            commit([channelId, amount](Campaign &c) {
                for (BudgetLine &line : c.budget) {
                    if (line.channelId == channelId) {
                        line.amount = amount;
                        return;
                    }
                }
                c.budget.append({channelId, amount});
            }, tr("Change channel budget"));
        });
    });
}

const Campaign *CampaignTimeline::campaign() const
{
    return document() ? findById(document()->project().campaigns, campaignId()) : nullptr;
}

Id CampaignTimeline::campaignId() const
{
    return m_campaigns->currentData().toString();
}

void CampaignTimeline::setCampaign(const Id &id)
{
    const int at = m_campaigns->findData(id);
    if (at >= 0)
        m_campaigns->setCurrentIndex(at);
}

void CampaignTimeline::addSidePanel(QWidget *panel, const QString &title)
{
    m_side->addTab(panel, title);
}

void CampaignTimeline::showSidePanel(QWidget *panel)
{
    m_side->setCurrentWidget(panel);
}

void CampaignTimeline::commit(const std::function<void(Campaign &)> &edit, const QString &text)
{
    const Campaign *current = campaign();
    if (m_updating || !current || document()->isReadOnly())
        return;
    Campaign changed = *current;
    edit(changed);
    // Compare the parts an edit can touch; an unchanged field pushes no step.
    if (changed.name == current->name && changed.objective == current->objective
        && changed.personaId == current->personaId && changed.journeyId == current->journeyId
        && changed.start == current->start && changed.end == current->end
        && changed.currency == current->currency && changed.ownerDepartmentId == current->ownerDepartmentId
        && changed.actions.size() == current->actions.size() && changed.budget.size() == current->budget.size()) {
        bool same = true;
        for (qsizetype i = 0; i < changed.actions.size() && same; ++i) {
            const PlannedAction &a = changed.actions.at(i);
            const PlannedAction &b = current->actions.at(i);
            same = a.title == b.title && a.cost == b.cost && a.promotion == b.promotion;
        }
        for (qsizetype i = 0; i < changed.budget.size() && same; ++i)
            same = changed.budget.at(i).amount == current->budget.at(i).amount;
        if (same)
            return;
    }
    document()->undoStack()->push(changeCampaign(document(), changed, text));
}

void CampaignTimeline::fillCampaigns()
{
    const Id previous = campaignId();
    {
        const QSignalBlocker blocker(m_campaigns);
        m_campaigns->clear();
        if (document()) {
            for (const Campaign &c : document()->project().campaigns)
                m_campaigns->addItem(c.name, c.id);
        }
        const int at = m_campaigns->findData(previous);
        m_campaigns->setCurrentIndex(at >= 0 ? at : 0);
    }
    refresh();
}

void CampaignTimeline::documentReset()
{
    fillCampaigns();
}

void CampaignTimeline::documentChanged(const ChangeEvent &event)
{
    if (event.kind == ItemKind::Campaign && event.type != ChangeEvent::Type::Changed) {
        fillCampaigns();
        return;
    }
    if (event.kind == ItemKind::Campaign) {
        // Names may have changed in the list.
        for (int i = 0; i < m_campaigns->count(); ++i) {
            if (const Campaign *c = findById(document()->project().campaigns, m_campaigns->itemData(i).toString()))
                m_campaigns->setItemText(i, c->name);
        }
    }
    refresh();
}

void CampaignTimeline::currentJourneyChanged(const Id &journeyId)
{
    m_journeyId = journeyId;
}

void CampaignTimeline::refresh()
{
    const Campaign *c = campaign();
    emit campaignShown(c ? c->id : Id());
    m_updating = true;
    const bool has = c != nullptr;
    for (QWidget *w : std::initializer_list<QWidget *>{m_remove, m_name, m_objective, m_persona, m_journey, m_start,
                                                       m_end, m_touchpoints, m_addAction, m_currency, m_owner})
        w->setEnabled(has);
    m_persona->clear();
    m_journey->clear();
    m_currency->clear();
    m_owner->clear();
    m_touchpoints->clear();
    if (!c) {
        m_name->clear();
        m_objective->clear();
        m_canvas->clear();
        m_budget->setRowCount(0);
        m_warnings->clear();
        refreshActionDetails();
        m_updating = false;
        return;
    }
    const Project &p = document()->project();
    m_name->setText(c->name);
    m_objective->setText(c->objective);
    m_persona->addItem(tr("(everyone)"), QString());
    for (const Persona &persona : p.personas)
        m_persona->addItem(persona.name, persona.id);
    m_persona->setCurrentIndex(qMax(0, m_persona->findData(c->personaId)));
    m_journey->addItem(tr("(none)"), QString());
    for (const Journey &j : p.journeys)
        m_journey->addItem(j.name, j.id);
    m_journey->setCurrentIndex(qMax(0, m_journey->findData(c->journeyId)));
    m_currency->addItem(tr("Plan's (%1)").arg(p.currency), QString());
    QStringList codes = commonCurrencies();
    if (!c->currency.isEmpty() && !codes.contains(c->currency))
        codes << c->currency;
    for (const QString &code : std::as_const(codes))
        m_currency->addItem(code, code);
    m_currency->setCurrentIndex(qMax(0, m_currency->findData(c->currency)));
    m_owner->addItem(tr("(none)"), QString());
    for (const Department &d : p.departments)
        m_owner->addItem(d.name, d.id);
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(c->ownerDepartmentId)));
    const DateSpan span = campaignSpan(*c);
    m_start->setDate(span.start.isValid() ? span.start : QDate::currentDate());
    m_end->setDate(span.end.isValid() ? span.end : QDate::currentDate());
    if (const Journey *j = findById(p.journeys, c->journeyId)) {
        for (const Touchpoint &t : j->touchpoints) {
            const Channel *channel = findById(p.channels, t.channelId);
            const Stage *stage = findById(j->stages, t.stageId);
            m_touchpoints->addItem(QStringLiteral("%1 · %2 · %3")
                                       .arg(stage ? stage->name : QString(), channel ? channel->name : QString(), t.title),
                                   t.id);
        }
    }
    m_canvas->setCampaign(p, *c);
    refreshBudget(*c);
    refreshWarnings(*c);
    refreshActionDetails();
    m_updating = false;
}

void CampaignTimeline::refreshBudget(const Campaign &c)
{
    const Project &p = document()->project();
    const QString currency = c.currency.isEmpty() ? p.currency : c.currency;
    const QLocale locale = planLocale(p);
    const auto money = [&](double v) { return formatMoney(v, currency, locale); };
    const QList<ChannelBudgetUse> rows = campaignBudgetUse(p, c);
    m_budget->setRowCount(int(rows.size()) + 1);
    const auto set = [this](int row, int column, const QString &text, bool editable = false) {
        auto *item = new QTableWidgetItem(text);
        if (!editable)
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        if (column > 0 && column < 4)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_budget->setItem(row, column, item);
        return item;
    };
    for (int i = 0; i < rows.size(); ++i) {
        const ChannelBudgetUse &use = rows.at(i);
        const Channel *channel = findById(p.channels, use.channelId);
        set(i, 0, channel ? channel->name : use.channelId)->setData(Qt::UserRole, use.channelId);
        set(i, 1, use.budget ? money(*use.budget) : QString(), !use.channelId.isEmpty());
        set(i, 2, money(use.planned));
        set(i, 3, money(use.budget.value_or(0.0) - use.planned));
        QTableWidgetItem *status = set(i, 4, use.exceeded() ? tr("⚠ Over budget") : tr("✔ Within budget"));
        status->setForeground(use.exceeded() ? QColor(0xd6, 0x45, 0x45) : QColor(0x2e, 0x9d, 0x5b));
    }
    const int total = int(rows.size());
    const double budget = campaignBudgetTotal(c);
    const double planned = campaignPlannedTotal(c);
    QFont bold = font();
    bold.setBold(true);
    set(total, 0, tr("Total"))->setFont(bold);
    set(total, 1, money(budget))->setFont(bold);
    set(total, 2, money(planned))->setFont(bold);
    set(total, 3, money(budget - planned))->setFont(bold);
    set(total, 4, planned > budget ? tr("⚠ Over budget") : QString())->setFont(bold);
    fitBudgetTable();
}

void CampaignTimeline::fitBudgetTable()
{
    // The table asks for the width of all its columns and the height of up to eight rows
    // with the total, so the splitters never squeeze an amount or hide the total (more
    // channels than that scroll).
    const QHeaderView *header = m_budget->horizontalHeader();
    int width = 2 * m_budget->frameWidth() + m_budget->verticalScrollBar()->sizeHint().width();
    QStyleOptionViewItem option;
    option.initFrom(m_budget->viewport());
    for (int column = 0; column < m_budget->columnCount(); ++column) {
        int widest = header->sectionSizeHint(column);
        for (int row = 0; row < m_budget->rowCount(); ++row) {
            const QModelIndex index = m_budget->model()->index(row, column);
            widest = std::max(widest, m_budget->itemDelegateForIndex(index)->sizeHint(option, index).width());
        }
        width += widest + 1; // the grid line
    }
    // Room for a horizontal scroll bar too: when the splitter beside the table is at its
    // own minimum the table can still be a few pixels short, and the bar then covered the
    // total.
    int height = 2 * m_budget->frameWidth() + header->sizeHint().height() + m_budget->horizontalScrollBar()->sizeHint().height();
    for (int row = 0; row < std::min(m_budget->rowCount(), 8); ++row)
        height += m_budget->rowHeight(row);
    m_budget->setMinimumSize(width, height);
}

void CampaignTimeline::refreshWarnings(const Campaign &c)
{
    m_warnings->clear();
    const Project &p = document()->project();
    for (const RuleFinding &f : runRules(p)) {
        if (!f.ruleId.startsWith(QLatin1String("campaign.")))
            continue;
        const bool ours = f.itemId == c.id || findById(c.actions, f.itemId);
        if (!ours)
            continue;
        auto *item = new QListWidgetItem(QStringLiteral("⚠ ") + f.message, m_warnings);
        item->setToolTip(f.explanation);
        item->setData(Qt::UserRole, f.itemId);
    }
    if (m_warnings->count() == 0)
        new QListWidgetItem(tr("✔ No campaign warnings"), m_warnings);
}

void CampaignTimeline::refreshActionDetails()
{
    const Campaign *c = campaign();
    const PlannedAction *a = c ? findById(c->actions, m_canvas->selectedActionId()) : nullptr;
    const bool wasUpdating = m_updating;
    m_updating = true;
    for (QWidget *w : std::initializer_list<QWidget *>{m_actionTitle, m_actionCost, m_actionPromotion, m_removeAction})
        w->setEnabled(a != nullptr);
    m_actionTitle->setText(a ? a->title : QString());
    m_actionCost->setDecimals(c ? currencyDecimals(c->currency.isEmpty() ? document()->project().currency : c->currency) : 2);
    m_actionCost->setValue(a ? a->cost : 0.0);
    m_actionPromotion->setChecked(a && a->promotion);
    m_updating = wasUpdating;
}

Id CampaignTimeline::addCampaign()
{
    Document *doc = document();
    if (!doc || doc->isReadOnly())
        return {};
    const Project &p = doc->project();
    Campaign c;
    c.id = newId();
    c.name = tr("New campaign");
    c.journeyId = findById(p.journeys, m_journeyId) ? m_journeyId : (p.journeys.isEmpty() ? Id() : p.journeys.first().id);
    const Journey *j = findById(p.journeys, c.journeyId);
    c.personaId = j && !j->personaIds.isEmpty() ? j->personaIds.first() : Id();
    c.start = isoDate(QDate::currentDate());
    c.end = isoDate(QDate::currentDate().addMonths(1).addDays(-1));
    c.currency = p.currency;
    if (j) {
        for (const Id &channelId : j->channelIds)
            c.budget.append({channelId, 0.0});
    }
    doc->undoStack()->push(omnimap::addCampaign(doc, c));
    setCampaign(c.id);
    return c.id;
}

Id CampaignTimeline::addAction(const Id &touchpointId)
{
    const Campaign *c = campaign();
    if (!c || touchpointId.isEmpty())
        return {};
    const Project &p = document()->project();
    const Journey *j = findById(p.journeys, c->journeyId);
    const Touchpoint *t = j ? findById(j->touchpoints, touchpointId) : nullptr;
    if (!t)
        return {};
    PlannedAction action;
    action.id = newId();
    action.touchpointId = t->id;
    action.channelId = t->channelId;
    action.title = t->title;
    action.promotion = t->promotion;
    const DateSpan span = campaignSpan(*c);
    const QDate start = span.isValid() ? span.start : QDate::currentDate();
    action.start = isoDate(start);
    action.end = isoDate(span.isValid() ? qMin(start.addDays(6), span.end) : start.addDays(6));
    commit([action](Campaign &campaign) { campaign.actions.append(action); }, tr("Add action"));
    m_canvas->setSelectedActionId(action.id);
    refreshActionDetails();
    return action.id;
}

} // namespace omnimap
