#include "reportoptionsdialog.h"

#include "ui_reportoptionsdialog.h"

#include "report/mapexport.h"

#include <QLocale>

namespace omnimap {

ReportOptionsDialog::ReportOptionsDialog(const Project &project, const Id &currentJourneyId, Kind kind, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReportOptionsDialog>())
    , m_kind(kind)
    , m_language(project.locale.startsWith(QLatin1String("ko")) ? QStringLiteral("ko") : QStringLiteral("en"))
{
    m_ui->setupUi(this);
    QComboBox *journey = m_ui->journeyCombo;
    if (kind != Kind::Picture)
        journey->addItem(tr("All journeys"), QString());
    for (const Journey &j : project.journeys)
        journey->addItem(j.name, j.id);
    const int current = journey->findData(currentJourneyId);
    if (current >= 0 && kind == Kind::Picture)
        journey->setCurrentIndex(current);

    QComboBox *paper = m_ui->paperCombo;
    paper->addItem(tr("A4"), int(ReportPaper::A4));
    paper->addItem(tr("A3"), int(ReportPaper::A3));
    paper->addItem(tr("A2"), int(ReportPaper::A2));
    paper->addItem(tr("US Letter"), int(ReportPaper::Letter));
    paper->addItem(tr("Tabloid (11 × 17 in)"), int(ReportPaper::Tabloid));
    // Letter where the system measures in inches.
    if (QLocale::system().measurementSystem() == QLocale::ImperialUSSystem)
        paper->setCurrentIndex(paper->findData(int(ReportPaper::Letter)));
    QComboBox *orientation = m_ui->orientationCombo;
    orientation->addItem(tr("Automatic (turn with the map)"), int(MapOrientation::Auto));
    orientation->addItem(tr("Portrait"), int(MapOrientation::Portrait));
    orientation->addItem(tr("Landscape"), int(MapOrientation::Landscape));
    QComboBox *paging = m_ui->mapPagingCombo;
    paging->addItem(tr("Automatic: one page if legible, else readable parts"), int(MapPaging::Auto));
    paging->addItem(tr("Overview: whole map on one page"), int(MapPaging::Overview));
    paging->addItem(tr("Poster: whole map on one large page"), int(MapPaging::Poster));
    connect(paging, &QComboBox::currentIndexChanged, this, &ReportOptionsDialog::updateHint);
    updateHint();

    m_ui->dpiSpin->setRange(24, 600);
    m_ui->dpiSpin->setValue(MapExport::kDefaultDpi);
    m_ui->dpiSpin->setSuffix(tr(" dpi"));

    const bool pdf = kind == Kind::Pdf;
    m_ui->form->setRowVisible(m_ui->paperCombo, pdf);
    m_ui->form->setRowVisible(m_ui->orientationCombo, pdf);
    m_ui->form->setRowVisible(m_ui->mapPagingCombo, pdf);
    m_ui->form->setRowVisible(m_ui->mapPagingHint, pdf);
    m_ui->form->setRowVisible(m_ui->dpiSpin, kind == Kind::Picture);
    m_ui->form->setRowVisible(m_ui->bomCheck, kind == Kind::Csv);
    adjustSize();
}

ReportOptionsDialog::~ReportOptionsDialog() = default;

void ReportOptionsDialog::updateHint()
{
    // Why the choice matters: what the reader gets on paper.
    switch (MapPaging(m_ui->mapPagingCombo->currentData().toInt())) {
    case MapPaging::Auto:
        m_ui->mapPagingHint->setText(tr("Card text stays at 7 pt or larger: a map too big for one page comes as an "
                                        "overview and numbered parts with the lane and stage headers repeated."));
        break;
    case MapPaging::Overview:
        m_ui->mapPagingHint->setText(tr("The whole map on one page: on a large map the card text gets too small to read."));
        break;
    case MapPaging::Poster:
        m_ui->mapPagingHint->setText(tr("The whole map at screen size on one page of A3 to A0 (or larger), for a "
                                        "plotter or a print shop."));
        break;
    }
}

ReportOptions ReportOptionsDialog::options() const
{
    ReportOptions o;
    o.language = m_language;
    o.journeyId = m_ui->journeyCombo->currentData().toString();
    if (m_kind == Kind::Pdf) {
        o.paper = ReportPaper(m_ui->paperCombo->currentData().toInt());
        o.mapOrientation = MapOrientation(m_ui->orientationCombo->currentData().toInt());
        o.mapPaging = MapPaging(m_ui->mapPagingCombo->currentData().toInt());
    }
    if (m_kind == Kind::Csv)
        o.csvByteOrderMark = m_ui->bomCheck->isChecked();
    return o;
}

int ReportOptionsDialog::dpi() const
{
    return m_kind == Kind::Picture ? m_ui->dpiSpin->value() : MapExport::kDefaultDpi;
}

} // namespace omnimap
