#include "rolematrixeditor.h"

#include "choicedelegate.h"
#include "keyhandler.h"
#include "document/commands/plan/plancommands.h"
#include "document/document.h"
#include "model/lookup.h"
#include "plan/rolesuggestions.h"
#include "rolematrixmodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace omnimap {

RoleMatrixEditor::RoleMatrixEditor(Document *document, QWidget *parent)
    : DocumentView(parent)
{
    build();
    setDocument(document);
}

RoleMatrixEditor::RoleMatrixEditor(AppContext &context, QWidget *parent)
    : DocumentView(parent)
{
    build();
    followContext(context);
}

void RoleMatrixEditor::build()
{
    m_model = new RoleMatrixModel(this);
    m_journeys = new QComboBox(this);
    m_journeys->setAccessibleName(tr("Journey"));
    m_suggest = new QPushButton(tr("Apply &suggestions"), this);
    m_suggest->setToolTip(tr("Fill the cells you have not set with the roles channels usually play: social and ads for "
                             "awareness, web and app for consideration and purchase, the store for the experience, "
                             "e-mail, push and Kakao for retention, the call centre for service."));

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Journey:"), this));
    top->addWidget(m_journeys, 1);
    top->addWidget(m_suggest);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ChoiceDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(110);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setMinimumSectionSize(48);

    m_cellLabel = new QLabel(this);
    m_purpose = new QLineEdit(this);
    m_purpose->setObjectName(QStringLiteral("purpose"));
    m_purpose->setPlaceholderText(tr("What the channel does at this stage"));
    m_owner = new QComboBox(this);
    auto *details = new QFormLayout;
    details->addRow(m_cellLabel);
    details->addRow(tr("&Purpose:"), m_purpose);
    details->addRow(tr("&Owner:"), m_owner);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(details);

    connect(m_journeys, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setJourney(document(), m_journeys->currentData().toString()); updateDetails(); });
    connect(m_suggest, &QPushButton::clicked, this, [this] { applySuggestions(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { updateDetails(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { updateDetails(); });
    connect(m_purpose, &QLineEdit::editingFinished, this, [this] { commitDetails(); });
    connect(m_owner, &QComboBox::activated, this, [this] { commitDetails(); });

    KeyHandler::install(m_table, [this](QKeyEvent *event) {
        if (event->key() == Qt::Key_Space && event->modifiers() == Qt::NoModifier) {
            cycleSelectedLevel();
            return true;
        }
        if (event->key() == Qt::Key_F2) {
            m_purpose->setFocus();
            m_purpose->selectAll();
            return true;
        }
        return false;
    });
}

void RoleMatrixEditor::fillJourneys()
{
    const Id previous = m_journeys->currentData().toString();
    const QSignalBlocker blocker(m_journeys);
    m_journeys->clear();
    if (document()) {
        for (const Journey &j : document()->project().journeys)
            m_journeys->addItem(j.name, j.id);
    }
    const int at = m_journeys->findData(previous);
    m_journeys->setCurrentIndex(at >= 0 ? at : 0);
}

void RoleMatrixEditor::documentReset()
{
    fillJourneys();
    m_owner->clear();
    m_owner->addItem(tr("(no owner)"), QString());
    if (document()) {
        for (const Department &d : document()->project().departments)
            m_owner->addItem(d.name, d.id);
    }
    m_model->setJourney(document(), m_journeys->currentData().toString());
    m_suggest->setEnabled(document() && m_journeys->count() > 0);
}

void RoleMatrixEditor::documentChanged(const ChangeEvent &event)
{
    switch (event.kind) {
    case ItemKind::ChannelRole:
    case ItemKind::Stage:
    case ItemKind::Channel: {
        const QModelIndex current = m_table->currentIndex();
        m_model->reload();
        if (current.isValid())
            m_table->setCurrentIndex(m_model->index(current.row(), current.column()));
        break;
    }
    case ItemKind::Journey:
        if (event.type == ChangeEvent::Type::Changed && event.itemId == journeyId()) {
            m_model->reload();
            break;
        }
        documentReset();
        break;
    case ItemKind::Project:
    case ItemKind::Department:
        if (event.type == ChangeEvent::Type::Reset || event.kind == ItemKind::Department)
            documentReset();
        break;
    default:
        break;
    }
}

void RoleMatrixEditor::currentJourneyChanged(const Id &id)
{
    setJourney(id);
}

void RoleMatrixEditor::setJourney(const Id &id)
{
    const int at = m_journeys->findData(id);
    if (at >= 0)
        m_journeys->setCurrentIndex(at);
}

Id RoleMatrixEditor::journeyId() const
{
    return m_model->journeyId();
}

int RoleMatrixEditor::applySuggestions()
{
    Document *doc = document();
    const Journey *journey = doc ? findById(doc->project().journeys, journeyId()) : nullptr;
    if (!journey || doc->isReadOnly())
        return 0;
    const QList<ChannelRole> roles = rolesWithSuggestions(doc->project(), *journey);
    int changedCells = 0;
    for (const ChannelRole &role : roles) {
        const ChannelRole *before = findRole(*journey, role.stageId, role.channelId);
        if (!before || before->level != role.level || before->purpose != role.purpose)
            ++changedCells;
    }
    if (changedCells > 0)
        doc->undoStack()->push(setJourneyRoles(doc, journeyId(), roles, tr("Apply role suggestions")));
    return changedCells;
}

void RoleMatrixEditor::cycleSelectedLevel()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    const int next = (index.data(RoleMatrixModel::LevelRole).toInt() + 1) % 3;
    m_model->setData(index, next, RoleMatrixModel::LevelRole);
}

void RoleMatrixEditor::updateDetails()
{
    const QModelIndex index = m_table->currentIndex();
    m_updating = true;
    const bool valid = index.isValid();
    m_purpose->setEnabled(valid);
    m_owner->setEnabled(valid);
    if (valid) {
        m_cellLabel->setText(tr("%1 at “%2”")
                                 .arg(m_model->headerData(index.row(), Qt::Vertical, Qt::DisplayRole).toString(),
                                      m_model->headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString()));
        m_purpose->setText(index.data(RoleMatrixModel::PurposeRole).toString());
        m_owner->setCurrentIndex(qMax(0, m_owner->findData(index.data(RoleMatrixModel::OwnerRole))));
    } else {
        m_cellLabel->setText(tr("Select a cell to set its purpose and owner."));
        m_purpose->clear();
        m_owner->setCurrentIndex(0);
    }
    m_updating = false;
}

void RoleMatrixEditor::commitDetails()
{
    const QModelIndex index = m_table->currentIndex();
    if (m_updating || !index.isValid())
        return;
    m_model->setData(index, m_purpose->text(), RoleMatrixModel::PurposeRole);
    m_model->setData(m_model->index(index.row(), index.column()), m_owner->currentData(), RoleMatrixModel::OwnerRole);
}

} // namespace omnimap
