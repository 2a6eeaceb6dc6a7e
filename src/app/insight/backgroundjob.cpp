#include "backgroundjob.h"

#include <QThread>

namespace omnimap::insight {

BackgroundJob::BackgroundJob(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
}

BackgroundJob::~BackgroundJob()
{
    // A job outliving its owner would write into freed results: stop and join it.
    cancel();
    wait();
}

bool BackgroundJob::start(Work work)
{
    if (m_running)
        return false;
    m_cancel = false;
    m_running = true;
    QThread *thread = QThread::create([this, work = std::move(work)] { work(*this); });
    thread->setObjectName(QStringLiteral("omnimap-insight-job"));
    m_thread = thread;
    // Queued: arrives after wait() may already have retired this thread (then ignored).
    connect(thread, &QThread::finished, this, [this, thread] {
        if (m_thread != thread)
            return;
        retire();
        emit finished();
    });
    thread->start(QThread::LowPriority);
    return true;
}

void BackgroundJob::wait()
{
    if (!m_thread)
        return;
    m_thread->wait();
    retire();
}

void BackgroundJob::retire()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    m_running = false;
}

void BackgroundJob::reportProgress(qint64 done, qint64 total)
{
    const qint64 now = m_clock.elapsed();
    if (done < total && now - m_lastReportMs.load() < 50)
        return;
    m_lastReportMs = now;
    QMetaObject::invokeMethod(this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
}

} // namespace omnimap::insight
