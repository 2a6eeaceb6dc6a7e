#include "reportoptionsdialog.h"

#include "report/mapexport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLocale>
#include <QSpinBox>

namespace omnimap {

ReportOptionsDialog::ReportOptionsDialog(const Project &project, const Id &currentJourneyId, Kind kind, QWidget *parent)
    : QDialog(parent)
    , m_language(project.locale.startsWith(QLatin1String("ko")) ? QStringLiteral("ko") : QStringLiteral("en"))
{
    setWindowTitle(tr("Export Options"));
    auto *form = new QFormLayout(this);
    m_journey = new QComboBox(this);
    if (kind != Kind::Picture)
        m_journey->addItem(tr("All journeys"), QString());
    for (const Journey &j : project.journeys)
        m_journey->addItem(j.name, j.id);
    const int current = m_journey->findData(currentJourneyId);
    if (current >= 0 && kind == Kind::Picture)
        m_journey->setCurrentIndex(current);
    form->addRow(tr("&Journey:"), m_journey);
    if (kind == Kind::Pdf) {
        m_paper = new QComboBox(this);
        m_paper->addItem(tr("A4"), int(ReportPaper::A4));
        m_paper->addItem(tr("US Letter"), int(ReportPaper::Letter));
        // Letter where the system measures in inches.
        if (QLocale::system().measurementSystem() == QLocale::ImperialUSSystem)
            m_paper->setCurrentIndex(1);
        form->addRow(tr("&Paper:"), m_paper);
        m_mapPaging = new QComboBox(this);
        m_mapPaging->addItem(tr("Scale each map to one page"), int(MapPaging::FitToPage));
        m_mapPaging->addItem(tr("Split large maps over pages"), int(MapPaging::Split));
        form->addRow(tr("&Maps:"), m_mapPaging);
    }
    if (kind == Kind::Picture) {
        m_dpi = new QSpinBox(this);
        m_dpi->setRange(24, 600);
        m_dpi->setValue(MapExport::kDefaultDpi);
        m_dpi->setSuffix(tr(" dpi"));
        form->addRow(tr("PNG &resolution:"), m_dpi);
    }
    if (kind == Kind::Csv) {
        m_bom = new QCheckBox(tr("Add a byte-order mark (for spreadsheet apps)"), this);
        m_bom->setChecked(true);
        form->addRow(QString(), m_bom);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

ReportOptions ReportOptionsDialog::options() const
{
    ReportOptions o;
    o.language = m_language;
    o.journeyId = m_journey->currentData().toString();
    if (m_paper)
        o.paper = ReportPaper(m_paper->currentData().toInt());
    if (m_mapPaging)
        o.mapPaging = MapPaging(m_mapPaging->currentData().toInt());
    if (m_bom)
        o.csvByteOrderMark = m_bom->isChecked();
    return o;
}

int ReportOptionsDialog::dpi() const
{
    return m_dpi ? m_dpi->value() : MapExport::kDefaultDpi;
}

} // namespace omnimap
