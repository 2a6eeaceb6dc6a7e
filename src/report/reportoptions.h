#pragma once

#include "model/common.h"
#include "render/maprenderoptions.h"

#include "attribution.h"

#include <QDateTime>
#include <QString>

namespace omnimap {

/// Paper of the PDF report. Map pages turn landscape; the other sections stay portrait.
/// (Values are stable: A4 and Letter keep 0 and 1.)
enum class ReportPaper { A4, Letter, A3, A2, Tabloid };

/// How a journey map meets the page.
enum class MapPaging {
    /// One page when the card text stays legible there (≥ kMinCardTextPt), otherwise
    /// legible tiles with lane and stage headers repeated, after a whole-map overview.
    Auto,
    /// The whole map scaled onto one page however small its text gets (asked for explicitly).
    Overview,
    /// The whole map on one large page at 100 % (the smallest ISO A size that holds it).
    Poster,
};

/// Orientation of the map pages; the other sections choose their own.
enum class MapOrientation { Auto, Portrait, Landscape };

/// Card text of a printed map never goes below this size unless the user asks for an overview.
constexpr double kMinCardTextPt = 7.0;

/// What an export produces; shared by the GUI dialog and `omnimap-cli export`, so both
/// write the same files for the same choices.
struct ReportOptions
{
    ReportPaper paper = ReportPaper::A4;
    MapPaging mapPaging = MapPaging::Auto;
    MapOrientation mapOrientation = MapOrientation::Auto;
    Id journeyId;            ///< empty: every journey
    QString language = QStringLiteral("en"); ///< locale of dates and numbers ("en", "ko")
    QDateTime exportedAt;    ///< stamped on the cover and in the JSON plan; invalid: now
    bool csvByteOrderMark = true; ///< spreadsheet apps need it to detect UTF-8
    /// What the map pages draw over the plan (simulation overlays, department focus,
    /// highlights): the app passes what its maps show; the CLI leaves it empty.
    MapDecorations mapDecorations;
    /// Attribution by model from a data set (with the bootstrap's intervals): when not
    /// empty the report gets an attribution section. The app passes what its dashboard
    /// computed; the CLI computes it from --db.
    std::vector<sim::AttributionResult> attribution;
    /// A data set to measure the KPIs with a data binding on (the app passes the one its
    /// dashboard shows), so the report prints the same measured values; empty: none.
    QString measureDataSet;

    QDateTime stamp() const
    {
        return exportedAt.isValid() ? exportedAt : QDateTime::currentDateTimeUtc();
    }
};

} // namespace omnimap
