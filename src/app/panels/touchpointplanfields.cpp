#include "touchpointplanfields.h"

#include "document/commands/edittouchpoint.h"
#include "document/commands/plan/plancommands.h"
#include "model/lookup.h"
#include "plan/money.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

namespace omnimap {

namespace {

class LinesEdit final : public QPlainTextEdit
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

QStringList nonEmptyLines(const QString &text)
{
    QStringList result;
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            result << line.trimmed();
    return result;
}

} // namespace

QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags << tag;
    }
    return tags;
}

TouchpointPlanFields::TouchpointPlanFields(QWidget *parent)
    : InspectorSection(parent)
    , m_role(new QComboBox(this))
    , m_purpose(new QLineEdit(this))
    , m_cost(new QDoubleSpinBox(this))
    , m_assets(new LinesEdit(this))
    , m_tags(new QLineEdit(this))
    , m_kpis(new QListWidget(this))
{
    setObjectName(QStringLiteral("touchpointPlanFields"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_role->addItem(tr("None"), int(RoleLevel::None));
    m_role->addItem(tr("Supporting"), int(RoleLevel::Supporting));
    m_role->addItem(tr("Primary"), int(RoleLevel::Primary));
    m_role->setToolTip(tr("What this channel does at this stage (the role matrix's cell)"));
    connect(m_role, &QComboBox::activated, this, [this] { commitRole(); });
    form->addRow(tr("Channel &role here"), m_role);
    m_purpose->setPlaceholderText(tr("e.g. the store gives the experience"));
    connect(m_purpose, &QLineEdit::editingFinished, this, [this] { commitRole(); });
    form->addRow(tr("P&urpose"), m_purpose);

    m_cost->setRange(0, 1e15);
    m_cost->setSpecialValueText(tr("(not set)"));
    m_cost->setKeyboardTracking(false);
    m_cost->setGroupSeparatorShown(true);
    connect(m_cost, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        const Touchpoint *t = touchpoint();
        const std::optional<double> cost = value > 0 ? std::optional<double>(value) : std::nullopt;
        if (t && cost != t->cost)
            push(TouchpointEdit::cost(m_document, m_journeyId, m_itemId, cost));
    });
    form->addRow(tr("Co&st"), m_cost);

    m_assets->setTabChangesFocus(true);
    m_assets->setMaximumHeight(70);
    m_assets->setPlaceholderText(tr("Creative, copy, screens… one per line"));
    static_cast<LinesEdit *>(m_assets)->onCommit = [this] {
        const Touchpoint *t = m_document ? touchpoint() : nullptr;
        const QStringList assets = nonEmptyLines(m_assets->toPlainText());
        if (t && assets != t->assets)
            push(TouchpointEdit::assets(m_document, m_journeyId, m_itemId, assets));
    };
    form->addRow(tr("&Assets"), m_assets);
    m_tags->setPlaceholderText(tr("Comma-separated"));
    connect(m_tags, &QLineEdit::editingFinished, this, [this] {
        const Touchpoint *t = touchpoint();
        const QStringList tags = splitTags(m_tags->text());
        if (t && tags != t->tags)
            push(TouchpointEdit::tags(m_document, m_journeyId, m_itemId, tags));
    });
    form->addRow(tr("Ta&gs"), m_tags);
    m_kpis->setMaximumHeight(90);
    m_kpis->setToolTip(tr("Check the KPIs that measure this touchpoint"));
    // Queued: the command's change refills this list, not to be done inside its signal.
    connect(m_kpis, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_updating)
            return;
        const Id kpiId = item->data(Qt::UserRole).toString();
        const bool on = item->checkState() == Qt::Checked;
        QMetaObject::invokeMethod(this, [this, kpiId, on] { commitKpi(kpiId, on); }, Qt::QueuedConnection);
    });
    form->addRow(tr("Measured &by"), m_kpis);
}

void TouchpointPlanFields::commitKpi(const Id &kpiId, bool measures)
{
    const Kpi *kpi = m_document ? findById(project().kpis, kpiId) : nullptr;
    if (!kpi || !touchpoint() || kpi->touchpointIds.contains(m_itemId) == measures)
        return;
    Kpi changed = *kpi;
    if (measures)
        changed.touchpointIds << m_itemId;
    else
        changed.touchpointIds.removeAll(m_itemId);
    push(changeKpi(m_document, changed, measures ? tr("Measure touchpoint by KPI") : tr("Stop measuring touchpoint by KPI")));
}

const Touchpoint *TouchpointPlanFields::touchpoint() const
{
    const Journey *j = m_document ? findById(project().journeys, m_journeyId) : nullptr;
    return j ? findById(j->touchpoints, m_itemId) : nullptr;
}

void TouchpointPlanFields::commitRole()
{
    const Journey *j = m_document ? findById(project().journeys, m_journeyId) : nullptr;
    const Touchpoint *t = touchpoint();
    if (!t || !editing())
        return;
    const ChannelRole *current = nullptr;
    for (const ChannelRole &r : j->roles)
        if (r.stageId == t->stageId && r.channelId == t->channelId)
            current = &r;
    const auto level = RoleLevel(m_role->currentData().toInt());
    const QString purpose = m_purpose->text().trimmed();
    if (current ? (current->level == level && current->purpose == purpose)
                : (level == RoleLevel::None && purpose.isEmpty()))
        return;
    push(setChannelRole(m_document, m_journeyId, t->stageId, t->channelId, level, purpose,
                        current ? current->ownerDepartmentId : Id()));
}

void TouchpointPlanFields::fill()
{
    const Journey *j = findById(project().journeys, m_journeyId);
    const Touchpoint *t = touchpoint();
    setEnabled(t != nullptr);
    if (!t)
        return;
    const ChannelRole *role = nullptr;
    for (const ChannelRole &r : j->roles)
        if (r.stageId == t->stageId && r.channelId == t->channelId)
            role = &r;
    m_role->setCurrentIndex(m_role->findData(int(role ? role->level : RoleLevel::None)));
    if (m_purpose->text() != (role ? role->purpose : QString()))
        m_purpose->setText(role ? role->purpose : QString());
    // Cost in the plan's currency, with its symbol and decimals.
    const QString currency = project().currency;
    m_cost->setDecimals(currencyDecimals(currency));
    m_cost->setPrefix(currencySymbol(currency));
    m_cost->setLocale(planLocale(project()));
    m_cost->setValue(t->cost.value_or(0.0));
    const QString assets = t->assets.join(QLatin1Char('\n'));
    if (m_assets->toPlainText() != assets)
        m_assets->setPlainText(assets);
    const QString tags = t->tags.join(QStringLiteral(", "));
    if (m_tags->text() != tags)
        m_tags->setText(tags);
    m_kpis->clear();
    for (const Kpi &k : project().kpis) {
        if (!k.journeyId.isEmpty() && k.journeyId != m_journeyId)
            continue;
        auto *item = new QListWidgetItem(k.name, m_kpis);
        item->setData(Qt::UserRole, k.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(k.touchpointIds.contains(t->id) ? Qt::Checked : Qt::Unchecked);
    }
    if (m_kpis->count() == 0) {
        auto *none = new QListWidgetItem(tr("No KPI yet (Plan ▸ KPIs)"), m_kpis);
        none->setFlags(Qt::NoItemFlags);
    }
}

} // namespace omnimap
