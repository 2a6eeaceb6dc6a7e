#include "jobprogressdialog.h"

#include "backgroundjob.h"
#include "ui_jobprogressdialog.h"

#include <QLocale>

namespace omnimap::insight {

JobProgressDialog::JobProgressDialog(BackgroundJob *job, const QString &title, const QString &unitName, double unitsPerStep,
                                     QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::JobProgressDialog>())
    , m_job(job)
    , m_unitName(unitName)
    , m_unitsPerStep(unitsPerStep)
{
    m_ui->setupUi(this); // the layout: ui/jobprogressdialog.ui
    setWindowTitle(title);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, [this] {
        m_ui->status->setText(tr("Cancelling… the data set stays as it was."));
        m_job->cancel();
    });
    connect(job, &BackgroundJob::progress, this, &JobProgressDialog::onProgress);
    connect(job, &BackgroundJob::finished, this, &QDialog::accept);
    m_clock.start();
}

JobProgressDialog::~JobProgressDialog() = default;

QString JobProgressDialog::rateText() const
{
    return m_ui->rate->text();
}

void JobProgressDialog::onProgress(qint64 done, qint64 total)
{
    const QLocale locale;
    const double seconds = std::max(0.001, double(m_clock.elapsed()) / 1000.0);
    const double units = double(done) * m_unitsPerStep;
    m_ui->bar->setValue(total > 0 ? int(1000.0 * double(done) / double(total)) : 0);
    m_ui->status->setText(tr("%1 of about %2 %3")
                          .arg(locale.toString(qint64(units)), locale.toString(qint64(double(total) * m_unitsPerStep)), m_unitName));
    const double rate = units / seconds;
    const double left = done > 0 ? seconds * double(total - done) / double(done) : 0.0;
    m_ui->rate->setText(tr("%1 %2/s · about %3 s left").arg(locale.toString(qint64(rate)), m_unitName).arg(qint64(left + 0.5)));
}

} // namespace omnimap::insight
