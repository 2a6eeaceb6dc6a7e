#include "reportstyle.h"

#include "render/mapglyphs.h"
#include "render/mapstyle.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QTextLayout>

#include <cmath>

namespace omnimap {

namespace {

QColor parseColor(const QString &text, const QColor &fallback)
{
    const QColor c = QColor::fromString(text);
    return c.isValid() ? c : fallback;
}

/// Lays `text` out into lines of `width`; returns the lines' heights summed.
double layoutText(QTextLayout &layout, double width, int maxLines)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    layout.beginLayout();
    double y = 0;
    int lines = 0;
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
        if (maxLines > 0 && ++lines >= maxLines)
            break;
    }
    layout.endLayout();
    return y;
}

} // namespace

ReportStyle::ReportStyle(const Project &project)
{
    m_accent = parseColor(project.brand.palette.value(0), QColor(0x1E, 0x3A, 0x5F));
    // A dark band needs a colour with some weight: very light brand colours fall back.
    if (m_accent.lightnessF() > 0.75)
        m_accent = QColor(0x1E, 0x3A, 0x5F);
    m_accentTint = QColor::fromHslF(m_accent.hslHueF() < 0 ? 0.6f : m_accent.hslHueF(), 0.35f, 0.94f);
}

QFont ReportStyle::font(double points, QFont::Weight weight, bool italic)
{
    QFont f = QGuiApplication::font();
    const QString ui = f.family();
    f.setFamilies({QStringLiteral("Noto Sans CJK KR"), ui});
    // No OpenType substitution for text that needs no shaping (Latin, digits): Qt 6.4's
    // PDF engine maps glyphs back to characters through the cmap, so a substituted digit
    // glyph lost its text for copy, search and screen readers. Hangul is still shaped.
    f.setStyleStrategy(QFont::PreferNoShaping);
    // Pixel size on a painter scaled to points: exact sizes, no device-DPI guessing.
    f.setPixelSize(qMax(1, int(std::lround(points))));
    f.setWeight(weight);
    f.setItalic(italic);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    return f;
}

QColor ReportStyle::statusColor(KpiStatus status)
{
    const MapPalette &pal = MapPalette::get(false);
    switch (status) {
    case KpiStatus::OnTrack:
        return pal.statusGood;
    case KpiStatus::AtRisk:
        return pal.statusWarn;
    case KpiStatus::OffTrack:
        return pal.statusBad;
    case KpiStatus::NoTarget:
        break;
    }
    return pal.statusNone;
}

QColor ReportStyle::statusTint(KpiStatus status)
{
    const QColor c = statusColor(status);
    // 22 % of the colour over white: light enough for black text, still clearly hued.
    return QColor::fromRgbF(0.78f + c.redF() * 0.22f, 0.78f + c.greenF() * 0.22f, 0.78f + c.blueF() * 0.22f);
}

QColor ReportStyle::textOn(const QColor &background)
{
    return background.lightnessF() < 0.55 ? QColor(Qt::white) : ink();
}

double ReportStyle::textHeight(const QString &text, const QFont &font, double width, int maxLines)
{
    if (text.isEmpty())
        return QFontMetricsF(font).height();
    QTextLayout layout(text, font);
    return layoutText(layout, width, maxLines);
}

double ReportStyle::drawText(QPainter *p, const QRectF &rect, const QString &text, const QFont &font,
                             const QColor &color, Qt::Alignment align, int maxLines)
{
    if (text.isEmpty())
        return 0;
    QString shown = text;
    if (maxLines > 0) {
        // Elide the last line: lay out once, cut what does not fit, add an ellipsis.
        QTextLayout probe(text, font);
        layoutText(probe, rect.width(), 0);
        if (probe.lineCount() > maxLines) {
            const QTextLine last = probe.lineAt(maxLines - 1);
            const QString head = text.left(last.textStart());
            const QString tail = text.mid(last.textStart());
            shown = head + QFontMetricsF(font).elidedText(tail.simplified(), Qt::ElideRight, rect.width());
        }
    }
    QTextLayout layout(shown, font);
    const double height = layoutText(layout, rect.width(), maxLines);
    p->save();
    p->setPen(color);
    for (int i = 0; i < layout.lineCount(); ++i) {
        QTextLine line = layout.lineAt(i);
        double x = 0;
        if (align & Qt::AlignRight)
            x = rect.width() - line.naturalTextWidth();
        else if (align & Qt::AlignHCenter)
            x = (rect.width() - line.naturalTextWidth()) / 2;
        line.setPosition(QPointF(x, line.position().y()));
    }
    layout.draw(p, rect.topLeft());
    p->restore();
    return height;
}

double ReportStyle::drawHeading(QPainter *p, const QRectF &rect, const QString &title, const QString &subtitle) const
{
    const double h = drawText(p, rect, title, font(17, QFont::Bold), ink(), Qt::AlignLeft, 1);
    p->fillRect(QRectF(rect.left(), rect.top() + h + 3, 36, 2.5), m_accent);
    double used = h + 10;
    if (!subtitle.isEmpty())
        used += drawText(p, QRectF(rect.left(), rect.top() + used, rect.width(), 40), subtitle, font(9), muted(),
                         Qt::AlignLeft, 2);
    return qMax(used + 8, kHeadingHeight);
}

} // namespace omnimap
