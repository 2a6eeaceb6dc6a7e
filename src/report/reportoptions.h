#pragma once

#include "model/common.h"
#include "render/maprenderoptions.h"

#include <QDateTime>
#include <QString>

namespace omnimap {

/// Paper of the PDF report. Map pages turn landscape; the other sections stay portrait.
enum class ReportPaper { A4, Letter };

/// How a journey map meets the page: scaled down to one page, or tiled over several
/// pages at a readable size.
enum class MapPaging { FitToPage, Split };

/// What an export produces; shared by the GUI dialog and `omnimap-cli export`, so both
/// write the same files for the same choices.
struct ReportOptions
{
    ReportPaper paper = ReportPaper::A4;
    MapPaging mapPaging = MapPaging::FitToPage;
    Id journeyId;            ///< empty: every journey
    QString language = QStringLiteral("en"); ///< locale of dates and numbers ("en", "ko")
    QDateTime exportedAt;    ///< stamped on the cover and in the JSON plan; invalid: now
    bool csvByteOrderMark = true; ///< spreadsheet apps need it to detect UTF-8
    /// What the map pages draw over the plan (simulation overlays, department focus,
    /// highlights): the app passes what its maps show; the CLI leaves it empty.
    MapDecorations mapDecorations;
    /// A data set to measure the KPIs with a data binding on (the app passes the one its
    /// dashboard shows), so the report prints the same measured values; empty: none.
    QString measureDataSet;

    QDateTime stamp() const
    {
        return exportedAt.isValid() ? exportedAt : QDateTime::currentDateTimeUtc();
    }
};

} // namespace omnimap
