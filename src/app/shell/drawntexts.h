#pragma once

#include <QList>
#include <QRectF>
#include <QString>
#include <QVariant>
#include <QWidget>

namespace omnimap {

/// A text a view paints itself (timeline month labels, channel-flow labels, KPI
/// captions), with the room it was given and the width it needs.
struct DrawnText
{
    QRectF rect;   ///< the room, in the widget's (or its scene's) coordinates
    QString text;  ///< as drawn
    double needed; ///< width the text needs at its font
};

/// The property the screenshot tool's clipped-text check reads: custom-painted views
/// publish what they drew, so clipped or overlapping texts inside them are caught too.
inline constexpr char kDrawnTextsProperty[] = "omnimapDrawnTexts";

inline void publishDrawnTexts(QWidget *widget, const QList<DrawnText> &texts)
{
    QVariantList list;
    list.reserve(texts.size());
    for (const DrawnText &t : texts)
        list.append(QVariantMap{{QStringLiteral("rect"), t.rect},
                                {QStringLiteral("text"), t.text},
                                {QStringLiteral("needed"), t.needed}});
    widget->setProperty(kDrawnTextsProperty, list);
}

inline QList<DrawnText> drawnTexts(const QWidget *widget)
{
    QList<DrawnText> texts;
    const QVariantList list = widget->property(kDrawnTextsProperty).toList();
    for (const QVariant &v : list) {
        const QVariantMap m = v.toMap();
        texts.append({m.value(QStringLiteral("rect")).toRectF(), m.value(QStringLiteral("text")).toString(),
                      m.value(QStringLiteral("needed")).toDouble()});
    }
    return texts;
}

} // namespace omnimap
