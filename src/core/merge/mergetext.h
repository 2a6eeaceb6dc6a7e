#pragma once

#include "mergeconflict.h"

namespace omnimap {

/// How a conflict value is shown and edited as text, so the conflict view never
/// handles JSON itself.
namespace mergetext {

/// A multi-line text of one side's value: strings as they are, string lists one per
/// line, items as "field: value" lines, absent as "(deleted)" / "(not set)".
QString valueText(const MergeConflict &conflict, const std::optional<nlohmann::json> &value);

/// Whether a custom value can be typed for this conflict (plain values and lists).
bool isEditable(const MergeConflict &conflict);

/// Turns typed text into a value of the same type as the conflict's values (text,
/// number, yes/no, a list with one entry per line, or JSON for anything else).
/// Empty text means "not set". On a mistake returns nullopt and sets `error`.
std::optional<std::optional<nlohmann::json>> valueFromText(const MergeConflict &conflict,
                                                           const QString &text, QString *error);

/// One line saying what the conflict is about: "Touchpoint “QR code” — title".
QString conflictTitle(const MergeConflict &conflict);

} // namespace mergetext
} // namespace omnimap
