#include "handoffpage.h"

#include "document/commands/editplan.h"
#include "model/lookup.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace omnimap {

QString handoffKindName(HandoffKind kind)
{
    switch (kind) {
    case HandoffKind::Unspecified: return HandoffPage::tr("(not set)");
    case HandoffKind::QrCode: return HandoffPage::tr("QR code");
    case HandoffKind::Link: return HandoffPage::tr("Link or deep link");
    case HandoffKind::Push: return HandoffPage::tr("Push notification");
    case HandoffKind::Message: return HandoffPage::tr("Message (SMS, KakaoTalk, e-mail)");
    case HandoffKind::Staff: return HandoffPage::tr("Staff hand-over");
    case HandoffKind::Pickup: return HandoffPage::tr("Pickup or delivery");
    case HandoffKind::Other: return HandoffPage::tr("Other");
    }
    return {};
}

HandoffPage::HandoffPage(QWidget *parent)
    : InspectorSection(parent)
    , m_route(new QLabel(this))
    , m_label(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_experiment(new QPushButton(this))
{
    setObjectName(QStringLiteral("handoffPage"));
    auto *form = new QFormLayout(this);
    m_route->setWordWrap(true);
    m_route->setTextFormat(Qt::PlainText);
    form->addRow(tr("Hand-off"), m_route);
    m_label->setPlaceholderText(tr("e.g. QR scan, push deep link"));
    connect(m_label, &QLineEdit::editingFinished, this, [this] {
        const Journey *j = findById(project().journeys, m_journeyId);
        const Handoff *h = j ? findById(j->handoffs, m_itemId) : nullptr;
        if (h && m_label->text().trimmed() != h->label)
            push(HandoffEdit::label(m_document, m_journeyId, m_itemId, m_label->text().trimmed()));
    });
    form->addRow(tr("&Label"), m_label);
    for (int k = 0; k <= int(HandoffKind::Other); ++k)
        m_kind->addItem(handoffKindName(HandoffKind(k)), k);
    connect(m_kind, &QComboBox::activated, this, [this](int index) {
        push(HandoffEdit::kind(m_document, m_journeyId, m_itemId, HandoffKind(m_kind->itemData(index).toInt())));
    });
    form->addRow(tr("&Kind"), m_kind);
    connect(m_owner, &QComboBox::activated, this, [this](int index) {
        push(HandoffEdit::owner(m_document, m_journeyId, m_itemId, m_owner->itemData(index).toString()));
    });
    form->addRow(tr("&Owner"), m_owner);
    m_experiment->setObjectName(QStringLiteral("handoffExperiment"));
    connect(m_experiment, &QPushButton::clicked, this, &HandoffPage::experimentRequested);
    form->addRow(tr("A/B test"), m_experiment);
}

void HandoffPage::fill()
{
    const Journey *j = findById(project().journeys, m_journeyId);
    const Handoff *h = j ? findById(j->handoffs, m_itemId) : nullptr;
    setEnabled(h != nullptr);
    if (!h)
        return;
    const Touchpoint *from = findById(j->touchpoints, h->fromTouchpointId);
    const Touchpoint *to = findById(j->touchpoints, h->toTouchpointId);
    m_route->setText(QStringLiteral("%1 → %2").arg(from ? from->title : QStringLiteral("?"), to ? to->title : QStringLiteral("?")));
    if (m_label->text() != h->label)
        m_label->setText(h->label);
    m_kind->setCurrentIndex(m_kind->findData(int(h->kind)));
    fillDepartments(m_owner, h->ownerDepartmentId);
    // The name in the tooltip: the inspector is narrow.
    m_experiment->setText(h->experiment ? tr("Edit Experiment…") : tr("Add Experiment…"));
    m_experiment->setToolTip(h->experiment ? h->experiment->name : QString());
    m_experiment->setEnabled(h->experiment || !m_document->isReadOnly());
}

} // namespace omnimap
