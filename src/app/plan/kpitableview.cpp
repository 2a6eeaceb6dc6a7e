#include "kpitableview.h"

#include "app/shell/appcontext.h"

#include "choicedelegate.h"
#include "keyhandler.h"
#include "document/commands/plan/plancommands.h"
#include "document/document.h"
#include "kpihistorydialog.h"
#include "kpitablemodel.h"
#include "model/lookup.h"
#include "plan/kpilibrary.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace omnimap {

KpiTableView::KpiTableView(Document *document, QWidget *parent)
    : DocumentView(parent)
{
    build();
    setDocument(document);
}

KpiTableView::KpiTableView(AppContext &context, QWidget *parent)
    : DocumentView(parent)
{
    build();
    followContext(context);
}

void KpiTableView::build()
{
    m_model = new KpiTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    auto *library = new QToolButton(this);
    library->setText(tr("Add from &library"));
    library->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(library);
    for (const KpiLibraryEntry &entry : kpiLibrary()) {
        QAction *action = menu->addAction(kpiLibraryName(entry));
        action->setToolTip(kpiLibraryDescription(entry));
        const QString key = QLatin1String(entry.key);
        connect(action, &QAction::triggered, this, [this, key] { addKpi(key); });
    }
    menu->setToolTipsVisible(true);
    library->setMenu(menu);
    auto *custom = new QPushButton(tr("Add &custom KPI"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    auto *binding = new QPushButton(tr("Data &binding…"), this);
    auto *record = new QPushButton(tr("Record &measurement…"), this);
    record->setObjectName(QStringLiteral("recordMeasurement"));
    record->setToolTip(tr("Store a measured value with its date and a note in the plan, so the plan keeps its own history"));
    auto *history = new QPushButton(tr("&History…"), this);
    history->setObjectName(QStringLiteral("measurementHistory"));
    history->setToolTip(tr("The KPI's recorded measurements: edit or delete a record"));
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter KPIs (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);

    auto *top = new QHBoxLayout;
    top->addWidget(library);
    top->addWidget(custom);
    top->addWidget(remove);
    top->addWidget(binding);
    top->addWidget(record);
    top->addWidget(history);
    top->addStretch();
    top->addWidget(m_filter, 1);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new ChoiceDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // model order until the user sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->verticalHeader()->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    // A KPI added or renamed widens the columns it no longer fits (never narrows what the
    // user set): sized once for the empty table, "Conversion rate" showed as "Con… rate".
    const auto widen = [this] {
        for (int column = 0; column < m_proxy->columnCount(); ++column) {
            const int before = m_table->columnWidth(column);
            m_table->resizeColumnToContents(column);
            const int fitted = std::min(m_table->columnWidth(column), m_table->fontMetrics().averageCharWidth() * 40);
            m_table->setColumnWidth(column, std::max(before, fitted));
        }
    };
    const auto widenSoon = [this, widen] { QTimer::singleShot(0, this, widen); }; // once the view has the rows
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, widenSoon);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, widenSoon);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, widenSoon);

    connect(m_filter, &QLineEdit::textChanged, this, &KpiTableView::setFilterText);
    connect(custom, &QPushButton::clicked, this, [this] { addKpi(); });
    connect(remove, &QPushButton::clicked, this, &KpiTableView::removeSelected);
    connect(binding, &QPushButton::clicked, this, &KpiTableView::editBindingOfSelected);
    connect(record, &QPushButton::clicked, this, &KpiTableView::recordMeasurementOfSelected);
    connect(history, &QPushButton::clicked, this, &KpiTableView::showHistoryOfSelected);
    // Right-click on a KPI: the same verbs as the buttons.
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *recordAction = new QAction(tr("Record measurement…"), m_table);
    recordAction->setObjectName(QStringLiteral("recordMeasurementAction"));
    connect(recordAction, &QAction::triggered, this, &KpiTableView::recordMeasurementOfSelected);
    auto *historyAction = new QAction(tr("Measurement history…"), m_table);
    historyAction->setObjectName(QStringLiteral("measurementHistoryAction"));
    connect(historyAction, &QAction::triggered, this, &KpiTableView::showHistoryOfSelected);
    auto *bindingAction = new QAction(tr("Data binding…"), m_table);
    connect(bindingAction, &QAction::triggered, this, &KpiTableView::editBindingOfSelected);
    m_table->addActions({recordAction, historyAction, bindingAction});

    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] { m_filter->setFocus(); m_filter->selectAll(); });
    KeyHandler::install(m_table, [this](QKeyEvent *event) {
        if (event->key() == Qt::Key_Insert) {
            addKpi();
            return true;
        }
        if (event->matches(QKeySequence::Delete)) {
            removeSelected();
            return true;
        }
        return false;
    });
    auto *bind = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_B), this);
    connect(bind, &QShortcut::activated, this, &KpiTableView::editBindingOfSelected);
}

void KpiTableView::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    m_proxy->setFilterFixedString(text);
}

void KpiTableView::documentReset()
{
    m_model->setDocument(document());
    m_table->resizeColumnsToContents();
}

void KpiTableView::documentChanged(const ChangeEvent &event)
{
    if (event.kind == ItemKind::Kpi && event.type == ChangeEvent::Type::Changed) {
        m_model->refreshKpi(event.itemId);
        return;
    }
    switch (event.kind) {
    case ItemKind::Kpi:
    case ItemKind::Journey:
    case ItemKind::Stage:
    case ItemKind::Channel:
    case ItemKind::Department:
    case ItemKind::Project: {
        const Id selected = selectedKpiId();
        m_model->reload();
        select(selected);
        break;
    }
    default:
        break;
    }
}

void KpiTableView::currentJourneyChanged(const Id &journeyId)
{
    m_journeyId = journeyId;
}

Id KpiTableView::selectedKpiId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(ItemIdRole).toString() : Id();
}

void KpiTableView::select(const Id &kpiId)
{
    const int row = m_model->rowOf(kpiId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, KpiTableModel::Name));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

Id KpiTableView::addKpi(const QString &libraryKey)
{
    Document *doc = document();
    if (!doc || doc->isReadOnly())
        return {};
    Kpi kpi;
    if (const KpiLibraryEntry *entry = findKpiLibraryEntry(libraryKey)) {
        kpi = makeKpiFromLibrary(*entry, doc->project().currency, m_journeyId);
    } else {
        kpi.id = newId();
        kpi.name = tr("New KPI");
        kpi.journeyId = m_journeyId;
    }
    if (!m_journeyId.isEmpty() && !findById(doc->project().journeys, m_journeyId))
        kpi.journeyId.clear();
    doc->undoStack()->push(omnimap::addKpi(doc, kpi));
    select(kpi.id);
    return kpi.id;
}

void KpiTableView::removeSelected()
{
    const Id id = selectedKpiId();
    if (document() && !id.isEmpty() && !document()->isReadOnly())
        document()->undoStack()->push(removeKpi(document(), id));
}

void KpiTableView::editBindingOfSelected()
{
    Document *doc = document();
    const Kpi *kpi = doc ? findById(doc->project().kpis, selectedKpiId()) : nullptr;
    if (!kpi || doc->isReadOnly() || !m_bindingEditor)
        return;
    const DataSetVocabulary vocabulary = context() ? context()->dataSetVocabulary() : DataSetVocabulary{};
    const auto edited = m_bindingEditor(doc->project(), *kpi, vocabulary, this);
    if (!edited)
        return;
    Kpi changed = *kpi;
    changed.binding = *edited;
    doc->undoStack()->push(changeKpi(doc, changed, tr("Change KPI binding")));
}

void KpiTableView::recordMeasurementOfSelected()
{
    Document *doc = document();
    const Kpi *kpi = doc ? findById(doc->project().kpis, selectedKpiId()) : nullptr;
    if (!kpi || doc->isReadOnly() || !m_measurementEditor)
        return;
    const Id kpiId = kpi->id;
    const std::optional<KpiMeasurement> measurement = m_measurementEditor(*kpi, newMeasurementFor(*kpi), this);
    if (!measurement)
        return;
    doc->undoStack()->push(recordMeasurement(doc, kpiId, *measurement));
}

void KpiTableView::showHistoryOfSelected()
{
    Document *doc = document();
    const Kpi *kpi = doc ? findById(doc->project().kpis, selectedKpiId()) : nullptr;
    if (!kpi)
        return;
    KpiHistoryDialog dialog(doc, kpi->id, m_measurementEditor, this);
    if (m_historyShown)
        m_historyShown(&dialog);
    else
        dialog.exec();
}

} // namespace omnimap
