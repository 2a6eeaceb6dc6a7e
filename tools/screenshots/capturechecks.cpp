#include "capturechecks.h"

#include "app/shell/drawntexts.h"

#include <QAbstractButton>
#include <QAbstractItemDelegate>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOption>
#include <QTabBar>
#include <QTableView>
#include <QTextDocument>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace omnimap::screenshots {

namespace {

/// Widths may differ by rounding between the layout and the text engine.
constexpr int Tolerance = 1;

/// The text as drawn: "&Save" shows as "Save", "&&" as "&".
QString withoutMnemonic(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size()) {
            ++i;
        }
        out.append(text.at(i));
    }
    return out;
}

int widestLine(const QFontMetrics &metrics, const QString &text)
{
    int widest = 0;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

/// The part of the widget its parents leave visible, in its own coordinates.
/// (QWidget::visibleRegion() also takes away opaque children, which makes a header
/// or any scroll area look hidden behind its own viewport.)
QRect clippedRect(const QWidget *widget)
{
    QRect rect = widget->rect(); // in the coordinates of `w` below
    QPoint offset(0, 0);         // widget → `w`
    for (const QWidget *w = widget; !w->isWindow() && w->parentWidget(); w = w->parentWidget()) {
        rect = rect.translated(w->pos()) & w->parentWidget()->rect();
        offset += w->pos();
        if (rect.isEmpty())
            return {};
    }
    return rect.translated(-offset);
}

/// Shown in the capture: visible and not scrolled away entirely.
bool isShown(QWidget *widget, QWidget *root)
{
    if (!widget->isVisible() || widget->window() != root->window())
        return false;
    if (widget->width() <= 0 || widget->height() <= 0)
        return false;
    return !clippedRect(widget).isEmpty();
}

/// Fully inside its clipping parents (a widget half scrolled out of a scroll area is
/// cut by the scroll position, not by the layout).
bool isWhollyShown(QWidget *widget)
{
    return clippedRect(widget).width() >= widget->width() - Tolerance;
}

QString shortText(const QString &text)
{
    QString one = text;
    one.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return one.size() > 60 ? one.left(57) + QStringLiteral("...") : one;
}

QString clippedBy(const QString &text, int needed, int available)
{
    return QStringLiteral("text \"%1\" needs %2 px, has %3 px").arg(shortText(text)).arg(needed).arg(available);
}

bool elidesOnPurpose(const QWidget *widget)
{
    return widget->property("omnimapElides").toBool();
}

void checkLabel(const QString &capture, QLabel *label, QList<CaptureProblem> &problems)
{
    if (label->text().isEmpty() || elidesOnPurpose(label))
        return;
    QRect rect = label->contentsRect();
    const int margin = label->margin();
    rect.adjust(margin, margin, -margin, -margin);
    if (label->indent() > 0)
        rect.adjust(label->alignment() & Qt::AlignLeft ? label->indent() : 0, 0,
                    label->alignment() & Qt::AlignRight ? -label->indent() : 0, 0);
    const bool rich = label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
    if (rich) {
        QTextDocument document;
        document.setDefaultFont(label->font());
        document.setDocumentMargin(0);
        document.setHtml(label->text());
        if (label->wordWrap()) {
            document.setTextWidth(rect.width());
            const int height = int(std::ceil(document.size().height()));
            if (height > rect.height() + Tolerance)
                problems.append({capture, describeWidget(label),
                                 QStringLiteral("wrapped text \"%1\" needs %2 px of height, has %3 px")
                                     .arg(shortText(document.toPlainText()))
                                     .arg(height)
                                     .arg(rect.height())});
        } else {
            const int width = int(std::ceil(document.idealWidth()));
            if (width > rect.width() + Tolerance)
                problems.append({capture, describeWidget(label), clippedBy(document.toPlainText(), width, rect.width())});
        }
        return;
    }
    const QString text = label->buddy() ? withoutMnemonic(label->text()) : label->text();
    // A mnemonic without a buddy is drawn as a literal "&" ("&Persona:"). Labels set to
    // plain text show names from the plan or the data set, where "&" is part of the name.
    if (!label->buddy() && label->textFormat() != Qt::PlainText && withoutMnemonic(label->text()) != label->text()
        && !label->text().contains(QLatin1String("&&")))
        problems.append({capture, describeWidget(label),
                         QStringLiteral("\"%1\" shows a literal & (a mnemonic with no buddy widget)").arg(shortText(text))});
    const QFontMetrics metrics(label->font());
    if (label->wordWrap()) {
        const QRect needed = metrics.boundingRect(QRect(0, 0, rect.width(), 100000),
                                                  int(Qt::TextWordWrap | label->alignment()), text);
        if (needed.height() > rect.height() + Tolerance)
            problems.append({capture, describeWidget(label),
                             QStringLiteral("wrapped text \"%1\" needs %2 px of height, has %3 px")
                                 .arg(shortText(text))
                                 .arg(needed.height())
                                 .arg(rect.height())});
        else if (needed.width() > rect.width() + Tolerance)
            problems.append({capture, describeWidget(label), clippedBy(text, needed.width(), rect.width())});
        return;
    }
    const int width = widestLine(metrics, text);
    if (width > rect.width() + Tolerance)
        problems.append({capture, describeWidget(label), clippedBy(text, width, rect.width())});
}

void checkButton(const QString &capture, QAbstractButton *button, QList<CaptureProblem> &problems)
{
    const QString text = withoutMnemonic(button->text());
    if (text.isEmpty() || elidesOnPurpose(button))
        return;
    const QFontMetrics metrics(button->font());
    const int textWidth = widestLine(metrics, text);
    QStyle *style = button->style();
    int available = 0;
    int needed = textWidth;
    if (qobject_cast<QCheckBox *>(button) || qobject_cast<QRadioButton *>(button)) {
        QStyleOptionButton option;
        option.initFrom(button);
        option.text = button->text();
        option.icon = button->icon();
        option.iconSize = button->iconSize();
        const bool check = qobject_cast<QCheckBox *>(button);
        available = style->subElementRect(check ? QStyle::SE_CheckBoxContents : QStyle::SE_RadioButtonContents, &option,
                                          button)
                        .width();
        if (!button->icon().isNull())
            needed += button->iconSize().width() + 4;
    } else if (auto *push = qobject_cast<QPushButton *>(button)) {
        QStyleOptionButton option;
        option.initFrom(push);
        option.text = push->text();
        if (push->isDefault())
            option.features |= QStyleOptionButton::DefaultButton;
        if (push->menu())
            option.features |= QStyleOptionButton::HasMenu;
        available = style->subElementRect(QStyle::SE_PushButtonContents, &option, push).width();
        if (!push->icon().isNull())
            needed += push->iconSize().width() + 4;
        if (push->menu())
            needed += style->pixelMetric(QStyle::PM_MenuButtonIndicator, &option, push);
    } else if (auto *tool = qobject_cast<QToolButton *>(button)) {
        if (tool->toolButtonStyle() == Qt::ToolButtonIconOnly
            || (tool->toolButtonStyle() == Qt::ToolButtonFollowStyle && !tool->icon().isNull()))
            return;
        available = tool->width() - 2 * style->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, tool);
        if (tool->toolButtonStyle() == Qt::ToolButtonTextBesideIcon && !tool->icon().isNull())
            needed += tool->iconSize().width() + 4;
        if (tool->menu() || tool->popupMode() == QToolButton::MenuButtonPopup)
            needed += style->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, tool);
    } else {
        available = button->width();
    }
    if (needed > available + Tolerance)
        problems.append({capture, describeWidget(button), clippedBy(text, needed, available)});
}

void checkGroupBox(const QString &capture, QGroupBox *box, QList<CaptureProblem> &problems)
{
    const QString title = withoutMnemonic(box->title());
    if (title.isEmpty())
        return;
    const QFontMetrics metrics(box->font());
    int needed = metrics.horizontalAdvance(title) + 2 * metrics.horizontalAdvance(QLatin1Char(' '));
    if (box->isCheckable())
        needed += box->style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, box) + 6;
    const int available = box->width();
    if (needed > available + Tolerance)
        problems.append({capture, describeWidget(box) + QStringLiteral(" (title)"), clippedBy(title, needed, available)});
}

void checkTabBar(const QString &capture, QTabBar *bar, QList<CaptureProblem> &problems)
{
    if (elidesOnPurpose(bar))
        return;
    const QFontMetrics metrics(bar->font());
    for (int i = 0; i < bar->count(); ++i) {
        if (!bar->isTabVisible(i))
            continue;
        const QRect rect = bar->tabRect(i);
        if (!bar->rect().contains(rect)) // scrolled out of the bar: its scroll buttons show that
            continue;
        QStyleOptionTab option;
        option.initFrom(bar);
        option.rect = rect;
        option.text = bar->tabText(i);
        option.icon = bar->tabIcon(i);
        option.iconSize = bar->iconSize();
        option.shape = bar->shape();
        option.documentMode = bar->documentMode();
        if (QWidget *right = bar->tabButton(i, QTabBar::RightSide))
            option.rightButtonSize = right->size();
        if (QWidget *left = bar->tabButton(i, QTabBar::LeftSide))
            option.leftButtonSize = left->size();
        const QRect textRect = bar->style()->subElementRect(QStyle::SE_TabBarTabText, &option, bar);
        const QString text = withoutMnemonic(bar->tabText(i));
        if (text.trimmed().isEmpty() && bar->tabIcon(i).isNull()) {
            problems.append({capture, describeWidget(bar) + QStringLiteral(" tab %1").arg(i), QStringLiteral("tab has no title")});
            continue;
        }
        const int needed = metrics.horizontalAdvance(text);
        const bool vertical = option.shape == QTabBar::RoundedWest || option.shape == QTabBar::RoundedEast
            || option.shape == QTabBar::TriangularWest || option.shape == QTabBar::TriangularEast;
        const int available = vertical ? textRect.height() : textRect.width();
        if (needed > available + Tolerance)
            problems.append({capture, describeWidget(bar) + QStringLiteral(" tab %1").arg(i), clippedBy(text, needed, available)});
    }
}

void checkHeader(const QString &capture, QHeaderView *header, QList<CaptureProblem> &problems)
{
    if (!header->model() || header->orientation() != Qt::Horizontal || elidesOnPurpose(header))
        return;
    QStyle *style = header->style();
    const int margin = style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int viewportWidth = header->viewport()->width();
    // Sections past the right edge are fine while the view can scroll to them.
    const auto *view = qobject_cast<const QAbstractScrollArea *>(header->parentWidget());
    const QScrollBar *scroll = view ? view->horizontalScrollBar() : nullptr;
    const bool canScrollRight = scroll && view->horizontalScrollBarPolicy() != Qt::ScrollBarAlwaysOff
        && scroll->value() < scroll->maximum();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (header->isSectionHidden(logical))
            continue;
        const int position = header->sectionViewportPosition(logical);
        const int size = header->sectionSize(logical);
        if (size <= 0 || position < 0 || position >= viewportWidth)
            continue; // scrolled out of view
        if (position + size > viewportWidth + Tolerance) {
            if (!canScrollRight)
                problems.append({capture, describeWidget(header) + QStringLiteral(" section %1").arg(logical),
                                 QStringLiteral("section cut off at the right edge (%1 of %2 px shown) and the view "
                                                "cannot scroll to it")
                                     .arg(viewportWidth - position)
                                     .arg(size)});
            continue;
        }
        const QString text = header->model()->headerData(logical, Qt::Horizontal, Qt::DisplayRole).toString();
        if (text.isEmpty())
            continue;
        QFont font = header->font();
        const QVariant fontData = header->model()->headerData(logical, Qt::Horizontal, Qt::FontRole);
        if (fontData.canConvert<QFont>())
            font = fontData.value<QFont>().resolve(font);
        const QFontMetrics metrics(font);
        int needed = widestLine(metrics, text) + 2 * margin;
        if (header->isSortIndicatorShown() && header->sortIndicatorSection() == logical)
            needed += style->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) + margin;
        const QVariant decoration = header->model()->headerData(logical, Qt::Horizontal, Qt::DecorationRole);
        if (decoration.isValid() && !decoration.isNull())
            needed += style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, header) + margin;
        const QString where = describeWidget(header) + QStringLiteral(" section %1").arg(logical);
        if (needed > size + Tolerance) {
            problems.append({capture, where, clippedBy(text, needed, size)});
            continue;
        }
        const int lines = int(text.count(QLatin1Char('\n'))) + 1;
        if (lines * metrics.height() > header->height() + Tolerance)
            problems.append({capture, where,
                             QStringLiteral("text \"%1\" needs %2 px of height, has %3 px")
                                 .arg(shortText(text))
                                 .arg(lines * metrics.height())
                                 .arg(header->height())});
    }
}

/// Texts a view painted itself (published through DrawnText): each must fit its room,
/// and no two may cover each other ("Store" over "(converted)").
void checkDrawnTexts(const QString &capture, QWidget *widget, QList<CaptureProblem> &problems)
{
    const QList<DrawnText> texts = drawnTexts(widget);
    QList<QRectF> inked;
    for (const DrawnText &t : texts) {
        if (t.needed > t.rect.width() + Tolerance)
            problems.append({capture, describeWidget(widget), clippedBy(t.text, int(std::ceil(t.needed)), int(t.rect.width()))});
        inked.append(QRectF(t.rect.topLeft(), QSizeF(std::min(t.needed, t.rect.width()), t.rect.height())));
    }
    for (qsizetype i = 0; i < inked.size(); ++i)
        for (qsizetype j = i + 1; j < inked.size(); ++j)
            if (inked.at(i).adjusted(1, 1, -1, -1).intersects(inked.at(j).adjusted(1, 1, -1, -1)))
                problems.append({capture, describeWidget(widget),
                                 QStringLiteral("drawn text \"%1\" overlaps \"%2\"")
                                     .arg(shortText(texts.at(i).text), shortText(texts.at(j).text))});
}

/// A combo box or spin box placed in a table cell (the scenario editor's channel and
/// value columns): its current text, with the box's frame and arrow, must fit the cell.
void checkCellEditor(const QString &capture, const QString &where, QWidget *editor, QList<CaptureProblem> &problems)
{
    int needed = 0;
    QString text;
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        text = combo->currentText();
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.editable = combo->isEditable();
        option.frame = combo->hasFrame();
        const QFontMetrics metrics(combo->font());
        needed = combo->style()
                     ->sizeFromContents(QStyle::CT_ComboBox, &option,
                                        QSize(metrics.horizontalAdvance(text), metrics.height()), combo)
                     .width();
    } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(editor)) {
        // Its size hint holds the longest value of its range with prefix and suffix.
        text = spin->text();
        needed = spin->sizeHint().width();
    } else {
        return;
    }
    if (!text.isEmpty() && needed > editor->width() + Tolerance)
        problems.append({capture, where, clippedBy(text, needed, editor->width())});
}

/// The visible cells of a table: a text wider than its column is cut (the budget
/// total, a KPI name just added, the scenario editor's columns). A table that wraps
/// (QTableView's default) cuts a word wider than the column ("Con… rate") and lines
/// beyond the row's height.
void checkTableCells(const QString &capture, QTableView *table, QList<CaptureProblem> &problems)
{
    const QAbstractItemModel *model = table->model();
    if (!model || elidesOnPurpose(table))
        return;
    const QRect viewport = table->viewport()->rect();
    const int margin = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (table->isRowHidden(row))
            continue;
        for (int column = 0; column < model->columnCount(); ++column) {
            if (table->isColumnHidden(column))
                continue;
            const QModelIndex index = model->index(row, column);
            const QRect cell = table->visualRect(index);
            if (!viewport.contains(cell))
                continue; // scrolled away or cut by the viewport: the view can scroll to it
            if (QWidget *editor = table->indexWidget(index)) {
                checkCellEditor(capture, describeWidget(table) + QStringLiteral(" cell %1,%2").arg(row).arg(column), editor,
                                problems);
                continue;
            }
            if (table->isPersistentEditorOpen(index))
                continue;
            const QString text = index.data(Qt::DisplayRole).toString();
            if (text.isEmpty())
                continue;
            QFont font = table->font();
            const QVariant fontData = index.data(Qt::FontRole);
            if (fontData.canConvert<QFont>())
                font = fontData.value<QFont>().resolve(font);
            int needed = widestLine(QFontMetrics(font), text) + 2 * margin;
            const QVariant decoration = index.data(Qt::DecorationRole);
            if (decoration.isValid() && !decoration.isNull())
                needed += table->iconSize().isValid() ? table->iconSize().width() + margin
                                                      : table->style()->pixelMetric(QStyle::PM_SmallIconSize) + margin;
            if (index.flags() & Qt::ItemIsUserCheckable)
                needed += table->style()->pixelMetric(QStyle::PM_IndicatorWidth) + margin;
            const QString where = describeWidget(table) + QStringLiteral(" cell %1,%2").arg(row).arg(column);
            if (table->wordWrap()) {
                // Wrapped at spaces in the room the delegate's own margins and decorations
                // leave (from its size hint, what a column sized to contents gets): a word
                // wider than that room is cut ("Con… rate").
                const QFontMetrics metrics(font);
                QStyleOptionViewItem option;
                option.initFrom(table->viewport());
                option.font = font;
                const int hinted = table->itemDelegateForIndex(index)->sizeHint(option, index).width();
                const int room = cell.width() - std::max(0, hinted - metrics.horizontalAdvance(text));
                for (const QString &word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
                    // Lines may break between Hangul syllables (UAX #14): such a word wraps.
                    if (metrics.horizontalAdvance(word) > room + Tolerance && !containsHangul(word)) {
                        problems.append({capture, where,
                                         QStringLiteral("word \"%1\" of \"%2\" needs %3 px, has %4 px")
                                             .arg(word, shortText(text))
                                             .arg(metrics.horizontalAdvance(word))
                                             .arg(room)});
                        break;
                    }
                }
                continue;
            }
            if (needed > cell.width() + Tolerance)
                problems.append({capture, where, clippedBy(text, needed, cell.width())});
        }
    }
}

/// A button floating over a scroll area's viewport (the map's Personas button) hides
/// what is under it: it belongs in a margin of its own.
void checkFloatingOverViewport(const QString &capture, QAbstractScrollArea *area, QList<CaptureProblem> &problems)
{
    const QRect viewport = area->viewport()->geometry();
    const QList<QAbstractButton *> buttons = area->findChildren<QAbstractButton *>(Qt::FindDirectChildrenOnly);
    for (const QAbstractButton *button : buttons) {
        if (button->isVisible() && button->geometry().intersects(viewport))
            problems.append({capture, describeWidget(button),
                             QStringLiteral("floats over the content of %1").arg(describeWidget(area))});
    }
}

} // namespace

bool isBlank(const QImage &image, double *share)
{
    if (image.isNull() || image.width() < 2 || image.height() < 2) {
        if (share)
            *share = 1.0;
        return true;
    }
    // About 40 000 samples on a grid; colours a step apart in each channel count as one.
    const int step = std::max(1, int(std::sqrt(double(image.width()) * image.height() / 40000.0)));
    QHash<QRgb, int> counts;
    int total = 0;
    for (int y = 0; y < image.height(); y += step) {
        for (int x = 0; x < image.width(); x += step) {
            const QRgb pixel = image.pixel(x, y) & 0xF0F0F0;
            ++counts[pixel];
            ++total;
        }
    }
    int most = 0;
    for (int count : std::as_const(counts))
        most = std::max(most, count);
    const double fraction = double(most) / double(std::max(1, total));
    if (share)
        *share = fraction;
    return fraction > 0.97;
}

QList<CaptureProblem> clippedTexts(const QString &capture, QWidget *root)
{
    QList<CaptureProblem> problems;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!isShown(widget, root))
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->pixmap().isNull() && isWhollyShown(label))
                checkLabel(capture, label, problems);
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            if (isWhollyShown(button))
                checkButton(capture, button, problems);
        } else if (auto *box = qobject_cast<QGroupBox *>(widget)) {
            if (isWhollyShown(box))
                checkGroupBox(capture, box, problems);
        } else if (auto *bar = qobject_cast<QTabBar *>(widget)) {
            checkTabBar(capture, bar, problems);
        } else if (auto *header = qobject_cast<QHeaderView *>(widget)) {
            checkHeader(capture, header, problems);
        } else if (auto *table = qobject_cast<QTableView *>(widget)) {
            checkTableCells(capture, table, problems);
        }
        if (widget->property(kDrawnTextsProperty).isValid())
            checkDrawnTexts(capture, widget, problems);
        if (auto *area = qobject_cast<QAbstractScrollArea *>(widget))
            checkFloatingOverViewport(capture, area, problems);
    }
    return problems;
}

QStringList visibleTexts(QWidget *root)
{
    QStringList texts;
    if (!root->windowTitle().isEmpty())
        texts.append(root->windowTitle());
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : std::as_const(widgets)) {
        if (!isShown(widget, root))
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts.append(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts.append(button->text());
        else if (auto *box = qobject_cast<QGroupBox *>(widget))
            texts.append(box->title());
        else if (auto *dock = qobject_cast<QDockWidget *>(widget))
            texts.append(dock->windowTitle());
        else if (auto *bar = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < bar->count(); ++i)
                texts.append(bar->tabText(i));
        } else if (auto *menuBar = qobject_cast<QMenuBar *>(widget)) {
            const QList<QAction *> actions = menuBar->actions();
            for (const QAction *action : actions)
                texts.append(action->text());
        } else if (auto *header = qobject_cast<QHeaderView *>(widget)) {
            if (header->model())
                for (int i = 0; i < header->count(); ++i)
                    texts.append(header->model()->headerData(i, header->orientation(), Qt::DisplayRole).toString());
        }
    }
    texts.removeAll(QString());
    return texts;
}

bool containsHangul(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; });
}

QString describeWidget(const QWidget *widget)
{
    QString name = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        name += QLatin1Char('#') + widget->objectName();
    QStringList path;
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (!parent->objectName().isEmpty() && !parent->objectName().startsWith(QLatin1String("qt_")))
            path.prepend(parent->objectName());
        if (parent->isWindow())
            break;
    }
    return path.isEmpty() ? name : name + QStringLiteral(" in ") + path.join(QLatin1Char('/'));
}

} // namespace omnimap::screenshots
