// Editor benchmark: a generated map of 40 stages x 25 channels x 2 000 touchpoints and
// 3 000 hand-offs. Prints open-to-first-paint, drag frame times, undo/redo time, memory
// and the time to a usable main window.
#include "canvas/carditem.h"
#include "canvas/mapscene.h"
#include "canvas/mapview.h"
#include "fixture.h"
#include "mainwindow.h"

#include "document/commands/movetouchpoint.h"
#include "document/document.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMouseEvent>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>

using namespace omnimap;

namespace {

double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines)
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer startTimer;
    startTimer.start();
    QApplication app(argc, argv);
    {
        MainWindow window;
        window.show();
        QApplication::processEvents();
        std::printf("app start to usable window: %lld ms\n", startTimer.elapsed());
    }

    Document document(testing::largeProject(40, 25, 2000, 3000));
    QElapsedTimer timer;
    timer.start();
    MapScene scene(&document, QStringLiteral("j1"));
    MapView view(&scene);
    view.resize(1600, 1000);
    view.show();
    view.viewport()->grab(); // forces a real paint even offscreen
    std::printf("open to first paint (2 000 cards, 3 000 hand-offs): %lld ms\n", timer.elapsed());
    std::printf("scene items: %lld cards, %d hand-offs\n", qint64(scene.cardItemCount()), scene.handoffItemCount());

    // Drag a visible card across cells: one mouse move + one repaint per frame.
    CardItem *card = nullptr;
    const QRectF visible = view.mapToScene(view.viewport()->rect()).boundingRect();
    for (int i = 0; i < 2000 && !card; ++i) {
        CardItem *c = scene.cardItem(QStringLiteral("t%1").arg(i));
        if (c && visible.contains(c->sceneBoundingRect()))
            card = c;
    }
    if (card) {
        const QPoint start = view.mapFromScene(card->sceneBoundingRect().center());
        QMouseEvent press(QEvent::MouseButtonPress, start, view.viewport()->mapToGlobal(start), Qt::LeftButton,
                          Qt::LeftButton, {});
        QApplication::sendEvent(view.viewport(), &press);
        QList<double> frames;
        for (int i = 1; i <= 10; ++i) {
            const QPoint p = start + QPoint(i * 40, (i % 4) * 30);
            QElapsedTimer frame;
            frame.start();
            QMouseEvent move(QEvent::MouseMove, p, view.viewport()->mapToGlobal(p), Qt::NoButton, Qt::LeftButton, {});
            QApplication::sendEvent(view.viewport(), &move);
            view.viewport()->grab();
            frames.append(frame.nsecsElapsed() / 1e6);
        }
        QMouseEvent release(QEvent::MouseButtonRelease, start, view.viewport()->mapToGlobal(start), Qt::LeftButton,
                            Qt::NoButton, {});
        QApplication::sendEvent(view.viewport(), &release);
        std::sort(frames.begin(), frames.end());
        double sum = 0;
        for (double f : frames)
            sum += f;
        std::printf("drag frame time: mean %.2f ms, median %.2f ms, p95 %.2f ms (%.0f frames/s at the mean)\n",
                    sum / frames.size(), frames.at(frames.size() / 2), frames.at(frames.size() * 95 / 100),
                    1000.0 / (sum / frames.size()));
    }

    // One edit's undo and redo, with the canvas following.
    document.undoStack()->push(new MoveTouchpointCommand(&document, QStringLiteral("j1"), QStringLiteral("t7"),
                                                         {QStringLiteral("s3"), QStringLiteral("c4"), 999}));
    QList<double> undoTimes;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer t;
        t.start();
        document.undoStack()->undo();
        document.undoStack()->redo();
        undoTimes.append(t.nsecsElapsed() / 2e6);
    }
    std::sort(undoTimes.begin(), undoTimes.end());
    std::printf("undo or redo of one move (model + canvas): median %.2f ms, max %.2f ms\n",
                undoTimes.at(undoTimes.size() / 2), undoTimes.last());

    view.fitToWindow();
    timer.restart();
    view.viewport()->grab();
    std::printf("overview frame (whole map, level of detail 0): %lld ms\n", timer.elapsed());
    std::printf("resident memory: %.1f MB\n", residentMegabytes());
    return 0;
}
