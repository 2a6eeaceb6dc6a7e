#pragma once

#include "plan/kpistatus.h"

#include "model/project.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;

namespace omnimap {


/// Typography and colours of the PDF report, and the few text primitives every section
/// uses. Coordinates are PostScript points; fonts are sized in points through pixel
/// sizes on a painter scaled to points, so text stays real, selectable PDF text.
class ReportStyle final
{
public:
    explicit ReportStyle(const Project &project);

    /// Noto Sans CJK KR first (Hangul and Latin), the UI font behind it.
    static QFont font(double points, QFont::Weight weight = QFont::Normal, bool italic = false);

    QColor accent() const { return m_accent; }      ///< brand colour for bands and rules
    QColor accentTint() const { return m_accentTint; }
    static QColor ink() { return QColor(0x1F, 0x29, 0x33); }
    static QColor muted() { return QColor(0x5F, 0x6B, 0x7A); }
    static QColor rule() { return QColor(0xD5, 0xDB, 0xE3); }
    static QColor zebra() { return QColor(0xF5, 0xF7, 0xFA); }
    static QColor headerFill() { return QColor(0xE9, 0xED, 0xF2); }
    static QColor statusColor(KpiStatus status);
    /// A light wash of a status colour, for table cells.
    static QColor statusTint(KpiStatus status);
    /// Text colour readable on `background` (ink or white).
    static QColor textOn(const QColor &background);

    /// Height `text` takes when wrapped into `width` (breaks at spaces, or anywhere in a
    /// word longer than the line, which long Korean or URL strings need).
    static double textHeight(const QString &text, const QFont &font, double width, int maxLines = 0);
    /// Draws wrapped text from the top of `rect`; returns the height used. With
    /// `maxLines` the last line is elided. User text is drawn as text, never interpreted.
    static double drawText(QPainter *p, const QRectF &rect, const QString &text, const QFont &font,
                           const QColor &color, Qt::Alignment align = Qt::AlignLeft, int maxLines = 0);
    /// A section heading with a short accent rule under it; returns its height.
    double drawHeading(QPainter *p, const QRectF &rect, const QString &title, const QString &subtitle = {}) const;
    static constexpr double kHeadingHeight = 44.0;

private:
    QColor m_accent;
    QColor m_accentTint;
};

} // namespace omnimap
