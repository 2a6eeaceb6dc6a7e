#pragma once

#include <QWidget>

class QProgressBar;
class QPushButton;

namespace omnimap::insight {

class BackgroundJob;

/// A progress bar and a Cancel button for a view that computes in place (not in a
/// dialog), bound to the view's BackgroundJob: hidden until begin(), then showing the
/// job's progress; Cancel asks the job to stop. Hidden again when the job finished, or
/// when the view drops a job it waited for (end()), since no finished() comes then.
class JobProgressStrip final : public QWidget
{
    Q_OBJECT

public:
    /// `steps` is the range shown before the job's first progress report.
    JobProgressStrip(BackgroundJob *job, int steps, QWidget *parent = nullptr);

    void begin();
    void end();

private:
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    int m_steps;
};

} // namespace omnimap::insight
