#include "experimenteditor.h"

#include "ui_experimenteditor.h"

#include "document/commands/editexperiment.h"
#include "document/document.h"
#include "model/lookup.h"
#include "plan/experimentplan.h"

#include <QHeaderView>
#include <QListWidget>
#include <QLocale>
#include <QTableWidget>

#include <algorithm>
#include <cmath>

namespace omnimap {

namespace {

enum Column { LabelColumn, DescriptionColumn, SplitColumn };

QString placeName(const Project &project, const Id &journeyId, const Id &itemId)
{
    const Journey *j = findById(project.journeys, journeyId);
    if (!j)
        return {};
    if (const Touchpoint *t = findById(j->touchpoints, itemId))
        return ExperimentEditor::tr("touchpoint “%1”").arg(t->title);
    if (const Handoff *h = findById(j->handoffs, itemId)) {
        const Touchpoint *from = findById(j->touchpoints, h->fromTouchpointId);
        const Touchpoint *to = findById(j->touchpoints, h->toTouchpointId);
        QString route = QStringLiteral("%1 → %2").arg(from ? from->title : QStringLiteral("?"), to ? to->title : QStringLiteral("?"));
        if (!h->label.isEmpty())
            route += QStringLiteral(" (%1)").arg(h->label);
        return ExperimentEditor::tr("hand-off %1").arg(route);
    }
    return {};
}

} // namespace

QList<double> evenSplit(int count)
{
    QList<double> shares;
    if (count <= 0)
        return shares;
    const double each = std::floor(10000.0 / count) / 100.0;
    double used = 0.0;
    for (int i = 0; i + 1 < count; ++i) {
        shares.append(each);
        used += each;
    }
    shares.append(std::round((100.0 - used) * 100.0) / 100.0);
    return shares;
}

ExperimentEditor::ExperimentEditor(Document *document, const Id &journeyId, const Id &itemId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExperimentEditor>())
    , m_document(document)
    , m_journeyId(journeyId)
    , m_itemId(itemId)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("experimentEditor"));
    m_ui->variants->horizontalHeader()->setStretchLastSection(false);
    m_ui->variants->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::ResizeToContents);
    m_ui->variants->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    m_ui->variants->horizontalHeader()->setSectionResizeMode(SplitColumn, QHeaderView::ResizeToContents);
    m_ui->variants->verticalHeader()->setVisible(false);
    m_ui->variants->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->variants->setSelectionMode(QAbstractItemView::SingleSelection);

    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_ui->name, &QLineEdit::editingFinished, this, [this] {
        if (const Experiment *x = experiment()) {
            Experiment changed = *x;
            changed.name = m_ui->name->text().trimmed();
            commit(changed);
        }
    });
    connect(m_ui->hypothesis, &QLineEdit::editingFinished, this, [this] {
        if (const Experiment *x = experiment()) {
            Experiment changed = *x;
            changed.hypothesis = m_ui->hypothesis->text().trimmed();
            commit(changed);
        }
    });
    connect(m_ui->variants, &QTableWidget::cellChanged, this, &ExperimentEditor::editVariantCell);
    connect(m_ui->addVariant, &QPushButton::clicked, this, &ExperimentEditor::addVariant);
    connect(m_ui->removeVariant, &QPushButton::clicked, this, &ExperimentEditor::removeVariant);
    connect(m_ui->evenSplit, &QPushButton::clicked, this, &ExperimentEditor::splitEvenly);
    connect(m_ui->primaryKpi, &QComboBox::activated, this, [this](int index) {
        if (const Experiment *x = experiment()) {
            Experiment changed = *x;
            changed.primaryKpiId = m_ui->primaryKpi->itemData(index).toString();
            commit(changed);
        }
    });
    connect(m_ui->guardrails, &QListWidget::itemChanged, this, &ExperimentEditor::editGuardrails);
    // Spin boxes: a run of arrow clicks on one field is one undo step.
    auto design = [this](double Experiment::*field, double scale, int mergeField) {
        return [this, field, scale, mergeField](double value) {
            if (const Experiment *x = experiment()) {
                Experiment changed = *x;
                changed.*field = value / scale;
                commit(changed, mergeField);
            }
        };
    };
    connect(m_ui->mde, &QDoubleSpinBox::valueChanged, this, design(&Experiment::minimumDetectableEffect, 100.0, 0));
    connect(m_ui->alpha, &QDoubleSpinBox::valueChanged, this, design(&Experiment::alpha, 1.0, 1));
    connect(m_ui->power, &QDoubleSpinBox::valueChanged, this, design(&Experiment::power, 1.0, 2));
    auto date = [this](QString Experiment::*field, QLineEdit *edit) {
        return [this, field, edit] {
            if (const Experiment *x = experiment()) {
                Experiment changed = *x;
                changed.*field = edit->text().trimmed();
                commit(changed);
            }
        };
    };
    connect(m_ui->start, &QLineEdit::editingFinished, this, date(&Experiment::start, m_ui->start));
    connect(m_ui->end, &QLineEdit::editingFinished, this, date(&Experiment::end, m_ui->end));
    connect(m_ui->removeExperiment, &QPushButton::clicked, this, [this] {
        if (experiment() && !m_document->isReadOnly())
            m_document->undoStack()->push(ExperimentEdit::remove(m_document, m_journeyId, m_itemId));
    });
    connect(m_ui->showResults, &QPushButton::clicked, this, [this] {
        if (const Experiment *x = experiment())
            emit resultsRequested(x->id);
    });
    connect(m_document, &Document::changed, this, &ExperimentEditor::onChanged);
    m_ui->plan->setText(tr("Open a data set to see how long this test needs at current traffic."));
    fill();
}

ExperimentEditor::~ExperimentEditor()
{
    // The fields are destroyed after this class's part, by QWidget's destructor; a field
    // losing the focus then emits editingFinished, which must not reach (and commit from)
    // this half-destroyed editor: calling into it then is undefined (UBSan's vptr check).
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        disconnect(child, nullptr, this, nullptr);
}

const Experiment *ExperimentEditor::experiment() const
{
    if (!m_document)
        return nullptr;
    const Journey *j = findById(m_document->project().journeys, m_journeyId);
    if (!j)
        return nullptr;
    if (const Touchpoint *t = findById(j->touchpoints, m_itemId))
        return t->experiment ? &*t->experiment : nullptr;
    if (const Handoff *h = findById(j->handoffs, m_itemId))
        return h->experiment ? &*h->experiment : nullptr;
    return nullptr;
}

void ExperimentEditor::setPlanText(const QString &text)
{
    m_ui->plan->setText(text);
}

QString ExperimentEditor::planText() const
{
    return m_ui->plan->text();
}

void ExperimentEditor::onChanged(const ChangeEvent &event)
{
    if (event.itemId == m_itemId || event.type == ChangeEvent::Type::Reset || event.kind == ItemKind::Kpi
        || event.kind == ItemKind::Journey)
        fill();
}

void ExperimentEditor::commit(const Experiment &changed, int mergeField)
{
    const Experiment *current = experiment();
    if (m_updating || !current || *current == changed)
        return;
    if (m_document->isReadOnly()) {
        fill(); // show the document's value again
        return;
    }
    m_document->undoStack()->push(ExperimentEdit::edit(m_document, m_journeyId, m_itemId, changed, mergeField));
}

void ExperimentEditor::fill()
{
    const Experiment *x = experiment();
    if (!x) {
        // Removed (or its item deleted), here or by an undo: nothing left to edit.
        close();
        return;
    }
    m_updating = true;
    const Project &project = m_document->project();
    const QLocale locale;
    setWindowTitle(tr("Experiment “%1”").arg(x->name));
    if (m_ui->name->text() != x->name)
        m_ui->name->setText(x->name);
    m_ui->place->setText(placeName(project, m_journeyId, m_itemId));
    if (m_ui->hypothesis->text() != x->hypothesis)
        m_ui->hypothesis->setText(x->hypothesis);

    const int currentRow = m_ui->variants->currentRow();
    m_ui->variants->setRowCount(int(x->variants.size()));
    for (int r = 0; r < x->variants.size(); ++r) {
        const ExperimentVariant &v = x->variants.at(r);
        const QString cells[] = {v.label, v.description, locale.toString(v.splitPercent, 'g', 6)};
        for (int c = 0; c < 3; ++c) {
            QTableWidgetItem *item = m_ui->variants->item(r, c);
            if (!item) {
                item = new QTableWidgetItem;
                m_ui->variants->setItem(r, c, item);
            }
            item->setText(cells[c]);
            if (c == SplitColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
        m_ui->variants->item(r, LabelColumn)->setToolTip(r == 0 ? tr("The control: the others are compared with it.") : QString());
    }
    if (currentRow >= 0 && currentRow < m_ui->variants->rowCount())
        m_ui->variants->setCurrentCell(currentRow, 0);
    m_ui->removeVariant->setEnabled(!x->variants.isEmpty());

    m_ui->primaryKpi->clear();
    m_ui->primaryKpi->addItem(tr("(choose a KPI)"), QString());
    m_ui->guardrails->clear();
    for (const Kpi &kpi : project.kpis) {
        const bool bound = kpi.binding && !kpi.binding->numeratorEventType.trimmed().isEmpty();
        m_ui->primaryKpi->addItem(bound ? kpi.name : tr("%1 (no data binding)").arg(kpi.name), kpi.id);
        auto *item = new QListWidgetItem(bound ? kpi.name : tr("%1 (no data binding)").arg(kpi.name), m_ui->guardrails);
        item->setData(Qt::UserRole, kpi.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(x->guardrailKpiIds.contains(kpi.id) ? Qt::Checked : Qt::Unchecked);
    }
    const int primary = m_ui->primaryKpi->findData(x->primaryKpiId);
    if (primary < 0 && !x->primaryKpiId.isEmpty()) // a KPI since deleted: say so, keep the id
        m_ui->primaryKpi->addItem(tr("(deleted KPI)"), x->primaryKpiId);
    m_ui->primaryKpi->setCurrentIndex(std::max(0, m_ui->primaryKpi->findData(x->primaryKpiId)));

    m_ui->mde->setValue(x->minimumDetectableEffect * 100.0);
    m_ui->alpha->setValue(x->alpha);
    m_ui->power->setValue(x->power);
    if (m_ui->start->text() != x->start)
        m_ui->start->setText(x->start);
    if (m_ui->end->text() != x->end)
        m_ui->end->setText(x->end);

    m_problems = experimentDesignProblems(project, *x);
    QStringList lines;
    for (const QString &problem : m_problems)
        lines << QStringLiteral("• ") + problem;
    m_ui->problems->setText(m_problems.isEmpty() ? tr("The design is complete: the test can be planned and read.")
                                                 : lines.join(QLatin1Char('\n')));
    m_ui->problems->setStyleSheet(m_problems.isEmpty() ? QStringLiteral("color: palette(text)")
                                                       : QStringLiteral("color: #b91c1c"));
    const bool editable = !m_document->isReadOnly();
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->name, m_ui->hypothesis, m_ui->variants, m_ui->addVariant,
                                                       m_ui->removeVariant, m_ui->evenSplit, m_ui->primaryKpi,
                                                       m_ui->guardrails, m_ui->mde, m_ui->alpha, m_ui->power, m_ui->start,
                                                       m_ui->end, m_ui->removeExperiment})
        w->setEnabled(editable);
    m_updating = false;
}

void ExperimentEditor::editVariantCell(int row, int column)
{
    const Experiment *x = experiment();
    if (m_updating || !x || row < 0 || row >= x->variants.size())
        return;
    Experiment changed = *x;
    ExperimentVariant &v = changed.variants[row];
    const QString text = m_ui->variants->item(row, column)->text().trimmed();
    if (column == LabelColumn) {
        v.label = text;
    } else if (column == DescriptionColumn) {
        v.description = text;
    } else {
        bool ok = false;
        QString number = text;
        number.remove(QLatin1Char('%'));
        double value = QLocale().toDouble(number.trimmed(), &ok);
        if (!ok)
            value = number.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(value) || value < 0.0 || value > 100.0) {
            fill(); // not a share: show the stored one again
            return;
        }
        v.splitPercent = value;
    }
    commit(changed);
    if (const Experiment *now = experiment(); now && *now != changed)
        fill();
}

void ExperimentEditor::addVariant()
{
    const Experiment *x = experiment();
    if (!x)
        return;
    Experiment changed = *x;
    ExperimentVariant v;
    v.id = newId();
    // The next free letter: A, B, C…
    for (char c = 'A'; c <= 'Z'; ++c) {
        const QString label = QString(QLatin1Char(c));
        if (std::none_of(changed.variants.cbegin(), changed.variants.cend(), [&](const ExperimentVariant &o) {
                return o.label.compare(label, Qt::CaseInsensitive) == 0;
            })) {
            v.label = label;
            break;
        }
    }
    changed.variants.append(v);
    const QList<double> shares = evenSplit(int(changed.variants.size()));
    for (int i = 0; i < changed.variants.size(); ++i)
        changed.variants[i].splitPercent = shares.at(i);
    commit(changed);
    m_ui->variants->setCurrentCell(int(changed.variants.size()) - 1, LabelColumn);
}

void ExperimentEditor::removeVariant()
{
    const Experiment *x = experiment();
    const int row = m_ui->variants->currentRow();
    if (!x || row < 0 || row >= x->variants.size())
        return;
    Experiment changed = *x;
    changed.variants.removeAt(row); // the others keep their shares: the form says if they no longer add up
    commit(changed);
}

void ExperimentEditor::splitEvenly()
{
    const Experiment *x = experiment();
    if (!x)
        return;
    Experiment changed = *x;
    const QList<double> shares = evenSplit(int(changed.variants.size()));
    for (int i = 0; i < changed.variants.size(); ++i)
        changed.variants[i].splitPercent = shares.at(i);
    commit(changed);
}

void ExperimentEditor::editGuardrails()
{
    const Experiment *x = experiment();
    if (m_updating || !x)
        return;
    Experiment changed = *x;
    changed.guardrailKpiIds.clear();
    for (int i = 0; i < m_ui->guardrails->count(); ++i) {
        const QListWidgetItem *item = m_ui->guardrails->item(i);
        if (item->checkState() == Qt::Checked)
            changed.guardrailKpiIds.append(item->data(Qt::UserRole).toString());
    }
    commit(changed);
}

} // namespace omnimap
