#include "inlineeditor.h"

#include "document/render/mapstyle.h"

#include <QGraphicsScene>
#include <QKeyEvent>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>

namespace omnimap {

InlineEditor::InlineEditor(const QRectF &rect, const QString &text, Commit commit, QGraphicsItem *parent)
    : QGraphicsTextItem(text, parent)
    , m_commit(std::move(commit))
    , m_original(text)
{
    setFont(mapFont(13, QFont::Bold));
    setPos(rect.topLeft());
    setTextWidth(rect.width());
    setTextInteractionFlags(Qt::TextEditorInteraction);
    setZValue(1000);
    setDefaultTextColor(QColor(0x1f, 0x29, 0x37));
    QTextCursor cursor(document());
    cursor.select(QTextCursor::Document);
    setTextCursor(cursor);
}

void InlineEditor::finish(bool accept)
{
    if (m_done)
        return;
    m_done = true;
    const QString text = toPlainText().simplified();
    if (accept && !text.isEmpty() && text != m_original && m_commit)
        m_commit(text);
    // Deleting inside an event handler of this item is unsafe: defer.
    setTextInteractionFlags(Qt::NoTextInteraction);
    hide();
    QTimer::singleShot(0, this, [this] { delete this; });
}

void InlineEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        finish(true);
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        finish(false);
        return;
    }
    QGraphicsTextItem::keyPressEvent(event);
}

void InlineEditor::focusOutEvent(QFocusEvent *event)
{
    QGraphicsTextItem::focusOutEvent(event);
    finish(true);
}

void InlineEditor::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    painter->setPen(QPen(QColor(0x25, 0x63, 0xeb), 1.5));
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(boundingRect(), 4, 4);
    QGraphicsTextItem::paint(painter, option, widget);
}

} // namespace omnimap
