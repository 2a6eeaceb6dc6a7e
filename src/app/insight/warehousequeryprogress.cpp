#include "warehousequeryprogress.h"

#include "backgroundjob.h"

#include <QProgressDialog>
#include <QTimer>

namespace omnimap::insight {

WarehouseQueryProgress::WarehouseQueryProgress(BackgroundJob *job, QWidget *window)
    : QObject(job)
    , m_job(job)
    , m_dialog(new QProgressDialog(window))
    , m_ticker(new QTimer(this))
{
    m_dialog->setObjectName(QStringLiteral("warehouseQueryProgress"));
    m_dialog->setWindowTitle(tr("Warehouse query"));
    m_dialog->setWindowModality(Qt::NonModal); // the plan stays editable meanwhile
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setMinimumDuration(500);
    m_dialog->setRange(0, kDashboardSteps);
    m_dialog->setCancelButtonText(tr("Cancel"));
    m_dialog->reset(); // QProgressDialog shows itself on construction otherwise
    m_dialog->hide();
    connect(m_dialog, &QProgressDialog::canceled, this, [this] {
        m_cancelled = true;
        m_job->cancel(); // the source's watchdog sends PQcancel to the server
        m_ticker->stop();
    });
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &WarehouseQueryProgress::showStep);
}

WarehouseQueryProgress::~WarehouseQueryProgress()
{
    delete m_dialog; // parented to the window, which may outlive the job
}

void WarehouseQueryProgress::start()
{
    m_cancelled = false;
    m_step = DashboardStep::Connect;
    m_clock.start();
    m_ticker->start();
    showStep();
}

void WarehouseQueryProgress::stepStarted(DashboardStep step)
{
    QMetaObject::invokeMethod(this, [this, step] {
        m_step = step;
        if (!m_cancelled && m_ticker->isActive())
            showStep();
    }, Qt::QueuedConnection);
}

void WarehouseQueryProgress::finish()
{
    m_ticker->stop();
    if (m_dialog) {
        m_dialog->reset(); // stops its show timer; hiding is ours without autoClose
        m_dialog->hide();
    }
}

void WarehouseQueryProgress::showStep()
{
    if (!m_dialog)
        return;
    QString what;
    switch (m_step) {
    case DashboardStep::Connect:
        what = tr("Connecting to the warehouse");
        break;
    case DashboardStep::Paths:
        what = tr("The warehouse builds the journeys and counts the paths");
        break;
    case DashboardStep::Funnel:
        what = tr("The warehouse counts the funnel");
        break;
    case DashboardStep::Attribution:
        what = tr("Attribution (time decay is summed by the warehouse)");
        break;
    case DashboardStep::Kpis:
        what = tr("The warehouse counts the KPIs");
        break;
    }
    const qint64 seconds = m_clock.elapsed() / 1000;
    m_dialog->setLabelText(tr("%1…\n%2 s so far. Cancel stops the query on the server too.").arg(what).arg(seconds));
    // setValue also starts the dialog's own timer that shows it after minimumDuration.
    m_dialog->setValue(int(m_step));
}

} // namespace omnimap::insight
