#include "pdfreport.h"

#include "reportmeasure.h"
#include "reportsections.h"
#include "reportstyle.h"

#include <QCoreApplication>
#include <QDir>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace omnimap {

namespace {

struct PdfreportTr { Q_DECLARE_TR_FUNCTIONS(omnimap::Report) };

} // namespace

struct PdfReport::Data
{
    Project project;
    ReportOptions options;
    ReportBook book;
    QString stamp;

    Data(Project p, ReportOptions o)
        : project(std::move(p))
        , options(std::move(o))
        , book(options.paper)
    {
        if (!options.exportedAt.isValid())
            options.exportedAt = QDateTime::currentDateTimeUtc();
        // The measured values the dashboard shows are not stored in the plan: measure
        // them here (a data set that cannot be read leaves the plan's values).
        (void)ReportData::measureBoundKpis(project, options.measureDataSet);
        const QLocale locale(options.language);
        stamp = locale.toString(options.exportedAt.toLocalTime().date(), QLocale::ShortFormat);
        const ReportContext context{project, options, ReportStyle(project), locale};
        ReportSections::addCover(book, context);
        ReportSections::addContents(book, context);
        ReportSections::addPersonas(book, context);
        ReportSections::addJourneys(book, context);
        ReportSections::addKpis(book, context);
        ReportSections::addChecklists(book, context);
        ReportSections::addCampaigns(book, context);
        ReportSections::addDashboard(book, context);
        ReportSections::addKpiTrends(book, context);
        ReportSections::addCampaignEffects(book, context);
        ReportSections::addAttribution(book, context);
        ReportSections::addFeedback(book, context);
        ReportSections::addFindings(book, context);
    }

    void paintChrome(QPainter *p, const ReportPage &page, int index) const
    {
        const QSizeF size = book.pageSize(page);
        const QRectF body = book.bodyRect(page);
        const QFont font = ReportStyle::font(7.5);
        ReportStyle::drawText(p, QRectF(body.left(), 30, body.width() * 0.55, 12), project.name, font,
                              ReportStyle::muted(), Qt::AlignLeft, 1);
        ReportStyle::drawText(p, QRectF(body.left() + body.width() * 0.45, 30, body.width() * 0.55, 12), page.section,
                              font, ReportStyle::muted(), Qt::AlignRight, 1);
        p->setPen(QPen(ReportStyle::rule(), 0.6));
        p->drawLine(QPointF(body.left(), 45), QPointF(body.right(), 45));
        const double fy = size.height() - 38;
        p->drawLine(QPointF(body.left(), fy), QPointF(body.right(), fy));
        ReportStyle::drawText(p, QRectF(body.left(), fy + 7, body.width() * 0.6, 12),
                              PdfreportTr::tr("Omnimap journey plan · %1").arg(stamp), font, ReportStyle::muted(), Qt::AlignLeft, 1);
        ReportStyle::drawText(p, QRectF(body.left() + body.width() * 0.5, fy + 7, body.width() * 0.5, 12),
                              PdfreportTr::tr("Page %1 of %2").arg(index + 1).arg(book.pageCount()), font, ReportStyle::muted(),
                              Qt::AlignRight, 1);
    }
};

PdfReport::PdfReport(Project project, ReportOptions options)
    : d(std::make_unique<Data>(std::move(project), std::move(options)))
{
}

PdfReport::~PdfReport() = default;

int PdfReport::pageCount() const
{
    return d->book.pageCount();
}

const QList<ReportSection> &PdfReport::sections() const
{
    return d->book.sections();
}

bool PdfReport::render(QPagedPaintDevice *device, const Progress &progress) const
{
    const QList<ReportPage> &pages = d->book.pages();
    if (pages.isEmpty())
        return false;
    auto layoutFor = [this](const ReportPage &page) {
        return QPageLayout(d->book.qPageSize(page), page.orientation, QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    };
    device->setPageLayout(layoutFor(pages.constFirst()));
    QPainter painter;
    if (!painter.begin(device))
        return false;
    const double scale = device->logicalDpiX() / 72.0;
    for (int i = 0; i < pages.size(); ++i) {
        const ReportPage &page = pages.at(i);
        if (i > 0) {
            // Takes effect on the page newPage() starts.
            device->setPageLayout(layoutFor(page));
            device->newPage();
        }
        painter.save();
        painter.scale(scale, scale);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        if (page.chrome)
            d->paintChrome(&painter, page, i);
        page.paint(&painter, d->book.bodyRect(page));
        painter.restore();
        if (progress && !progress(i + 1, int(pages.size()))) {
            painter.end();
            return false;
        }
    }
    return painter.end();
}

bool PdfReport::writePdf(QIODevice *device, const Progress &progress) const
{
    QPdfWriter writer(device);
    writer.setResolution(1200);
    writer.setTitle(d->project.name);
    writer.setCreator(QStringLiteral("Omnimap " OMNIMAP_VERSION_STRING));
    return render(&writer, progress);
}

bool PdfReport::writePdf(const QString &path, QString *error, const Progress &progress) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = PdfreportTr::tr("%1: cannot write: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (!writePdf(&file, progress)) {
        file.cancelWriting();
        if (error)
            *error = PdfreportTr::tr("%1: export cancelled").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = PdfreportTr::tr("%1: cannot write: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace omnimap
