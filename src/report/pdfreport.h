#pragma once

#include "model/project.h"
#include "reportbook.h"
#include "reportoptions.h"

#include <functional>
#include <memory>

class QIODevice;
class QPagedPaintDevice;

namespace omnimap {

/// The PDF plan: cover, contents, personas, journey maps (vector, from MapRenderer),
/// role matrices, KPIs, checklists, campaign timelines, dashboard and findings, with a
/// running header and "page x of y". The same pages go to a QPdfWriter (export, CLI)
/// or a QPrinter (print and preview in the app).
///
/// Holds its own copy of the project, so it can be built and rendered on a worker thread
/// while the user keeps editing.
class PdfReport final
{
public:
    PdfReport(Project project, ReportOptions options);
    ~PdfReport();
    PdfReport(const PdfReport &) = delete;
    PdfReport &operator=(const PdfReport &) = delete;

    int pageCount() const;
    const QList<ReportSection> &sections() const;

    /// Called after each page with (pages done, total); return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    /// Paints every page onto `device`, changing orientation page by page. A QPrinter
    /// should be set to full-page mode: the report draws its own margins.
    /// Returns false when cancelled or when painting cannot start.
    bool render(QPagedPaintDevice *device, const Progress &progress = {}) const;

    /// Writes the PDF to `path` atomically (nothing is left behind on cancel or failure).
    bool writePdf(const QString &path, QString *error, const Progress &progress = {}) const;
    /// Writes the PDF to an open `device` (what writePdf(path) writes); false when cancelled.
    bool writePdf(QIODevice *device, const Progress &progress = {}) const;

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace omnimap
