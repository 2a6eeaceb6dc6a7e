#include "scenariopanel.h"

#include "backgroundjob.h"
#include "insightsession.h"
#include "scenariocompareview.h"
#include "simadapter.h"

#include "document/document.h"
#include "document/insight/insightcommands.h"
#include "model/lookup.h"
#include "app/shell/appcontext.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace omnimap::insight {

QString modifierKindTitle(ModifierKind kind)
{
    switch (kind) {
    case ModifierKind::BudgetShift: return ScenarioPanel::tr("Move budget share");
    case ModifierKind::RemoveChannel: return ScenarioPanel::tr("Remove channel");
    case ModifierKind::ScaleEntry: return ScenarioPanel::tr("Scale entries via channel");
    case ModifierKind::ScaleTransition: return ScenarioPanel::tr("Scale moves channel → channel");
    case ModifierKind::SetConversion: return ScenarioPanel::tr("Set conversion rate after channel");
    case ModifierKind::ScaleConversion: return ScenarioPanel::tr("Scale conversion rate after channel");
    }
    return {};
}

namespace {

bool usesTarget(ModifierKind kind)
{
    return kind == ModifierKind::BudgetShift || kind == ModifierKind::ScaleTransition;
}

bool usesValue(ModifierKind kind)
{
    return kind != ModifierKind::RemoveChannel;
}

} // namespace

ScenarioPanel::ScenarioPanel(InsightSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_job(new BackgroundJob(this))
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_persona(new QComboBox(this))
    , m_modifiers(new QTableWidget(this))
    , m_customers(new QSpinBox(this))
    , m_run(new QPushButton(tr("Run"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_runState(new QLabel(this))
    , m_compareWith(new QComboBox(this))
    , m_compare(new ScenarioCompareView(this))
{
    setObjectName(QStringLiteral("insightScenarios"));
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("scenarioDescription"));
    // Left: the scenarios.
    auto *addButton = new QPushButton(tr("Add"), this);
    auto *removeButton = new QPushButton(tr("Delete"), this);
    connect(addButton, &QPushButton::clicked, this, [this] { addScenario(tr("New scenario")); });
    connect(removeButton, &QPushButton::clicked, this, [this] {
        Document *doc = m_session.document();
        if (const Scenario *s = current(); s && doc)
            doc->undoStack()->push(new AddRemoveScenarioCommand(doc, *s, true));
    });
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(new QLabel(tr("Scenarios"), this));
    leftLayout->addWidget(m_list, 1);
    auto *leftButtons = new QHBoxLayout;
    leftButtons->addWidget(addButton);
    leftButtons->addWidget(removeButton);
    leftLayout->addLayout(leftButtons);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (!m_rebuilding) {
            rebuildEditor();
            rebuildComparison();
        }
    });

    // Middle: the selected scenario's inputs.
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        Document *doc = m_session.document();
        const Scenario *s = current();
        if (doc && s && m_name->text() != s->name && !m_name->text().trimmed().isEmpty())
            doc->undoStack()->push(setScenarioNameCommand(doc, s->id, m_name->text().trimmed()));
    });
    connect(m_description, &QLineEdit::editingFinished, this, [this] {
        Document *doc = m_session.document();
        const Scenario *s = current();
        if (doc && s && m_description->text().trimmed() != s->description)
            doc->undoStack()->push(setScenarioDescriptionCommand(doc, s->id, m_description->text().trimmed()));
    });
    connect(m_persona, &QComboBox::activated, this, [this] {
        Document *doc = m_session.document();
        const Scenario *s = current();
        if (doc && s && m_persona->currentData().toString() != s->personaId)
            doc->undoStack()->push(setScenarioPersonaCommand(doc, s->id, m_persona->currentData().toString()));
    });
    m_modifiers->setColumnCount(4);
    m_modifiers->setHorizontalHeaderLabels({tr("Change"), tr("Channel"), tr("To / into channel"), tr("Value")});
    // Every column keeps room for its title (and, once changes are listed, for its widest
    // editor), so no header, channel name or value is cut off in a narrow editor: the
    // table scrolls sideways instead.
    QHeaderView *modifierHeader = m_modifiers->horizontalHeader();
    modifierHeader->setSectionResizeMode(QHeaderView::Interactive);
    for (int column = 1; column < m_modifiers->columnCount(); ++column) {
        const QString title = m_modifiers->horizontalHeaderItem(column)->text();
        modifierHeader->resizeSection(column, modifierHeader->fontMetrics().horizontalAdvance(title)
                                                  + 2 * style()->pixelMetric(QStyle::PM_HeaderMargin) + 12);
    }
    m_modifiers->verticalHeader()->setVisible(false);
    m_modifiers->setMinimumHeight(160);
    auto *addModifier = new QPushButton(tr("Add change"), this);
    auto *removeModifier = new QPushButton(tr("Remove change"), this);
    connect(addModifier, &QPushButton::clicked, this, [this] {
        const Scenario *s = current();
        Document *doc = m_session.document();
        if (!s || !doc)
            return;
        QList<ScenarioModifier> list = s->modifiers;
        ScenarioModifier m;
        m.kind = ModifierKind::BudgetShift;
        m.value = 0.2;
        const QList<Channel> &channels = doc->project().channels;
        if (!channels.isEmpty()) {
            m.channelId = channels.first().id;
            m.targetChannelId = channels.last().id;
        }
        list.append(m);
        pushModifiers(list, tr("Add scenario change"));
    });
    connect(removeModifier, &QPushButton::clicked, this, [this] {
        const Scenario *s = current();
        const int row = m_modifiers->currentRow();
        if (!s || row < 0 || row >= s->modifiers.size())
            return;
        QList<ScenarioModifier> list = s->modifiers;
        list.removeAt(row);
        pushModifiers(list, tr("Remove scenario change"));
    });
    m_customers->setRange(1000, 2000000);
    m_customers->setSingleStep(10000);
    m_customers->setValue(50000);
    m_customers->setSuffix(tr(" customers"));
    m_customers->setToolTip(tr("Simulated customers per run; more gives narrower intervals"));
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_run->setToolTip(tr("Simulate the baseline and this scenario (Ctrl+R)"));
    m_cancel->setEnabled(false);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    connect(m_run, &QPushButton::clicked, this, &ScenarioPanel::run);
    connect(m_cancel, &QPushButton::clicked, this, &ScenarioPanel::cancel);
    connect(m_job, &BackgroundJob::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(100 * done / total) : 0);
    });

    auto *middle = new QWidget(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    m_description->setPlaceholderText(tr("What this scenario tries, e.g. scale conversion after KakaoTalk ×1.5"));
    form->addRow(tr("Description"), m_description);
    form->addRow(tr("Persona"), m_persona);
    auto *modifierButtons = new QHBoxLayout;
    modifierButtons->addWidget(addModifier);
    modifierButtons->addWidget(removeModifier);
    modifierButtons->addStretch(1);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_customers);
    runRow->addWidget(m_run);
    runRow->addWidget(m_cancel);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->addLayout(form);
    middleLayout->addWidget(new QLabel(tr("What changes"), this));
    middleLayout->addWidget(m_modifiers, 1);
    middleLayout->addLayout(modifierButtons);
    middleLayout->addLayout(runRow);
    middleLayout->addWidget(m_progress);
    middleLayout->addWidget(m_runState);

    // Right: the comparison.
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    auto *compareRow = new QHBoxLayout;
    compareRow->addWidget(new QLabel(tr("Compare with"), this));
    compareRow->addWidget(m_compareWith, 1);
    rightLayout->addLayout(compareRow);
    rightLayout->addWidget(m_compare, 1);
    connect(m_compareWith, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_rebuilding)
            rebuildComparison();
    });

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(middle);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 4);
    // Proportions, not the panes' size hints: a long scenario name in the comparison
    // must not squeeze the editor of the changes.
    splitter->setSizes({160, 380, 460});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    auto follow = [this](Document *doc) {
        rebuildList();
        if (doc)
            connect(doc, &Document::changed, this, &ScenarioPanel::onChanged);
    };
    connect(&m_session.context(), &AppContext::documentReplaced, this, follow);
    connect(&m_session, &InsightSession::dataSetChanged, this, &ScenarioPanel::rebuildComparison);
    follow(m_session.document());
}

ScenarioPanel::~ScenarioPanel()
{
    m_job->cancel();
    m_job->wait();
}

const Scenario *ScenarioPanel::current() const
{
    Document *doc = m_session.document();
    if (!doc || !m_list->currentItem())
        return nullptr;
    return findById(doc->project().scenarios, m_list->currentItem()->data(Qt::UserRole).toString());
}

Id ScenarioPanel::currentScenarioId() const
{
    const Scenario *s = current();
    return s ? s->id : Id();
}

void ScenarioPanel::selectScenario(const Id &scenarioId)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == scenarioId)
            m_list->setCurrentRow(i);
    }
}

Id ScenarioPanel::addScenario(const QString &name)
{
    Document *doc = m_session.document();
    if (!doc)
        return {};
    Scenario s;
    s.id = newId();
    s.name = name;
    s.journeyId = m_session.context().currentJourneyId();
    if (s.journeyId.isEmpty() && !doc->project().journeys.isEmpty())
        s.journeyId = doc->project().journeys.first().id;
    doc->undoStack()->push(new AddRemoveScenarioCommand(doc, s, false));
    selectScenario(s.id);
    return s.id;
}

void ScenarioPanel::setCustomers(int customers)
{
    m_customers->setValue(customers);
}

void ScenarioPanel::setCompareWith(const Id &scenarioIdOrEmpty)
{
    m_compareWith->setCurrentIndex(std::max(0, m_compareWith->findData(scenarioIdOrEmpty)));
}

void ScenarioPanel::onChanged(const ChangeEvent &event)
{
    if (event.type == ChangeEvent::Type::Reset) {
        rebuildList();
        return;
    }
    if (event.kind == ItemKind::Scenario) {
        if (event.type != ChangeEvent::Type::Changed || event.property == QLatin1String("name"))
            rebuildList();
        else if (event.itemId == currentScenarioId() && event.property != QLatin1String("result"))
            scheduleEditorRebuild();
        rebuildComparison();
    } else if (event.kind == ItemKind::Channel || event.kind == ItemKind::Persona) {
        scheduleEditorRebuild();
    }
}

void ScenarioPanel::scheduleEditorRebuild()
{
    // The edit may come from a cell editor still inside its own signal: rebuild (and so
    // delete that editor) once control is back in the event loop.
    if (m_editorRebuildPending)
        return;
    m_editorRebuildPending = true;
    QMetaObject::invokeMethod(this, [this] {
        m_editorRebuildPending = false;
        rebuildEditor();
    }, Qt::QueuedConnection);
}

void ScenarioPanel::rebuildList()
{
    Document *doc = m_session.document();
    const Id selected = currentScenarioId();
    m_rebuilding = true;
    m_list->clear();
    const Id compare = m_compareWith->currentData().toString();
    m_compareWith->clear();
    m_compareWith->addItem(tr("Baseline (no changes)"), QString());
    if (doc) {
        for (const Scenario &s : doc->project().scenarios) {
            auto *item = new QListWidgetItem(s.name, m_list);
            item->setData(Qt::UserRole, s.id);
            m_compareWith->addItem(s.name, s.id);
        }
    }
    m_compareWith->setCurrentIndex(std::max(0, m_compareWith->findData(compare)));
    m_rebuilding = false;
    selectScenario(selected);
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    rebuildEditor();
    rebuildComparison();
}

void ScenarioPanel::pushModifiers(const QList<ScenarioModifier> &modifiers, const QString &text)
{
    Document *doc = m_session.document();
    const Scenario *s = current();
    if (doc && s && !m_rebuilding)
        doc->undoStack()->push(setScenarioModifiersCommand(doc, s->id, modifiers, text));
}

void ScenarioPanel::rebuildEditor()
{
    Document *doc = m_session.document();
    const Scenario *s = current();
    m_rebuilding = true;
    m_name->setEnabled(s);
    m_description->setEnabled(s);
    if (m_description->text() != (s ? s->description : QString()))
        m_description->setText(s ? s->description : QString());
    m_persona->setEnabled(s);
    m_modifiers->setEnabled(s);
    m_run->setEnabled(s && !m_job->isRunning());
    m_name->setText(s ? s->name : QString());
    m_persona->clear();
    m_persona->addItem(tr("All customers"), QString());
    if (doc) {
        for (const Persona &p : doc->project().personas)
            m_persona->addItem(p.name, p.id);
    }
    m_persona->setCurrentIndex(s ? std::max(0, m_persona->findData(s->personaId)) : 0);
    m_modifiers->setRowCount(s ? int(s->modifiers.size()) : 0);
    if (s && doc) {
        const QList<Channel> &channels = doc->project().channels;
        const Id scenarioId = s->id;
        for (int row = 0; row < s->modifiers.size(); ++row) {
            const ScenarioModifier &m = s->modifiers.at(row);
            // Each editor writes one field of one modifier through an undo command.
            auto edit = [this, scenarioId, row](auto change, const QString &text) {
                Document *d = m_session.document();
                const Scenario *sc = d ? findById(d->project().scenarios, scenarioId) : nullptr;
                if (!sc || row >= sc->modifiers.size())
                    return;
                QList<ScenarioModifier> list = sc->modifiers;
                change(list[row]);
                pushModifiers(list, text);
            };
            auto *kind = new QComboBox;
            for (ModifierKind k : {ModifierKind::BudgetShift, ModifierKind::RemoveChannel, ModifierKind::ScaleEntry,
                                   ModifierKind::ScaleTransition, ModifierKind::SetConversion, ModifierKind::ScaleConversion})
                kind->addItem(modifierKindTitle(k), int(k));
            kind->setCurrentIndex(kind->findData(int(m.kind)));
            connect(kind, &QComboBox::activated, this, [kind, edit] {
                const auto k = ModifierKind(kind->currentData().toInt());
                edit([k](ScenarioModifier &x) { x.kind = k; }, tr("Change scenario change kind"));
            });
            auto channelCombo = [&](const Id &selected, bool allowNone) {
                auto *combo = new QComboBox;
                if (allowNone)
                    combo->addItem(tr("—"), QString());
                for (const Channel &c : channels)
                    combo->addItem(c.name, c.id);
                combo->setCurrentIndex(std::max(0, combo->findData(selected)));
                return combo;
            };
            auto *channel = channelCombo(m.channelId, false);
            connect(channel, &QComboBox::activated, this, [channel, edit] {
                const Id id = channel->currentData().toString();
                edit([id](ScenarioModifier &x) { x.channelId = id; }, tr("Change scenario channel"));
            });
            auto *target = channelCombo(m.targetChannelId, true);
            target->setEnabled(usesTarget(m.kind));
            connect(target, &QComboBox::activated, this, [target, edit] {
                const Id id = target->currentData().toString();
                edit([id](ScenarioModifier &x) { x.targetChannelId = id; }, tr("Change scenario target channel"));
            });
            auto *value = new QDoubleSpinBox;
            const bool share = m.kind == ModifierKind::BudgetShift || m.kind == ModifierKind::SetConversion;
            value->setRange(0.0, share ? 100.0 : 10.0);
            value->setDecimals(share ? 0 : 2);
            value->setSingleStep(share ? 5.0 : 0.1);
            value->setSuffix(share ? QStringLiteral(" %") : QStringLiteral(" ×"));
            value->setValue(share ? 100.0 * m.value : m.value);
            value->setEnabled(usesValue(m.kind));
            value->setKeyboardTracking(false);
            connect(value, &QDoubleSpinBox::valueChanged, this, [share, edit](double v) {
                const double stored = share ? v / 100.0 : v;
                edit([stored](ScenarioModifier &x) { x.value = stored; }, tr("Change scenario value"));
            });
            m_modifiers->setCellWidget(row, 0, kind);
            m_modifiers->setCellWidget(row, 1, channel);
            m_modifiers->setCellWidget(row, 2, target);
            m_modifiers->setCellWidget(row, 3, value);
        }
        QHeaderView *header = m_modifiers->horizontalHeader();
        for (int column = 0; column < m_modifiers->columnCount(); ++column) {
            int width = header->sectionSize(column);
            for (int row = 0; row < m_modifiers->rowCount(); ++row)
                if (const QWidget *editor = m_modifiers->cellWidget(row, column))
                    width = std::max(width, editor->sizeHint().width());
            header->resizeSection(column, width);
        }
    }
    m_rebuilding = false;
}

bool ScenarioPanel::run()
{
    Document *doc = m_session.document();
    const Scenario *s = current();
    if (!doc || !s || m_job->isRunning())
        return false;
    ScenarioRunInput input;
    input.dataSetPath = m_session.hasDataSet() ? m_session.dataSetPath() : QString();
    input.password = m_session.warehousePassword();
    input.project = doc->project(); // a snapshot: the user keeps editing meanwhile
    input.scenario = *s;
    input.journeyId = s->journeyId.isEmpty() && !doc->project().journeys.isEmpty() ? doc->project().journeys.first().id : s->journeyId;
    input.customers = m_customers->value();
    auto output = std::make_shared<ScenarioRunOutput>();
    const Id scenarioId = s->id;
    disconnect(m_job, &BackgroundJob::finished, this, nullptr);
    connect(m_job, &BackgroundJob::finished, this, [this, output, scenarioId] { finishRun(*output, scenarioId); });
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setValue(0);
    m_runState->setText(tr("Simulating %1 customers twice (baseline and scenario)…").arg(QLocale().toString(input.customers)));
    m_job->start([output, input](BackgroundJob &job) {
        *output = runScenario(input, [&job](int percent) { job.reportProgress(percent, 100); }, job.cancelFlag());
    });
    return true;
}

void ScenarioPanel::cancel()
{
    m_job->cancel();
    m_runState->setText(tr("Cancelling…"));
}

void ScenarioPanel::finishRun(const ScenarioRunOutput &output, const Id &scenarioId)
{
    m_cancel->setEnabled(false);
    m_run->setEnabled(current());
    m_progress->setValue(output.ok ? 100 : 0);
    if (output.cancelled) {
        m_runState->setText(tr("Cancelled; the stored result was kept."));
        return;
    }
    if (!output.ok) {
        m_runState->setText(tr("Simulation failed: %1").arg(output.error));
        return;
    }
    m_runState->setText(output.record.scenario.source == QLatin1String("data")
                            ? tr("Done: calibrated on the data set.")
                            : tr("Done: from the plan's structure (not enough journeys in the data for this persona)."));
    if (!output.record.scenario.warnings.isEmpty())
        m_runState->setText(m_runState->text() + QLatin1Char('\n') + output.record.scenario.warnings.join(QLatin1Char('\n')));
    Document *doc = m_session.document();
    if (doc && findById(doc->project().scenarios, scenarioId)) {
        doc->undoStack()->push(setScenarioResultCommand(doc, scenarioId, output.record.toJson()));
        emit resultStored(scenarioId);
    }
}

void ScenarioPanel::rebuildComparison()
{
    Document *doc = m_session.document();
    const Scenario *s = current();
    if (!doc || !s) {
        m_compare->clear(tr("Add a scenario: for example, move 20 % of the ads budget to Kakao."));
        return;
    }
    const ScenarioRecord record = ScenarioRecord::fromJson(s->result);
    if (record.isEmpty()) {
        m_compare->clear(tr("Not run yet. Press Run (Ctrl+R) to simulate it."));
        return;
    }
    QStringList reasons;
    if (m_session.isStale(record))
        reasons.append(tr("This result was computed on other data than the open data set; run it again."));
    if (record.inputs != modifiersToJson(s->modifiers) || record.personaId != s->personaId)
        reasons.append(tr("The scenario's changes were edited after this result; run it again."));
    const Id otherId = m_compareWith->currentData().toString();
    const Scenario *other = otherId.isEmpty() || otherId == s->id ? nullptr : findById(doc->project().scenarios, otherId);
    if (other) {
        const ScenarioRecord otherRecord = ScenarioRecord::fromJson(other->result);
        if (otherRecord.isEmpty()) {
            m_compare->clear(tr("\"%1\" has not been run yet.").arg(other->name));
            return;
        }
        if (m_session.isStale(otherRecord))
            reasons.append(tr("\"%1\" was computed on other data; run it again.").arg(other->name));
        m_compare->setRuns(otherRecord.scenario, other->name, record.scenario, s->name, reasons.join(QLatin1Char(' ')));
    } else {
        m_compare->setRuns(record.baseline, tr("Baseline"), record.scenario, s->name, reasons.join(QLatin1Char(' ')));
    }
}

} // namespace omnimap::insight
