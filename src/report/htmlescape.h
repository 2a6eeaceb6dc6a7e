#pragma once

#include <QString>

namespace omnimap::Html {

/// The one way user text enters the web page: as HTML/SVG character data or as the value
/// of a double-quoted attribute. Escapes & < > " ' (so text can never open a tag, close
/// an attribute or start an entity), drops control characters other than tab and line
/// breaks, and replaces unpaired surrogates with U+FFFD. User text is never placed inside
/// <script> or <style>, in an event attribute, or as a URL (href/src), so no other
/// context needs escaping: the page's script reads it back with textContent/dataset.
QString escape(const QString &text);

/// `escape()` for a list joined with `separator` (escaped too).
QString escapeJoined(const QStringList &items, const QString &separator);

/// An image data URI safe to put in <img src>: only base64 PNG, JPEG, GIF or WebP
/// (never SVG, never a link); empty for anything else.
QString imageDataUri(const QString &uri);

} // namespace omnimap::Html
