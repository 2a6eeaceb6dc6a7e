#pragma once

#include <QDialog>
#include <QElapsedTimer>

#include <memory>

namespace omnimap::insight {

namespace Ui {
class JobProgressDialog;
}

class BackgroundJob;

/// Shows a running job: a bar, throughput ("12 345 rows/s") and time left, and a Cancel
/// button. Non-modal, so the user keeps editing while an import or simulation runs.
/// Layout: ui/jobprogressdialog.ui.
class JobProgressDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `unitsPerStep` converts the job's progress units (bytes for an import) into the
    /// units shown (rows); `unitName` is the translated plural ("rows", "events").
    JobProgressDialog(BackgroundJob *job, const QString &title, const QString &unitName, double unitsPerStep,
                      QWidget *parent = nullptr);
    ~JobProgressDialog() override;

    QString rateText() const;

private:
    void onProgress(qint64 done, qint64 total);

    std::unique_ptr<Ui::JobProgressDialog> m_ui;
    BackgroundJob *m_job;
    QString m_unitName;
    double m_unitsPerStep;
    QElapsedTimer m_clock;
};

} // namespace omnimap::insight
