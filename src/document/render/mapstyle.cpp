#include "mapstyle.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace omnimap {

const MapPalette &MapPalette::get(bool darkMode)
{
    static const MapPalette light{
        QColor(0xf7, 0xf8, 0xfa), QColor(0xff, 0xff, 0xff), QColor(0xfb, 0xfc, 0xfd),
        QColor(0xf2, 0xf4, 0xf7), QColor(0xe3, 0xe7, 0xed), QColor(0x1f, 0x29, 0x37),
        QColor(0x6b, 0x72, 0x80), QColor(0xff, 0xff, 0xff), QColor(0xd5, 0xdb, 0xe3),
        QColor(0x3d, 0x5a, 0x80), QColor(0xff, 0xff, 0xff), QColor(0x25, 0x63, 0xeb),
        QColor(0xf5, 0x9e, 0x0b), QColor(0x64, 0x74, 0x8b), QColor(0x16, 0xa3, 0x4a),
        QColor(0xd9, 0x77, 0x06), QColor(0xdc, 0x26, 0x26), QColor(0x9c, 0xa3, 0xaf),
        QColor(0x25, 0x63, 0xeb)};
    static const MapPalette dark{
        QColor(0x18, 0x1b, 0x20), QColor(0x20, 0x24, 0x2b), QColor(0x1d, 0x21, 0x27),
        QColor(0x22, 0x26, 0x2d), QColor(0x33, 0x39, 0x42), QColor(0xe5, 0xe7, 0xeb),
        QColor(0x9c, 0xa3, 0xaf), QColor(0x2a, 0x2f, 0x37), QColor(0x3d, 0x44, 0x4f),
        QColor(0x4a, 0x6f, 0x9e), QColor(0xf3, 0xf4, 0xf6), QColor(0x60, 0xa5, 0xfa),
        QColor(0xfb, 0xbf, 0x24), QColor(0x94, 0xa3, 0xb8), QColor(0x22, 0xc5, 0x5e),
        QColor(0xf5, 0x9e, 0x0b), QColor(0xef, 0x44, 0x44), QColor(0x6b, 0x72, 0x80),
        QColor(0x60, 0xa5, 0xfa)};
    return darkMode ? dark : light;
}

QFont mapFont(int pixelSize, QFont::Weight weight)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    const QString uiFamily = font.family();
    font.setFamilies({QStringLiteral("Noto Sans CJK KR"), uiFamily});
    font.setPixelSize(pixelSize);
    font.setWeight(weight);
    font.setHintingPreference(QFont::PreferVerticalHinting);
    // As in the report's fonts: no OpenType substitution for text that needs no shaping,
    // so digits and ligature letters in a PDF/SVG map keep their text (copy, search).
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QColor emotionColor(double score)
{
    const double t = std::clamp((score + 5.0) / 10.0, 0.0, 1.0);
    // Through amber rather than muddy brown: two linear halves.
    const QColor red(0xdc, 0x26, 0x26), amber(0xf5, 0xa5, 0x24), green(0x16, 0xa3, 0x4a);
    const QColor &a = t < 0.5 ? red : amber;
    const QColor &b = t < 0.5 ? amber : green;
    const double u = t < 0.5 ? t * 2.0 : (t - 0.5) * 2.0;
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * u),
                            float(a.greenF() + (b.greenF() - a.greenF()) * u),
                            float(a.blueF() + (b.blueF() - a.blueF()) * u));
}

QColor personaColor(int index, const QString &explicitColor)
{
    const QColor explicitValue(explicitColor);
    if (explicitValue.isValid())
        return explicitValue;
    static const QColor colors[] = {QColor(0x25, 0x63, 0xeb), QColor(0xdb, 0x27, 0x77),
                                    QColor(0x0d, 0x94, 0x88), QColor(0x7c, 0x3a, 0xed),
                                    QColor(0xea, 0x58, 0x0c)};
    return colors[std::abs(index) % 5];
}

QColor channelColor(const QString &color, int laneIndex)
{
    const QColor value(color);
    if (value.isValid())
        return value;
    static const QColor colors[] = {QColor(0x3b, 0x82, 0xf6), QColor(0x10, 0xb9, 0x81),
                                    QColor(0xf5, 0x9e, 0x0b), QColor(0x8b, 0x5c, 0xf6),
                                    QColor(0xec, 0x48, 0x99), QColor(0x06, 0xb6, 0xd4),
                                    QColor(0x84, 0xcc, 0x16), QColor(0xf9, 0x73, 0x16)};
    return colors[std::abs(laneIndex) % 8];
}

double drawWrappedText(QPainter *painter, const QRectF &rect, const QString &text, const QFont &font,
                       int maxLines, Qt::Alignment alignment)
{
    if (text.isEmpty() || maxLines <= 0 || rect.width() <= 4)
        return 0.0;
    const QFontMetricsF metrics(font);
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setAlignment(alignment);
    layout.setTextOption(option);
    layout.beginLayout();
    double y = 0.0;
    int lines = 0;
    painter->setFont(font);
    while (lines < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(rect.width());
        if (y + line.height() > rect.height() + 0.5)
            break;
        const bool last = lines + 1 == maxLines;
        const int end = line.textStart() + line.textLength();
        if (last && end < text.size()) {
            // The rest does not fit: elide what is left onto this last line.
            const QString rest = text.mid(line.textStart()).simplified();
            const QString elided = metrics.elidedText(rest, Qt::ElideRight, rect.width());
            painter->drawText(QRectF(rect.left(), rect.top() + y, rect.width(), line.height()),
                              int(alignment) | Qt::AlignTop, elided);
        } else {
            painter->drawText(QRectF(rect.left(), rect.top() + y, rect.width(), line.height()),
                              int(alignment) | Qt::AlignTop,
                              text.mid(line.textStart(), line.textLength()).trimmed());
        }
        y += line.height();
        ++lines;
    }
    layout.endLayout();
    return y;
}

QString initialsOf(const QString &name)
{
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return QStringLiteral("?");
    if (words.size() == 1)
        return words.first().left(2).toUpper();
    return (words.first().left(1) + words.last().left(1)).toUpper();
}

} // namespace omnimap
