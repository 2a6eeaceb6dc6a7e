#pragma once

#include "simadapter.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>

class QTimer;
class QWidget;

namespace omnimap::insight {

class BackgroundJob;

/// The progress of a computation a warehouse answers (dashboard: paths, funnel,
/// attribution, KPIs): a non-modal dialog naming the running step with the time spent,
/// and Cancel. Cancel cancels the job, whose warehouse source then cancels the query on
/// the server too (PQcancel); the window stays usable throughout, as the work runs on the
/// job's thread. Shown only after half a second, so quick answers do not flash it.
class WarehouseQueryProgress final : public QObject
{
    Q_OBJECT

public:
    WarehouseQueryProgress(BackgroundJob *job, QWidget *window);
    ~WarehouseQueryProgress() override;

    /// A new computation started (any thread may then call stepStarted()).
    void start();
    /// Thread-safe: the computation began `step`.
    void stepStarted(DashboardStep step);
    /// The computation returned (GUI thread): hides the dialog.
    void finish();
    /// True when the user pressed Cancel since start().
    bool wasCancelled() const { return m_cancelled; }

    QProgressDialog *dialog() const { return m_dialog; }

private:
    void showStep();

    BackgroundJob *m_job;
    QPointer<QProgressDialog> m_dialog;
    QTimer *m_ticker;
    QElapsedTimer m_clock;
    DashboardStep m_step = DashboardStep::Connect;
    bool m_cancelled = false;
};

} // namespace omnimap::insight
