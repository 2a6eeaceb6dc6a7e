#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <functional>

class QThread;

namespace omnimap::insight {

/// Runs one piece of engine work on its own QThread so the event loop never waits for
/// it. The work reports progress through reportProgress() (any thread; throttled and
/// delivered queued) and polls cancelFlag(). finished() arrives on the GUI thread after
/// the work returned; results travel in whatever the work captured.
class BackgroundJob final : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<void(BackgroundJob &job)>;

    explicit BackgroundJob(QObject *parent = nullptr);
    ~BackgroundJob() override;

    /// Starts the work; false if a job is already running.
    bool start(Work work);
    bool isRunning() const { return m_running; }
    /// Asks the work to stop; it returns at its next cancel check.
    void cancel() { m_cancel = true; }
    bool isCancelled() const { return m_cancel; }
    const std::atomic<bool> *cancelFlag() const { return &m_cancel; }
    /// Blocks until the work returned, then forgets it: finished() is not emitted for a
    /// job waited for (a replaced or abandoned computation has no one to tell).
    void wait();

    /// Thread-safe; at most ~20 deliveries a second reach the GUI.
    void reportProgress(qint64 done, qint64 total);

signals:
    void progress(qint64 done, qint64 total);
    void finished();

private:
    void retire();

    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    std::atomic<qint64> m_lastReportMs{-1000};
    QElapsedTimer m_clock;
    bool m_running = false;
};

} // namespace omnimap::insight
