// Editor benchmark: a generated map of 40 stages x 25 channels x 2 000 touchpoints and
// 3 000 hand-offs, once with hand-offs between neighbouring stages (how real journeys
// look) and once with hand-offs between random cards (the worst case: connectors cross
// the whole map). Prints open-to-first-paint, drag frame times, undo/redo time, memory
// and the time to a usable main window.
//
// A frame is measured the way the view really works: one mouse move, then the event loop
// runs until the viewport has repainted its dirty region (QT_QPA_UPDATE_IDLE_TIME=0, so
// no idle wait for the next update request is counted).
#include "canvas/carditem.h"
#include "canvas/mapscene.h"
#include "canvas/mapview.h"
#include "fixture.h"
#include "mainwindow.h"

#include "document/commands/movetouchpoint.h"
#include "document/document.h"
#include "document/render/maprenderer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <ctime>

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

/// CPU time of this thread in ms: on the shared, loaded build box the wall clock also
/// counts the time other processes held the CPU; this does not.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

/// Counts the viewport's paint events and the area they cover.
class PaintCounter final : public QObject
{
public:
    int paints = 0;
    qint64 pixels = 0;
    QElapsedTimer clock; ///< started by the owner; lastPaintStart is on its scale
    qint64 lastPaintStart = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            ++paints;
            if (clock.isValid())
                lastPaintStart = clock.nsecsElapsed();
            for (const QRect &r : static_cast<QPaintEvent *>(event)->region())
                pixels += qint64(r.width()) * r.height();
        }
        return QObject::eventFilter(watched, event);
    }
};

/// Runs the event loop until the viewport has painted once more; false after 20 s.
bool waitForPaint(const PaintCounter &counter)
{
    const int before = counter.paints;
    QElapsedTimer guard;
    guard.start();
    while (counter.paints == before) {
        QApplication::processEvents(QEventLoop::AllEvents);
        if (guard.elapsed() > 20000)
            return false;
    }
    // The paint event has been handled when processEvents returns; let the rest of its
    // batch (flush to the backing store) finish too.
    QApplication::processEvents(QEventLoop::AllEvents);
    return true;
}

struct Stats
{
    double median = 0, p95 = 0, max = 0, mean = 0;
};

Stats stats(QList<double> values)
{
    Stats s;
    if (values.isEmpty())
        return s;
    std::sort(values.begin(), values.end());
    double sum = 0;
    for (double v : values)
        sum += v;
    s.mean = sum / double(values.size());
    s.median = values.at(values.size() / 2);
    s.p95 = values.at(std::min(values.size() - 1, values.size() * 95 / 100));
    s.max = values.last();
    return s;
}

void benchMap(const char *label, testing::HandoffSpread spread)
{
    std::printf("\n== %s hand-offs ==\n", label);
    const bool verbose = qEnvironmentVariableIsSet("OMNIMAP_BENCH_VERBOSE");
    Document document(testing::largeProject(40, 25, 2000, 3000, spread));
    QElapsedTimer timer;
    timer.start();
    const double openCpu = threadCpuMs();
    MapScene scene(&document, QStringLiteral("j1"));
    MapView view(&scene);
    PaintCounter counter;
    view.viewport()->installEventFilter(&counter);
    view.resize(1600, 1000);
    view.show();
    if (!waitForPaint(counter))
        std::printf("no first paint!\n");
    std::printf("open to first paint (2 000 cards, 3 000 hand-offs): %lld ms (CPU %.0f ms)\n", timer.elapsed(),
                threadCpuMs() - openCpu);
    std::printf("scene items: %lld cards, %d hand-offs, %lld items in the scene\n", qint64(scene.cardItemCount()),
                scene.handoffItemCount(), qint64(scene.items().size()));

    // The middle of the map: where the most random connectors cross the view.
    view.centerOn(scene.renderer()->boundingRect().center());
    waitForPaint(counter);

    // OMNIMAP_BENCH_PNG=dir: the canvas next to the renderer's drawing of the same area
    // (the export path, one painter call per element), to check they look the same.
    const QString pngDir = qEnvironmentVariable("OMNIMAP_BENCH_PNG");
    if (!pngDir.isEmpty()) {
        const QImage canvas = view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        QImage reference(canvas.size(), QImage::Format_RGB32);
        reference.fill(Qt::white);
        {
            QPainter painter(&reference);
            painter.setRenderHints(view.renderHints());
            painter.setTransform(view.viewportTransform());
            scene.renderer()->paint(&painter, view.mapToScene(view.viewport()->rect()).boundingRect());
        }
        // Differences by how much a pixel's colour moved: antialiasing noise stays small.
        qint64 differing = 0, visible = 0;
        QImage diff = canvas.copy();
        for (int y = 0; y < canvas.height(); ++y) {
            for (int x = 0; x < canvas.width(); ++x) {
                const QRgb a = canvas.pixel(x, y), b = reference.pixel(x, y);
                if (a == b)
                    continue;
                ++differing;
                const int delta = std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                                            std::abs(qBlue(a) - qBlue(b))});
                if (delta > 16) {
                    ++visible;
                    diff.setPixel(x, y, qRgb(255, 0, 0));
                }
            }
        }
        diff.save(pngDir + QStringLiteral("/diff-%1.png").arg(QLatin1String(label)));
        canvas.save(pngDir + QStringLiteral("/canvas-%1.png").arg(QLatin1String(label)));
        reference.save(pngDir + QStringLiteral("/renderer-%1.png").arg(QLatin1String(label)));
        const double pixels = double(qint64(canvas.width()) * canvas.height());
        std::printf("canvas vs renderer: %.3f %% of the pixels differ, %.3f %% by more than 16/255\n",
                    100.0 * double(differing) / pixels, 100.0 * double(visible) / pixels);
    }

    // Drag a visible card across a few cells, 16 px per mouse move (a brisk drag):
    // one mouse move + the repaint of what changed per frame.
    CardItem *card = nullptr;
    const QRectF visible = view.mapToScene(view.viewport()->rect().adjusted(100, 100, -800, -300)).boundingRect();
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
        waitForPaint(counter); // selection highlight
        QList<double> frames, frameCpu;
        const qint64 pixelsBefore = counter.pixels;
        const int paintsBefore = counter.paints;
        const int steps = 48;
        for (int i = 1; i <= steps; ++i) {
            const QPoint p = start + QPoint(i * 16, (i / 12) * 24);
            QElapsedTimer &frame = counter.clock;
            frame.start();
            const double cpu = threadCpuMs();
            QMouseEvent move(QEvent::MouseMove, p, view.viewport()->mapToGlobal(p), Qt::NoButton, Qt::LeftButton, {});
            QApplication::sendEvent(view.viewport(), &move);
            const double moved = double(frame.nsecsElapsed()) / 1e6;
            const qint64 pixels = counter.pixels;
            waitForPaint(counter);
            frames.append(double(frame.nsecsElapsed()) / 1e6);
            frameCpu.append(threadCpuMs() - cpu);
            if (verbose)
                std::printf("  frame %2d: move %.2f ms, paint starts %.2f ms, total %.2f ms, %lld px painted\n", i,
                            moved, double(counter.lastPaintStart) / 1e6, frames.last(), counter.pixels - pixels);
        }
        const double paintedShare = double(counter.pixels - pixelsBefore)
            / double(std::max(1, counter.paints - paintsBefore))
            / double(view.viewport()->width() * view.viewport()->height());
        QMouseEvent release(QEvent::MouseButtonRelease, start, view.viewport()->mapToGlobal(start), Qt::LeftButton,
                            Qt::NoButton, {});
        QApplication::sendEvent(view.viewport(), &release);
        waitForPaint(counter);
        const Stats s = stats(frames);
        const Stats c = stats(frameCpu);
        std::printf("drag frame (mouse move + dirty-region repaint, %d frames, %.0f %% of the viewport each): "
                    "median %.2f ms, p95 %.2f ms, max %.2f ms (%.0f frames/s at the mean); "
                    "CPU median %.2f ms, p95 %.2f ms, max %.2f ms\n",
                    steps, paintedShare * 100.0, s.median, s.p95, s.max, 1000.0 / s.mean, c.median, c.p95, c.max);
    }

    // An upper bound: the whole viewport repainted (e.g. after a scroll).
    QList<double> full, fullCpu;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        const double cpu = threadCpuMs();
        view.viewport()->grab();
        full.append(double(t.nsecsElapsed()) / 1e6);
        fullCpu.append(threadCpuMs() - cpu);
    }
    std::printf("full-viewport repaint at 100 %%: median %.2f ms (CPU %.2f ms)\n", stats(full).median,
                stats(fullCpu).median);

    // One edit's undo and redo, with the canvas following (model + scene items).
    document.undoStack()->push(new MoveTouchpointCommand(&document, QStringLiteral("j1"), QStringLiteral("t7"),
                                                         {QStringLiteral("s3"), QStringLiteral("c4"), 999}));
    QList<double> undoTimes, undoCpu;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer t;
        t.start();
        const double cpu = threadCpuMs();
        document.undoStack()->undo();
        document.undoStack()->redo();
        undoTimes.append(double(t.nsecsElapsed()) / 2e6);
        undoCpu.append((threadCpuMs() - cpu) / 2.0);
    }
    const Stats u = stats(undoTimes);
    std::printf("undo or redo of one move (model + canvas): median %.2f ms, max %.2f ms (CPU median %.2f ms)\n",
                u.median, u.max, stats(undoCpu).median);

    view.fitToWindow();
    waitForPaint(counter);
    QList<double> overview, overviewCpu;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        const double cpu = threadCpuMs();
        view.viewport()->grab();
        overview.append(double(t.nsecsElapsed()) / 1e6);
        overviewCpu.append(threadCpuMs() - cpu);
    }
    std::printf("overview frame (whole map, level of detail 0): median %.2f ms (CPU %.2f ms)\n",
                stats(overview).median, stats(overviewCpu).median);
    std::printf("resident memory: %.1f MB\n", residentMegabytes());
}

} // namespace

int main(int argc, char *argv[])
{
    // Frames are timed to the end of their paint: no idle wait before the update request.
    if (!qEnvironmentVariableIsSet("QT_QPA_UPDATE_IDLE_TIME"))
        qputenv("QT_QPA_UPDATE_IDLE_TIME", "0");
    QElapsedTimer startTimer;
    startTimer.start();
    QApplication app(argc, argv);
    {
        MainWindow window;
        window.show();
        QApplication::processEvents();
        std::printf("app start to usable window: %lld ms\n", startTimer.elapsed());
    }
    const QStringList args = QCoreApplication::arguments();
    // Random first: the resident memory printed after it is the worst case's.
    if (!args.contains(QStringLiteral("--local-only")))
        benchMap("random", testing::HandoffSpread::Random);
    if (!args.contains(QStringLiteral("--random-only")))
        benchMap("local", testing::HandoffSpread::Local);
    return 0;
}
