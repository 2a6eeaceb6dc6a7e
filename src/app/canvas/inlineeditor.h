#pragma once

#include <QGraphicsTextItem>

#include <functional>

namespace omnimap {

/// In-place text editing on the canvas (card title, stage and channel names): Enter or
/// leaving the field commits, Escape cancels. It deletes itself when done.
class InlineEditor final : public QGraphicsTextItem
{
    Q_OBJECT

public:
    using Commit = std::function<void(const QString &)>;
    InlineEditor(const QRectF &rect, const QString &text, Commit commit, QGraphicsItem *parent = nullptr);
    /// Commits and closes (also used by tests).
    void finish(bool accept);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Commit m_commit;
    QString m_original;
    bool m_done = false;
};

} // namespace omnimap
