#pragma once

#include "model/common.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;

namespace omnimap {

/// Sizes of the map layout, in scene units (1 unit = 1 px at 96 dpi). One place, so the
/// canvas, the exports and the hit tests agree on where everything is.
namespace MapMetrics {
constexpr double LaneHeaderWidth = 196.0;
constexpr double PersonaHeaderHeight = 84.0;
constexpr double StageHeaderHeight = 76.0;
constexpr double EmotionLaneHeight = 168.0;
constexpr double MinColumnWidth = 248.0;
constexpr double MinLaneHeight = 132.0;
constexpr double NoteLaneHeight = 92.0;
constexpr double CardWidth = 212.0;   ///< a card with width 1.0
constexpr double CardHeight = 108.0;  ///< a card with height 1.0
constexpr double CardGap = 10.0;
constexpr double CellPadding = 14.0;
constexpr double GridSize = 8.0;      ///< snap grid of the canvas
constexpr double Margin = 16.0;
constexpr int MaxPersonas = 5;
} // namespace MapMetrics

/// The one calm palette of the map, light or dark. Status colours match the charts and
/// the PDF so "at risk" looks the same everywhere.
struct MapPalette
{
    QColor background;
    QColor headerBackground;
    QColor laneShadeA;
    QColor laneShadeB;
    QColor gridLine;
    QColor text;
    QColor mutedText;
    QColor cardFill;
    QColor cardBorder;
    QColor chevron;
    QColor chevronText;
    QColor selection;
    QColor focusRing;
    QColor handoff;
    QColor statusGood;
    QColor statusWarn;
    QColor statusBad;
    QColor statusNone;
    QColor accent;

    static const MapPalette &get(bool darkMode);
};

/// Fonts that show Hangul and Latin well: Noto Sans CJK KR first, the UI font behind it.
/// Sized in pixels (scene units) so text scales with the painter in PDF and SVG too.
QFont mapFont(int pixelSize, QFont::Weight weight = QFont::Normal);

/// Red (-5) → amber (0) → green (+5).
QColor emotionColor(double score);

/// Colour of the n-th persona's curve when the persona sets none.
QColor personaColor(int index, const QString &explicitColor = {});

/// A channel colour from "#RRGGBB", or a calm default for the lane index.
QColor channelColor(const QString &color, int laneIndex);

/// Draws `text` inside `rect` on at most `maxLines` lines, the last one elided.
/// Returns the height used.
double drawWrappedText(QPainter *painter, const QRectF &rect, const QString &text, const QFont &font,
                       int maxLines, Qt::Alignment alignment = Qt::AlignLeft);

/// Two letters naming a person or department ("Ji-woo Kim" → "JK", "영업" → "영업").
QString initialsOf(const QString &name);

} // namespace omnimap
