#include "compareview.h"

#include "merge/mergeconflict.h"

#include <QHeaderView>

namespace omnimap {

namespace {

QString typeLabel(Change::Type type)
{
    switch (type) {
    case Change::Type::Added: return CompareView::tr("Added");
    case Change::Type::Removed: return CompareView::tr("Removed");
    case Change::Type::Changed: return CompareView::tr("Changed");
    case Change::Type::Reordered: return CompareView::tr("Reordered");
    }
    return {};
}

/// Colour plus a sign in the text, so the kind of change never depends on colour alone.
QColor typeColor(Change::Type type)
{
    switch (type) {
    case Change::Type::Added: return QColor(0x2e, 0x7d, 0x32);
    case Change::Type::Removed: return QColor(0xb3, 0x26, 0x1e);
    case Change::Type::Changed: return QColor(0x2f, 0x6f, 0xb8);
    case Change::Type::Reordered: return QColor(0x7a, 0x5c, 0x00);
    }
    return {};
}

QString details(const Change &c)
{
    if (c.type == Change::Type::Reordered)
        return CompareView::tr("order of %1").arg(c.fields.join(QStringLiteral(", ")));
    if (c.type != Change::Type::Changed)
        return {};
    QStringList parts;
    for (const QString &field : c.fields) {
        const std::string key = field.toStdString();
        const auto before = c.before.find(key);
        const auto after = c.after.find(key);
        parts.append(field + QStringLiteral(": ") + valueSummary(before == c.before.end() ? nullptr : &*before)
                     + QStringLiteral(" \u2192 ") + valueSummary(after == c.after.end() ? nullptr : &*after));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

CompareView::CompareView(QWidget *parent)
    : QTreeWidget(parent)
{
    setHeaderLabels({tr("Item"), tr("Change"), tr("Details")});
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    header()->setStretchLastSection(true);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const Id id = item->data(0, Qt::UserRole).toString();
        if (!id.isEmpty())
            emit itemActivatedById(id);
    });
}

void CompareView::setChanges(const Changes &changes)
{
    m_changes = changes;
    clear();
    QHash<Id, QTreeWidgetItem *> groups;
    QTreeWidgetItem *projectGroup = nullptr;
    for (const Change &c : changes) {
        QTreeWidgetItem *group = nullptr;
        if (c.journeyId.isEmpty()) {
            if (!projectGroup) {
                projectGroup = new QTreeWidgetItem(this, {tr("Project-wide")});
                projectGroup->setFirstColumnSpanned(true);
            }
            group = projectGroup;
        } else {
            group = groups.value(c.journeyId);
            if (!group) {
                group = new QTreeWidgetItem(this, {tr("Journey \u201C%1\u201D").arg(c.journeyName.isEmpty() ? c.journeyId : c.journeyName)});
                group->setFirstColumnSpanned(true);
                groups.insert(c.journeyId, group);
            }
        }
        QString subject = itemKindLabel(c.itemKind);
        if (!c.itemName.isEmpty())
            subject += QStringLiteral(" \u201C") + c.itemName + QStringLiteral("\u201D");
        static const char *signs[] = {"+", "\u2212", "~", "\u2195"};
        auto *row = new QTreeWidgetItem(group, {subject,
                                                QString::fromUtf8(signs[int(c.type)]) + QLatin1Char(' ') + typeLabel(c.type),
                                                details(c)});
        row->setForeground(1, typeColor(c.type));
        row->setData(0, Qt::UserRole, c.itemId);
        row->setToolTip(2, row->text(2));
    }
    if (changes.isEmpty())
        new QTreeWidgetItem(this, {tr("No differences.")});
    expandAll();
    resizeColumnToContents(0);
    resizeColumnToContents(1);
}

} // namespace omnimap
