// bench_export: the web page and the tiled A3 PDF of a 2 000-card plan
// (docs/PERFORMANCE.md). Goals: HTML ≤ 1 s and ≤ 5 MB; tiled A3 PDF ≤ 3 s. Exits 1 when
// a goal is missed. The browser's first paint is measured by tests/browser (--bench).

#include "fixture.h"
#include "report/htmlexport.h"
#include "report/pdfreport.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace omnimap;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    const Project p = test::largeProject(40, 8, 2000);
    ReportOptions options;
    options.exportedAt = QDateTime(QDate(2025, 3, 14), QTime(9, 30), Qt::UTC);

    // Best of three: the figure of the code, not of whatever else the machine does.
    qint64 htmlMs = 1 << 30;
    qint64 htmlBytes = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        QString error;
        if (!HtmlExport::writeFile(dir.filePath(QStringLiteral("big.html")), p, options, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        htmlMs = std::min(htmlMs, timer.elapsed());
        htmlBytes = QFileInfo(dir.filePath(QStringLiteral("big.html"))).size();
    }

    options.paper = ReportPaper::A3;
    options.mapPaging = MapPaging::Auto;
    qint64 pdfMs = 1 << 30;
    int pages = 0;
    for (int run = 0; run < 2; ++run) {
        QElapsedTimer timer;
        timer.start();
        const PdfReport report(p, options);
        QString error;
        if (!report.writePdf(dir.filePath(QStringLiteral("big.pdf")), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        pdfMs = std::min(pdfMs, timer.elapsed());
        pages = report.pageCount();
    }
    // For comparison: the same report with the map on one page (no parts).
    options.mapPaging = MapPaging::Overview;
    QElapsedTimer overviewTimer;
    overviewTimer.start();
    const PdfReport overview(p, options);
    QString overviewError;
    overview.writePdf(dir.filePath(QStringLiteral("overview.pdf")), &overviewError);
    std::printf("same report with the map on one page: %lld ms, %d pages\n", overviewTimer.elapsed(), overview.pageCount());
    std::printf("2000 cards (40 stages x 8 lanes): html %lld ms, %.2f MB; A3 tiled pdf %lld ms, %d pages, %.2f MB\n",
                htmlMs, htmlBytes / 1e6, pdfMs, pages, QFileInfo(dir.filePath(QStringLiteral("big.pdf"))).size() / 1e6);
    const bool ok = htmlMs <= 1000 && htmlBytes <= 5 * 1024 * 1024 && pdfMs <= 3000;
    std::printf("%s\n", ok ? "goals met" : "GOAL MISSED");
    return ok ? 0 : 1;
}
