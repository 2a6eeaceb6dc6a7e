#include "departmentsdialog.h"

#include "ui_departmentsdialog.h"

#include "app/merge/replaceprojectcommand.h"

#include "document/commands/editplan.h"
#include "document/document.h"
#include "model/lookup.h"

#include <QColorDialog>
#include <QPushButton>
#include <QPixmap>

namespace omnimap {

QStringList departmentHoldings(const Project &p, const Id &id)
{
    QStringList lines;
    if (id.isEmpty())
        return lines;
    auto add = [&lines](const QString &what, const QString &name) {
        lines << DepartmentsDialog::tr("%1: %2").arg(what, name);
    };
    for (const Channel &c : p.channels)
        if (c.ownerDepartmentId == id)
            add(DepartmentsDialog::tr("Channel"), c.name);
    for (const Persona &x : p.personas)
        if (x.ownerDepartmentId == id)
            add(DepartmentsDialog::tr("Persona"), x.name);
    for (const Journey &j : p.journeys) {
        if (j.ownerDepartmentId == id)
            add(DepartmentsDialog::tr("Journey"), j.name);
        for (const Touchpoint &t : j.touchpoints)
            if (t.ownerDepartmentId == id)
                add(DepartmentsDialog::tr("Touchpoint"), t.title);
        for (const Handoff &h : j.handoffs)
            if (h.ownerDepartmentId == id)
                add(DepartmentsDialog::tr("Hand-off"), h.label.isEmpty() ? DepartmentsDialog::tr("(no label)") : h.label);
        for (const ChannelRole &r : j.roles) {
            if (r.ownerDepartmentId != id)
                continue;
            const Stage *s = findById(j.stages, r.stageId);
            const Channel *c = findById(p.channels, r.channelId);
            add(DepartmentsDialog::tr("Role"), QStringLiteral("%1 × %2").arg(s ? s->name : QString(), c ? c->name : QString()));
        }
    }
    for (const Kpi &k : p.kpis)
        if (k.ownerDepartmentId == id)
            add(DepartmentsDialog::tr("KPI"), k.name);
    for (const Campaign &c : p.campaigns)
        if (c.ownerDepartmentId == id)
            add(DepartmentsDialog::tr("Campaign"), c.name);
    return lines;
}

DepartmentsDialog::DepartmentsDialog(Document *document, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::DepartmentsDialog>())
    , m_document(document)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("departmentsDialog"));
    // Enter in the name field commits the name and nothing else: without this the first
    // push button (the colour's) became the dialog's default and Enter opened the picker.
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);
    pickColour = [this](const QColor &initial) { return QColorDialog::getColor(initial, this, tr("Department colour")); };
    connect(m_ui->list, &QListWidget::currentRowChanged, this, &DepartmentsDialog::showCurrent);
    connect(m_ui->add, &QPushButton::clicked, this, &DepartmentsDialog::addDepartment);
    connect(m_ui->remove, &QPushButton::clicked, this, &DepartmentsDialog::removeDepartment);
    connect(m_ui->colour, &QPushButton::clicked, this, &DepartmentsDialog::chooseColour);
    connect(m_ui->name, &QLineEdit::editingFinished, this, [this] {
        const Id id = currentDepartmentId();
        const Department *d = findById(m_document->project().departments, id);
        const QString name = m_ui->name->text().trimmed();
        if (!m_updating && d && !name.isEmpty() && name != d->name && !m_document->isReadOnly())
            m_document->undoStack()->push(DepartmentEdit::rename(m_document, id, name));
    });
    connect(m_document, &Document::changed, this, &DepartmentsDialog::onChanged);
    fill();
}

DepartmentsDialog::~DepartmentsDialog() = default;

Id DepartmentsDialog::currentDepartmentId() const
{
    const QListWidgetItem *item = m_ui->list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : Id();
}

void DepartmentsDialog::selectDepartment(const Id &id)
{
    for (int i = 0; i < m_ui->list->count(); ++i) {
        if (m_ui->list->item(i)->data(Qt::UserRole).toString() == id)
            m_ui->list->setCurrentRow(i);
    }
}

void DepartmentsDialog::fill()
{
    const Id current = currentDepartmentId();
    m_updating = true;
    m_ui->list->clear();
    for (const Department &d : m_document->project().departments) {
        QPixmap swatch(14, 14);
        swatch.fill(d.color.isEmpty() ? QColor(Qt::transparent) : QColor::fromString(d.color));
        auto *item = new QListWidgetItem(QIcon(swatch), d.name, m_ui->list);
        item->setData(Qt::UserRole, d.id);
    }
    m_updating = false;
    selectDepartment(current);
    if (!m_ui->list->currentItem() && m_ui->list->count() > 0)
        m_ui->list->setCurrentRow(0);
    showCurrent();
}

void DepartmentsDialog::showCurrent()
{
    if (m_updating)
        return;
    m_updating = true;
    const Department *d = findById(m_document->project().departments, currentDepartmentId());
    const bool editable = d && !m_document->isReadOnly();
    m_ui->name->setEnabled(editable);
    m_ui->colour->setEnabled(editable);
    m_ui->remove->setEnabled(editable);
    m_ui->add->setEnabled(!m_document->isReadOnly());
    if (m_ui->name->text() != (d ? d->name : QString()))
        m_ui->name->setText(d ? d->name : QString());
    m_ui->colour->setText(d && !d->color.isEmpty() ? d->color.toUpper() : tr("Choose…"));
    m_ui->owns->clear();
    const QStringList holdings = d ? departmentHoldings(m_document->project(), d->id) : QStringList();
    m_ui->owns->addItems(holdings.isEmpty() && d ? QStringList{tr("(nothing yet)")} : holdings);
    m_updating = false;
}

void DepartmentsDialog::onChanged(const ChangeEvent &event)
{
    if (event.kind == ItemKind::Department || event.type == ChangeEvent::Type::Reset)
        fill();
    else
        showCurrent(); // an owner may have changed elsewhere
}

Id DepartmentsDialog::addDepartment()
{
    if (m_document->isReadOnly())
        return {};
    Department d;
    d.id = newId();
    d.name = tr("Department %1").arg(m_document->project().departments.size() + 1);
    m_document->undoStack()->push(DepartmentEdit::add(m_document, d));
    selectDepartment(d.id);
    m_ui->name->setFocus();
    m_ui->name->selectAll();
    return d.id;
}

Project withoutDepartment(Project p, const Id &id)
{
    const auto clear = [&id](Id &owner) {
        if (owner == id)
            owner.clear();
    };
    const qsizetype at = indexOfId(p.departments, id);
    if (at >= 0)
        p.departments.removeAt(at);
    for (Channel &c : p.channels)
        clear(c.ownerDepartmentId);
    for (Persona &x : p.personas)
        clear(x.ownerDepartmentId);
    for (Journey &j : p.journeys) {
        clear(j.ownerDepartmentId);
        for (Touchpoint &t : j.touchpoints)
            clear(t.ownerDepartmentId);
        for (Handoff &h : j.handoffs)
            clear(h.ownerDepartmentId);
        for (ChannelRole &r : j.roles)
            clear(r.ownerDepartmentId);
    }
    for (Kpi &k : p.kpis)
        clear(k.ownerDepartmentId);
    for (Campaign &c : p.campaigns)
        clear(c.ownerDepartmentId);
    return p;
}

void DepartmentsDialog::removeDepartment()
{
    const Id id = currentDepartmentId();
    if (id.isEmpty() || m_document->isReadOnly())
        return;
    if (departmentHoldings(m_document->project(), id).isEmpty()) {
        m_document->undoStack()->push(DepartmentEdit::remove(m_document, id));
        return;
    }
    // What it owned becomes unowned in the same step, so no reference dangles.
    m_document->undoStack()->push(new ReplaceProjectCommand(m_document, withoutDepartment(m_document->project(), id),
                                                            tr("Remove department")));
}

void DepartmentsDialog::chooseColour()
{
    const Id id = currentDepartmentId();
    const Department *d = findById(m_document->project().departments, id);
    if (!d || m_document->isReadOnly())
        return;
    const QColor colour = pickColour(QColor::fromString(d->color));
    if (colour.isValid() && colour.name() != d->color)
        m_document->undoStack()->push(DepartmentEdit::recolour(m_document, id, colour.name()));
}

} // namespace omnimap
