#include "inspector.h"

#include "document/commands/editstage.h"
#include "document/commands/edittouchpoint.h"
#include "document/document.h"
#include "handoffpage.h"
#include "journeypage.h"
#include "model/enumnames.h"
#include "stageemotions.h"
#include "touchpointplanfields.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace omnimap {

namespace {

/// A plain-text field that reports when the user leaves it (one undo step per edit).
class NotesEdit final : public QPlainTextEdit
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

NotesEdit *notesEdit(QWidget *parent, std::function<void()> commit)
{
    auto *edit = new NotesEdit(parent);
    edit->onCommit = std::move(commit);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(80);
    return edit;
}

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList result;
    const QStringList raw = edit->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : raw)
        if (!line.trimmed().isEmpty())
            result.append(line.trimmed());
    return result;
}

void setText(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

} // namespace

QString Inspector::channelKindLabel(ChannelKind kind)
{
    // Words for the file's ids ("call_center", "kakao"), as a marketer names them.
    switch (kind) {
    case ChannelKind::Web: return tr("Website");
    case ChannelKind::App: return tr("Mobile app");
    case ChannelKind::Store: return tr("Store");
    case ChannelKind::Email: return tr("Email");
    case ChannelKind::Sms: return tr("Text message (SMS)");
    case ChannelKind::Kakao: return tr("KakaoTalk");
    case ChannelKind::Push: return tr("Push notification");
    case ChannelKind::Social: return tr("Social media");
    case ChannelKind::Ads: return tr("Advertising");
    case ChannelKind::CallCenter: return tr("Call center");
    case ChannelKind::Kiosk: return tr("Kiosk");
    case ChannelKind::Wearable: return tr("Wearable");
    case ChannelKind::Other: return tr("Other");
    }
    return {};
}

Inspector::Inspector(QWidget *parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_pages);
    layout->addStretch(); // fields stay together at the top instead of spreading out
    m_pages->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *empty = new QLabel(tr("Select a touchpoint, a stage or a channel lane to edit it here."), this);
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignTop);
    m_pages->addWidget(empty);
    m_pages->addWidget(buildTouchpointPage());
    m_pages->addWidget(buildStagePage());
    m_pages->addWidget(buildChannelPage());
    m_journeyPage = new JourneyPage(this);
    m_pages->addWidget(m_journeyPage);
    m_handoffPage = new HandoffPage(this);
    m_pages->addWidget(m_handoffPage);
    connect(m_handoffPage, &HandoffPage::experimentRequested, this, [this] { emit experimentRequested(m_journeyId, m_itemId); });
    setMinimumWidth(320);
}

QWidget *Inspector::buildTouchpointPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_title = new QLineEdit(page);
    connect(m_title, &QLineEdit::editingFinished, this, [this] {
        if (!m_updating && m_document)
            m_document->undoStack()->push(TouchpointEdit::title(m_document, m_journeyId, m_itemId, m_title->text()));
    });
    form->addRow(tr("&Title"), m_title);
    m_description = notesEdit(page, [this] {
        if (!m_updating && m_document)
            m_document->undoStack()->push(
                TouchpointEdit::description(m_document, m_journeyId, m_itemId, m_description->toPlainText()));
    });
    form->addRow(tr("&Description"), m_description);
    m_message = notesEdit(page, [this] {
        if (!m_updating && m_document)
            m_document->undoStack()->push(
                TouchpointEdit::message(m_document, m_journeyId, m_itemId, m_message->toPlainText()));
    });
    form->addRow(tr("Customer &message"), m_message);
    m_momentOfTruth = new QCheckBox(tr("Moment of truth"), page);
    connect(m_momentOfTruth, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_updating && m_document)
            m_document->undoStack()->push(TouchpointEdit::momentOfTruth(m_document, m_journeyId, m_itemId, on));
    });
    form->addRow(QString(), m_momentOfTruth);
    m_promotion = new QCheckBox(tr("Promotion"), page);
    connect(m_promotion, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_updating && m_document)
            m_document->undoStack()->push(TouchpointEdit::promotion(m_document, m_journeyId, m_itemId, on));
    });
    form->addRow(QString(), m_promotion);
    m_owner = new QComboBox(page);
    connect(m_owner, &QComboBox::activated, this, [this](int index) {
        if (!m_updating && m_document)
            m_document->undoStack()->push(
                TouchpointEdit::owner(m_document, m_journeyId, m_itemId, m_owner->itemData(index).toString()));
    });
    form->addRow(tr("&Owner"), m_owner);
    m_experiment = new QPushButton(page);
    m_experiment->setObjectName(QStringLiteral("inspectorExperiment"));
    connect(m_experiment, &QPushButton::clicked, this, [this] { emit experimentRequested(m_journeyId, m_itemId); });
    form->addRow(tr("A/B test"), m_experiment);
    m_touchpointPlan = new TouchpointPlanFields(page);
    form->addRow(m_touchpointPlan);
    return page;
}

QWidget *Inspector::buildStagePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_stageName = new QLineEdit(page);
    connect(m_stageName, &QLineEdit::editingFinished, this, [this] {
        if (!m_updating && m_document)
            m_document->undoStack()->push(StageEdit::rename(m_document, m_journeyId, m_itemId, m_stageName->text()));
    });
    form->addRow(tr("&Stage"), m_stageName);
    m_goal = new QLineEdit(page);
    connect(m_goal, &QLineEdit::editingFinished, this, [this] {
        if (!m_updating && m_document)
            m_document->undoStack()->push(StageEdit::goal(m_document, m_journeyId, m_itemId, m_goal->text()));
    });
    form->addRow(tr("&Goal"), m_goal);
    const QString labels[] = {tr("Actions"), tr("Thoughts"), tr("Pain points"), tr("Opportunities")};
    for (int i = 0; i < 4; ++i) {
        m_notes[i] = notesEdit(page, [this, i] {
            if (!m_updating && m_document)
                m_document->undoStack()->push(
                    StageEdit::notes(m_document, m_journeyId, m_itemId, NoteLane(i), lines(m_notes[i])));
        });
        m_notes[i]->setPlaceholderText(tr("One per line"));
        form->addRow(labels[i], m_notes[i]);
    }
    m_stageEmotions = new StageEmotions(page);
    form->addRow(m_stageEmotions);
    return page;
}

QWidget *Inspector::buildChannelPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_channelName = new QLineEdit(page);
    connect(m_channelName, &QLineEdit::editingFinished, this, [this] {
        if (!m_updating && m_document)
            m_document->undoStack()->push(ChannelEdit::rename(m_document, m_itemId, m_channelName->text()));
    });
    form->addRow(tr("&Channel"), m_channelName);
    m_channelKind = new QComboBox(page);
    for (int k = 0; k <= int(ChannelKind::Other); ++k)
        m_channelKind->addItem(channelKindLabel(ChannelKind(k)), k);
    connect(m_channelKind, &QComboBox::activated, this, [this](int index) {
        if (!m_updating && m_document)
            m_document->undoStack()->push(ChannelEdit::kind(m_document, m_itemId, ChannelKind(index)));
    });
    form->addRow(tr("&Kind"), m_channelKind);
    m_channelColor = new QPushButton(page);
    connect(m_channelColor, &QPushButton::clicked, this, [this] {
        const Channel *channel = findById(m_document->project().channels, m_itemId);
        const QColor color = QColorDialog::getColor(QColor(channel ? channel->color : QString()), this);
        if (color.isValid())
            m_document->undoStack()->push(ChannelEdit::recolour(m_document, m_itemId, color.name()));
    });
    form->addRow(tr("C&olour"), m_channelColor);
    m_channelOwner = new QComboBox(page);
    connect(m_channelOwner, &QComboBox::activated, this, [this](int index) {
        if (!m_updating && m_document && !m_document->isReadOnly())
            m_document->undoStack()->push(ChannelEdit::owner(m_document, m_itemId, m_channelOwner->itemData(index).toString()));
    });
    form->addRow(tr("O&wner"), m_channelOwner);
    m_channelDescription = notesEdit(page, [this] {
        const Channel *c = m_document ? findById(m_document->project().channels, m_itemId) : nullptr;
        if (!m_updating && c && c->description != m_channelDescription->toPlainText() && !m_document->isReadOnly())
            m_document->undoStack()->push(ChannelEdit::description(m_document, m_itemId, m_channelDescription->toPlainText()));
    });
    form->addRow(tr("Descri&ption"), m_channelDescription);
    return page;
}

void Inspector::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_itemId.clear();
    m_kind = ItemKind::Project;
    if (m_document)
        connect(m_document, &Document::changed, this, &Inspector::onChanged);
    refresh();
}

void Inspector::showSelection(const Id &journeyId, const QList<Id> &ids)
{
    m_journeyId = journeyId;
    m_itemId = ids.isEmpty() ? Id() : ids.first();
    m_kind = ItemKind::Project;
    if (m_document && !m_itemId.isEmpty()) {
        const Journey *j = findById(m_document->project().journeys, journeyId);
        if (j && findById(j->touchpoints, m_itemId))
            m_kind = ItemKind::Touchpoint;
        else if (j && findById(j->stages, m_itemId))
            m_kind = ItemKind::Stage;
        else if (findById(m_document->project().channels, m_itemId))
            m_kind = ItemKind::Channel;
        else if (j && findById(j->handoffs, m_itemId))
            m_kind = ItemKind::Handoff;
    } else if (m_document && findById(m_document->project().journeys, journeyId)) {
        m_kind = ItemKind::Journey; // nothing selected: the map's own properties
        m_itemId = journeyId;
    }
    refresh();
}

void Inspector::onChanged(const ChangeEvent &event)
{
    // Besides the item itself: owner lists, persona names, roles and the plan's currency
    // show in its fields too.
    static const QList<ItemKind> shared = {ItemKind::Department, ItemKind::Persona, ItemKind::ChannelRole,
                                           ItemKind::Project, ItemKind::Journey, ItemKind::Kpi};
    if (event.itemId == m_itemId || event.type == ChangeEvent::Type::Reset || shared.contains(event.kind)
        || (m_kind == ItemKind::Handoff && event.kind == ItemKind::Touchpoint))
        refresh();
}

void Inspector::refresh()
{
    m_updating = true;
    const Journey *j = m_document ? findById(m_document->project().journeys, m_journeyId) : nullptr;
    const Touchpoint *t = j && m_kind == ItemKind::Touchpoint ? findById(j->touchpoints, m_itemId) : nullptr;
    const Stage *s = j && m_kind == ItemKind::Stage ? findById(j->stages, m_itemId) : nullptr;
    const Channel *c = m_document && m_kind == ItemKind::Channel ? findById(m_document->project().channels, m_itemId)
                                                                 : nullptr;
    if (t) {
        m_pages->setCurrentIndex(1);
        if (m_title->text() != t->title)
            m_title->setText(t->title);
        setText(m_description, t->description);
        setText(m_message, t->message);
        m_momentOfTruth->setChecked(t->momentOfTruth);
        m_promotion->setChecked(t->promotion);
        m_owner->clear();
        m_owner->addItem(tr("(none)"), QString());
        for (const Department &d : m_document->project().departments)
            m_owner->addItem(d.name, d.id);
        m_owner->setCurrentIndex(std::max(0, m_owner->findData(t->ownerDepartmentId)));
        // The name in the tooltip: the inspector is narrow.
    m_experiment->setText(t->experiment ? tr("Edit Experiment…") : tr("Add Experiment…"));
    m_experiment->setToolTip(t->experiment ? t->experiment->name : QString());
        m_experiment->setEnabled(t->experiment || !m_document->isReadOnly());
        m_touchpointPlan->showItem(m_document, m_journeyId, m_itemId);
    } else if (s) {
        m_pages->setCurrentIndex(2);
        if (m_stageName->text() != s->name)
            m_stageName->setText(s->name);
        if (m_goal->text() != s->goal)
            m_goal->setText(s->goal);
        const QStringList *notes[] = {&s->actions, &s->thoughts, &s->painPoints, &s->opportunities};
        for (int i = 0; i < 4; ++i)
            setText(m_notes[i], notes[i]->join(QLatin1Char('\n')));
        m_stageEmotions->showItem(m_document, m_journeyId, m_itemId);
    } else if (c) {
        m_pages->setCurrentIndex(3);
        if (m_channelName->text() != c->name)
            m_channelName->setText(c->name);
        m_channelKind->setCurrentIndex(int(c->kind));
        m_channelColor->setText(c->color.isEmpty() ? tr("Choose…") : c->color);
        m_channelColor->setStyleSheet(c->color.isEmpty() ? QString()
                                                         : QStringLiteral("background:%1;color:white").arg(c->color));
        m_channelOwner->clear();
        m_channelOwner->addItem(tr("(none)"), QString());
        for (const Department &d : m_document->project().departments)
            m_channelOwner->addItem(d.name, d.id);
        m_channelOwner->setCurrentIndex(std::max(0, m_channelOwner->findData(c->ownerDepartmentId)));
        setText(m_channelDescription, c->description);
    } else if (m_document && m_kind == ItemKind::Journey && findById(m_document->project().journeys, m_journeyId)) {
        m_pages->setCurrentIndex(4);
        m_journeyPage->showItem(m_document, m_journeyId, m_journeyId);
    } else if (j && m_kind == ItemKind::Handoff && findById(j->handoffs, m_itemId)) {
        m_pages->setCurrentIndex(5);
        m_handoffPage->showItem(m_document, m_journeyId, m_itemId);
    } else {
        m_pages->setCurrentIndex(0);
    }
    m_updating = false;
}

} // namespace omnimap
