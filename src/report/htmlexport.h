#pragma once

#include "model/project.h"
#include "reportoptions.h"

#include <QByteArray>
#include <QString>

namespace omnimap {

/// The plan as one self-contained web page for people without Omnimap: the journey maps
/// as inline SVG (pan, zoom, persona filter, search, card details), personas, channel
/// roles, KPIs with status, checklists with their heat map, campaigns on a timeline and,
/// where the plan has results, the dashboard's charts. No network requests: no external
/// fonts, scripts or pictures, and a Content-Security-Policy that forbids them, so the
/// file works from a shared drive or an e-mail attachment. Prints from the browser.
namespace HtmlExport {

/// The page as UTF-8. Labels are translated (omnimap::Report); numbers and dates follow
/// `options.language`; `options.journeyId` limits the maps to one journey.
QByteArray page(const Project &project, const ReportOptions &options);

/// Writes the page to `path` atomically; false with `error` naming the file on failure.
bool writeFile(const QString &path, const Project &project, const ReportOptions &options, QString *error);

} // namespace HtmlExport
} // namespace omnimap
