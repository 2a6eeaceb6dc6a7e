#include "jobprogressstrip.h"

#include "backgroundjob.h"

#include <QHBoxLayout>
#include <QProgressBar>
#include <QPushButton>

namespace omnimap::insight {

JobProgressStrip::JobProgressStrip(BackgroundJob *job, int steps, QWidget *parent)
    : QWidget(parent)
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_steps(steps)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    m_progress->setMaximumWidth(200);
    connect(m_cancel, &QPushButton::clicked, job, [this, job] {
        job->cancel();
        m_cancel->setEnabled(false);
    });
    connect(job, &BackgroundJob::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(total));
        m_progress->setValue(int(done));
    });
    // Connected before the view's own finished() handler: the strip is gone when the
    // view shows its result.
    connect(job, &BackgroundJob::finished, this, &JobProgressStrip::end);
    hide();
}

void JobProgressStrip::begin()
{
    m_progress->setRange(0, m_steps);
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    show();
}

void JobProgressStrip::end()
{
    hide();
}

} // namespace omnimap::insight
