#include "kpihistorydialog.h"

#include "document/commands/plan/plancommands.h"
#include "document/document.h"
#include "model/lookup.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace omnimap {

KpiHistoryDialog::KpiHistoryDialog(Document *document, const Id &kpiId, KpiMeasurementEditor editor, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_kpiId(kpiId)
    , m_editor(std::move(editor))
    , m_table(new QTableWidget(0, 4, this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_record(new QPushButton(tr("&Record…"), this))
{
    setObjectName(QStringLiteral("kpiHistoryDialog"));
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Value"), tr("Note"), tr("Source")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *editAction = new QAction(tr("Edit…"), m_table);
    auto *deleteAction = new QAction(tr("Delete"), m_table);
    m_table->addActions({editAction, deleteAction});
    m_edit->setObjectName(QStringLiteral("editMeasurement"));
    m_delete->setObjectName(QStringLiteral("deleteMeasurement"));
    m_record->setObjectName(QStringLiteral("recordMeasurement"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_record);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    resize(640, 360);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_record, &QPushButton::clicked, this, &KpiHistoryDialog::recordNew);
    connect(m_edit, &QPushButton::clicked, this, &KpiHistoryDialog::editSelected);
    connect(editAction, &QAction::triggered, this, &KpiHistoryDialog::editSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &KpiHistoryDialog::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &KpiHistoryDialog::deleteSelected);
    connect(deleteAction, &QAction::triggered, this, &KpiHistoryDialog::deleteSelected);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] {
        const bool any = !selectedMeasurementId().isEmpty() && m_document && !m_document->isReadOnly();
        m_edit->setEnabled(any);
        m_delete->setEnabled(any);
    });
    if (m_document) {
        connect(m_document, &Document::changed, this, [this](const ChangeEvent &e) {
            if (e.kind == ItemKind::Kpi || e.type == ChangeEvent::Type::Reset)
                reload();
        });
    }
    reload();
}

const Kpi *KpiHistoryDialog::kpi() const
{
    return m_document ? findById(m_document->project().kpis, m_kpiId) : nullptr;
}

void KpiHistoryDialog::reload()
{
    const Id selected = selectedMeasurementId();
    const Kpi *k = kpi();
    if (!k) { // removed (or undone) while the dialog was open
        m_table->setRowCount(0);
        setWindowTitle(tr("Recorded measurements"));
        m_record->setEnabled(false);
        m_edit->setEnabled(false);
        m_delete->setEnabled(false);
        return;
    }
    setWindowTitle(tr("Recorded measurements of “%1”").arg(k->name));
    const QLocale locale;
    m_table->setRowCount(int(k->measurements.size()));
    for (int row = 0; row < k->measurements.size(); ++row) {
        const KpiMeasurement &m = k->measurements.at(row);
        const QString date = m.periodStart.isEmpty() ? m.date : tr("%1 … %2").arg(m.periodStart, m.date);
        const QStringList cells{date, locale.toString(m.actual, 'g', 10), m.note, m.source};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, m.id);
            if (column == 1)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_record->setEnabled(!m_document->isReadOnly());
    selectMeasurement(selected);
    const bool any = !selectedMeasurementId().isEmpty() && !m_document->isReadOnly();
    m_edit->setEnabled(any);
    m_delete->setEnabled(any);
}

Id KpiHistoryDialog::selectedMeasurementId() const
{
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), 0);
    return item ? item->data(Qt::UserRole).toString() : Id();
}

void KpiHistoryDialog::selectMeasurement(const Id &measurementId)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(Qt::UserRole).toString() == measurementId) {
            m_table->setCurrentCell(row, 0);
            return;
        }
    }
}

void KpiHistoryDialog::recordNew()
{
    const Kpi *k = kpi();
    if (!k || m_document->isReadOnly() || !m_editor)
        return;
    const Id kpiId = m_kpiId;
    const std::optional<KpiMeasurement> m = m_editor(*k, newMeasurementFor(*k), this);
    if (!m || !m_document)
        return;
    m_document->undoStack()->push(recordMeasurement(m_document, kpiId, *m));
    selectMeasurement(m->id);
}

void KpiHistoryDialog::editSelected()
{
    const Kpi *k = kpi();
    const Id id = selectedMeasurementId();
    if (!k || id.isEmpty() || m_document->isReadOnly() || !m_editor)
        return;
    const KpiMeasurement *current = findById(k->measurements, id);
    if (!current)
        return;
    const Id kpiId = m_kpiId;
    const std::optional<KpiMeasurement> m = m_editor(*k, *current, this);
    if (!m || !m_document)
        return;
    m_document->undoStack()->push(changeMeasurement(m_document, kpiId, *m));
    selectMeasurement(m->id);
}

void KpiHistoryDialog::deleteSelected()
{
    const Id id = selectedMeasurementId();
    if (!kpi() || id.isEmpty() || m_document->isReadOnly())
        return;
    m_document->undoStack()->push(removeMeasurement(m_document, m_kpiId, id));
}

} // namespace omnimap
