#pragma once

#include <QKeyEvent>
#include <QObject>

#include <functional>

namespace omnimap {

/// Handles single keys on one widget (a table's P/F/N/U, Space, Delete) before the
/// widget sees them. Unlike a QShortcut it works whether or not the window is active,
/// so the same keys work in offscreen tests; `handler` returns true to consume a key.
class KeyHandler final : public QObject
{
public:
    using Handler = std::function<bool(QKeyEvent *)>;

    static void install(QWidget *target, Handler handler) { new KeyHandler(target, std::move(handler)); }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress && m_handler(static_cast<QKeyEvent *>(event)))
            return true;
        return QObject::eventFilter(watched, event);
    }

private:
    KeyHandler(QObject *target, Handler handler)
        : QObject(target)
        , m_handler(std::move(handler))
    {
        target->installEventFilter(this);
    }

    Handler m_handler;
};

} // namespace omnimap
