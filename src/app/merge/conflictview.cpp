#include "conflictview.h"

#include "merge/mergetext.h"

#include <QButtonGroup>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace omnimap {

namespace {

// Column order of the side-by-side values; also the button ids of the pick group.
constexpr Resolution kSides[3] = {Resolution::Base, Resolution::Ours, Resolution::Theirs};

QString sideTitle(Resolution side)
{
    switch (side) {
    case Resolution::Base: return ConflictView::tr("Base (common version)");
    case Resolution::Ours: return ConflictView::tr("Ours (this copy)");
    case Resolution::Theirs: return ConflictView::tr("Theirs (other copy)");
    case Resolution::Custom: break;
    }
    return ConflictView::tr("Custom value");
}

QString sideButton(Resolution side)
{
    switch (side) {
    case Resolution::Base: return ConflictView::tr("Use &base");
    case Resolution::Ours: return ConflictView::tr("Use &ours");
    case Resolution::Theirs: return ConflictView::tr("Use &theirs");
    case Resolution::Custom: break;
    }
    return ConflictView::tr("Use &custom");
}

QString choiceText(const QMap<int, ConflictChoice> &choices, int index)
{
    if (!choices.contains(index))
        return ConflictView::tr("Unresolved");
    switch (choices.value(index).pick) {
    case Resolution::Base: return ConflictView::tr("Base");
    case Resolution::Ours: return ConflictView::tr("Ours");
    case Resolution::Theirs: return ConflictView::tr("Theirs");
    case Resolution::Custom: return ConflictView::tr("Custom");
    }
    return {};
}

/// Accent colours of the three columns, so "ours" and "theirs" are told apart at a glance.
QColor sideColor(Resolution side)
{
    switch (side) {
    case Resolution::Base: return QColor(0x8a, 0x93, 0x9e);
    case Resolution::Ours: return QColor(0x2f, 0x6f, 0xb8);
    case Resolution::Theirs: return QColor(0xc2, 0x71, 0x1f);
    case Resolution::Custom: break;
    }
    return QColor(0x3c, 0x8d, 0x5a);
}

QFrame *sideColumn(Resolution side, QPlainTextEdit **text, QPushButton **button, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("side"));
    frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(8, 6, 8, 8);
    auto *header = new QLabel(sideTitle(side), frame);
    header->setStyleSheet(QStringLiteral("font-weight: 600; color: %1; border-bottom: 3px solid %1; padding-bottom: 3px;")
                              .arg(sideColor(side).name()));
    layout->addWidget(header);
    *text = new QPlainTextEdit(frame);
    (*text)->setReadOnly(true);
    (*text)->setMinimumHeight(80);
    layout->addWidget(*text, 1);
    *button = new QPushButton(sideButton(side), frame);
    (*button)->setCheckable(true);
    layout->addWidget(*button);
    return frame;
}

} // namespace

ConflictView::ConflictView(MergeConflicts conflicts, QWidget *parent)
    : QWidget(parent)
    , m_conflicts(std::move(conflicts))
{
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    layout->addWidget(m_summary);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    layout->addWidget(splitter, 1);

    m_list = new QTreeWidget(splitter);
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Item"), tr("Field"), tr("Ours"), tr("Theirs"), tr("Choice")});
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_list->header()->setStretchLastSection(true);
    splitter->addWidget(m_list);

    auto *details = new QWidget(splitter);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 6, 0, 0);
    m_title = new QLabel(details);
    m_title->setObjectName(QStringLiteral("conflictTitle"));
    m_title->setStyleSheet(QStringLiteral("font-size: 11pt; font-weight: 600;"));
    m_title->setWordWrap(true);
    detailsLayout->addWidget(m_title);
    m_location = new QLabel(details);
    m_location->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailsLayout->addWidget(m_location);

    auto *sides = new QHBoxLayout;
    m_pickGroup = new QButtonGroup(this);
    for (int i = 0; i < 3; ++i) {
        sides->addWidget(sideColumn(kSides[i], &m_values[i], &m_pickButtons[i], details), 1);
        m_pickButtons[i]->setObjectName(QStringLiteral("pick%1").arg(i));
        m_pickGroup->addButton(m_pickButtons[i], i);
    }
    detailsLayout->addLayout(sides, 1);

    auto *customLabel = new QLabel(tr("Or keep another value:"), details);
    customLabel->setStyleSheet(QStringLiteral("font-weight: 600; color: %1;").arg(sideColor(Resolution::Custom).name()));
    detailsLayout->addWidget(customLabel);
    auto *customRow = new QHBoxLayout;
    m_custom = new QPlainTextEdit(details);
    m_custom->setObjectName(QStringLiteral("customValue"));
    m_custom->setPlaceholderText(tr("Or type the value to keep (one entry per line for lists)"));
    m_custom->setMaximumHeight(64);
    customRow->addWidget(m_custom, 1);
    m_useCustom = new QPushButton(sideButton(Resolution::Custom), details);
    m_useCustom->setObjectName(QStringLiteral("useCustom"));
    customRow->addWidget(m_useCustom, 0, Qt::AlignTop);
    detailsLayout->addLayout(customRow);
    m_customError = new QLabel(details);
    m_customError->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_customError->hide();
    detailsLayout->addWidget(m_customError);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            setCurrentIndex(m_list->indexOfTopLevelItem(item));
    });
    connect(m_pickGroup, &QButtonGroup::idClicked, this, [this](int id) {
        if (m_current >= 0)
            choose(m_current, kSides[id]);
    });
    connect(m_useCustom, &QPushButton::clicked, this, [this] {
        if (m_current >= 0)
            chooseCustom(m_current, m_custom->toPlainText());
    });

    buildList();
    setCurrentIndex(m_conflicts.isEmpty() ? -1 : 0);
    refreshSummary();
}

void ConflictView::buildList()
{
    for (int i = 0; i < m_conflicts.size(); ++i) {
        const MergeConflict &c = m_conflicts.at(i);
        auto *item = new QTreeWidgetItem(m_list);
        QString subject = itemKindLabel(c.itemKind);
        if (!c.itemName.isEmpty())
            subject += QStringLiteral(" \u201C") + c.itemName + QStringLiteral("\u201D");
        item->setText(0, subject);
        QString field = c.field;
        if (c.kind == MergeConflict::Kind::Item)
            field = tr("edited on one side, deleted on the other");
        else if (c.kind == MergeConflict::Kind::Order)
            field = tr("order of %1").arg(c.field);
        item->setText(1, field);
        const auto oneLine = [&](const std::optional<nlohmann::json> &v) {
            return mergetext::valueText(c, v).replace(QLatin1Char('\n'), QStringLiteral(" \u00B7 "));
        };
        item->setText(2, oneLine(c.ours));
        item->setText(3, oneLine(c.theirs));
        item->setToolTip(0, c.pointer);
        refreshRow(i);
    }
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
    for (int column = 2; column < 4; ++column)
        m_list->setColumnWidth(column, 200);
}

void ConflictView::setCurrentIndex(int index)
{
    if (index < -1 || index >= m_conflicts.size())
        return;
    m_current = index;
    if (index >= 0 && m_list->currentItem() != m_list->topLevelItem(index))
        m_list->setCurrentItem(m_list->topLevelItem(index));
    showCurrent();
}

void ConflictView::showCurrent()
{
    const bool has = m_current >= 0;
    for (int i = 0; i < 3; ++i) {
        m_values[i]->setEnabled(has);
        m_pickButtons[i]->setEnabled(has);
    }
    m_customError->hide();
    if (!has) {
        m_title->setText(tr("No conflicts"));
        m_location->clear();
        for (QPlainTextEdit *value : m_values)
            value->clear();
        m_custom->setEnabled(false);
        m_useCustom->setEnabled(false);
        return;
    }
    const MergeConflict &c = m_conflicts.at(m_current);
    m_title->setText(mergetext::conflictTitle(c));
    m_location->setText(c.pointer);
    m_values[0]->setPlainText(mergetext::valueText(c, c.base));
    m_values[1]->setPlainText(mergetext::valueText(c, c.ours));
    m_values[2]->setPlainText(mergetext::valueText(c, c.theirs));
    const bool editable = mergetext::isEditable(c);
    m_custom->setEnabled(editable);
    m_useCustom->setEnabled(editable);
    m_custom->setPlainText(editable ? mergetext::valueText(c, c.ours) : QString());
    if (editable && !c.ours)
        m_custom->clear();

    m_pickGroup->setExclusive(false);
    for (QPushButton *button : m_pickButtons)
        button->setChecked(false);
    if (m_choices.contains(m_current)) {
        const ConflictChoice choice = m_choices.value(m_current);
        for (int i = 0; i < 3; ++i)
            m_pickButtons[i]->setChecked(kSides[i] == choice.pick);
        if (choice.pick == Resolution::Custom)
            m_custom->setPlainText(mergetext::valueText(c, choice.custom));
    }
    m_pickGroup->setExclusive(true);
}

void ConflictView::choose(int index, Resolution pick)
{
    if (index < 0 || index >= m_conflicts.size())
        return;
    m_choices.insert(index, ConflictChoice{pick, std::nullopt});
    refreshRow(index);
    refreshSummary();
    if (index == m_current)
        showCurrent();
    emit choicesChanged();
}

bool ConflictView::chooseCustom(int index, const QString &text)
{
    if (index < 0 || index >= m_conflicts.size() || !mergetext::isEditable(m_conflicts.at(index)))
        return false;
    QString error;
    const auto value = mergetext::valueFromText(m_conflicts.at(index), text, &error);
    if (!value) {
        if (index == m_current) {
            m_customError->setText(error);
            m_customError->show();
        }
        return false;
    }
    m_choices.insert(index, ConflictChoice{Resolution::Custom, *value});
    refreshRow(index);
    refreshSummary();
    if (index == m_current)
        showCurrent();
    emit choicesChanged();
    return true;
}

void ConflictView::chooseAll(Resolution pick)
{
    for (int i = 0; i < m_conflicts.size(); ++i) {
        m_choices.insert(i, ConflictChoice{pick, std::nullopt});
        refreshRow(i);
    }
    refreshSummary();
    showCurrent();
    emit choicesChanged();
}

void ConflictView::refreshRow(int index)
{
    QTreeWidgetItem *item = m_list->topLevelItem(index);
    if (!item)
        return;
    item->setText(4, choiceText(m_choices, index));
    QFont font = item->font(4);
    font.setBold(!m_choices.contains(index));
    item->setFont(4, font);
    // A shape as well as a colour, so the state never depends on colour alone.
    item->setIcon(4, style()->standardIcon(m_choices.contains(index) ? QStyle::SP_DialogApplyButton
                                                                     : QStyle::SP_MessageBoxWarning));
}

void ConflictView::refreshSummary()
{
    const int total = int(m_conflicts.size());
    const int open = total - int(m_choices.size());
    m_summary->setText(open == 0 ? tr("All %n conflict(s) resolved.", nullptr, total)
                                 : tr("%n of %1 conflict(s) still to resolve: pick base, ours or theirs, or type a value.",
                                      nullptr, open)
                                       .arg(total));
}

} // namespace omnimap
