#pragma once

#include "model/project.h"
#include "report/reportoptions.h"

#include <QDialog>

#include <memory>

namespace omnimap {

namespace Ui {
class ReportOptionsDialog;
}

/// The choices of an export (form: ui/reportoptionsdialog.ui): the journey; paper,
/// orientation and map pages for the PDF and print; the PNG resolution; the CSV
/// byte-order mark. Shows only what the chosen format uses.
class ReportOptionsDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Pdf, Picture, Csv, Html };
    ReportOptionsDialog(const Project &project, const Id &currentJourneyId, Kind kind, QWidget *parent = nullptr);
    ~ReportOptionsDialog() override;

    ReportOptions options() const;
    int dpi() const;

private:
    void updateHint();

    std::unique_ptr<Ui::ReportOptionsDialog> m_ui;
    Kind m_kind;
    QString m_language;
};

} // namespace omnimap
