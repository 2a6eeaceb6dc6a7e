#pragma once

#include "model/project.h"
#include "report/reportoptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace omnimap {

/// The choices of an export: paper and map paging for the PDF, the journey, the PNG
/// resolution and the CSV byte-order mark. Shows only what the chosen format uses.
class ReportOptionsDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Pdf, Picture, Csv };
    ReportOptionsDialog(const Project &project, const Id &currentJourneyId, Kind kind, QWidget *parent = nullptr);

    ReportOptions options() const;
    int dpi() const;

private:
    QComboBox *m_paper = nullptr;
    QComboBox *m_mapPaging = nullptr;
    QComboBox *m_journey = nullptr;
    QSpinBox *m_dpi = nullptr;
    QCheckBox *m_bom = nullptr;
    QString m_language;
};

} // namespace omnimap
