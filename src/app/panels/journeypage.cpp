#include "journeypage.h"

#include "document/commands/editplan.h"
#include "model/lookup.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace omnimap {

namespace {

constexpr int MaxPersonasOnMap = 5; // MapMetrics::MaxPersonas: more would not be drawn

/// A plain-text field that commits when the user leaves it (one undo step per edit).
class CommitOnLeave final : public QPlainTextEdit
{
public:
    std::function<void()> onCommit;
    using QPlainTextEdit::QPlainTextEdit;

protected:
    void focusOutEvent(QFocusEvent *event) override
    {
        QPlainTextEdit::focusOutEvent(event);
        if (onCommit)
            onCommit();
    }
};

} // namespace

JourneyPage::JourneyPage(QWidget *parent)
    : InspectorSection(parent)
    , m_name(new QLineEdit(this))
    , m_description(new CommitOnLeave(this))
    , m_owner(new QComboBox(this))
    , m_personas(new QListWidget(this))
    , m_up(new QPushButton(tr("Up"), this))
    , m_down(new QPushButton(tr("Down"), this))
{
    setObjectName(QStringLiteral("journeyPage"));
    auto *form = new QFormLayout(this);
    auto *heading = new QLabel(tr("<b>Journey</b> — click a card, stage or lane to edit it instead."), this);
    heading->setWordWrap(true);
    form->addRow(heading);
    form->addRow(tr("&Name"), m_name);
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        const QString name = m_name->text().trimmed();
        const Journey *j = findById(project().journeys, m_journeyId);
        if (j && !name.isEmpty() && name != j->name)
            push(JourneyEdit::rename(m_document, m_journeyId, name));
    });
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(80);
    static_cast<CommitOnLeave *>(m_description)->onCommit = [this] {
        const Journey *j = m_document ? findById(project().journeys, m_journeyId) : nullptr;
        if (j && m_description->toPlainText() != j->description)
            push(JourneyEdit::description(m_document, m_journeyId, m_description->toPlainText()));
    };
    form->addRow(tr("&Description"), m_description);
    connect(m_owner, &QComboBox::activated, this,
            [this](int index) { push(JourneyEdit::owner(m_document, m_journeyId, m_owner->itemData(index).toString())); });
    form->addRow(tr("&Owner"), m_owner);

    auto *personas = new QWidget(this);
    auto *column = new QVBoxLayout(personas);
    column->setContentsMargins(0, 0, 0, 0);
    m_personas->setMaximumHeight(130);
    m_personas->setToolTip(tr("Checked personas are drawn on the map, top first (at most five)."));
    column->addWidget(m_personas);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch();
    column->addLayout(buttons);
    form->addRow(tr("&Personas on the map"), personas);
    // Queued: the command's change refills this list, which must not happen inside
    // the list's own signal.
    connect(m_personas, &QListWidget::itemChanged, this, [this] {
        if (!m_updating)
            QMetaObject::invokeMethod(this, &JourneyPage::commitPersonas, Qt::QueuedConnection);
    });
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrentPersona(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrentPersona(+1); });
}

void JourneyPage::fill()
{
    const Journey *j = findById(project().journeys, m_journeyId);
    setEnabled(j != nullptr);
    if (!j)
        return;
    if (m_name->text() != j->name)
        m_name->setText(j->name);
    if (m_description->toPlainText() != j->description)
        m_description->setPlainText(j->description);
    fillDepartments(m_owner, j->ownerDepartmentId);
    // Drawn personas first in their order, then the rest of the plan's personas.
    const int row = m_personas->currentRow();
    m_personas->clear();
    IdList order = j->personaIds;
    for (const Persona &p : project().personas)
        if (!order.contains(p.id))
            order << p.id;
    for (const Id &id : std::as_const(order)) {
        const Persona *p = findById(project().personas, id);
        if (!p)
            continue;
        auto *item = new QListWidgetItem(p->name, m_personas);
        item->setData(Qt::UserRole, p->id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(j->personaIds.contains(p->id) ? Qt::Checked : Qt::Unchecked);
    }
    m_personas->setCurrentRow(std::min(row, m_personas->count() - 1));
}

void JourneyPage::commitPersonas()
{
    if (!editing())
        return;
    IdList ids;
    for (int i = 0; i < m_personas->count(); ++i) {
        const QListWidgetItem *item = m_personas->item(i);
        if (item->checkState() == Qt::Checked && ids.size() < MaxPersonasOnMap)
            ids << item->data(Qt::UserRole).toString();
    }
    const Journey *j = findById(project().journeys, m_journeyId);
    if (j && ids != j->personaIds)
        push(JourneyEdit::personas(m_document, m_journeyId, ids));
    else
        refresh(); // a sixth check is refused: show the list as it is
}

void JourneyPage::moveCurrentPersona(int delta)
{
    const int row = m_personas->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_personas->count())
        return;
    m_updating = true;
    m_personas->insertItem(to, m_personas->takeItem(row));
    m_personas->setCurrentRow(to);
    m_updating = false;
    commitPersonas();
}

} // namespace omnimap
