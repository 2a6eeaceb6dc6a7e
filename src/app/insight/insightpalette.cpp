#include "insightpalette.h"

#include <QCoreApplication>

namespace omnimap::insight::palette {

QColor status(KpiStatus s)
{
    switch (s) {
    case KpiStatus::OnTrack: return onTrack();
    case KpiStatus::AtRisk: return atRisk();
    case KpiStatus::OffTrack: return offTrack();
    case KpiStatus::NoTarget: break;
    }
    return neutral();
}

QString statusText(KpiStatus s)
{
    // Literal contexts: lupdate only extracts translate() calls it can read.
    switch (s) {
    case KpiStatus::OnTrack: return QCoreApplication::translate("omnimap::insight::Palette", "✔ On track");
    case KpiStatus::AtRisk: return QCoreApplication::translate("omnimap::insight::Palette", "▲ At risk");
    case KpiStatus::OffTrack: return QCoreApplication::translate("omnimap::insight::Palette", "✖ Off track");
    case KpiStatus::NoTarget: break;
    }
    return QCoreApplication::translate("omnimap::insight::Palette", "– No target");
}

QColor series(int index)
{
    static const QColor colours[] = {QColor(0x3B, 0x6E, 0xA8), QColor(0xE0, 0x8E, 0x3C), QColor(0x5B, 0x9A, 0x68),
                                     QColor(0x9B, 0x6F, 0xA6), QColor(0x5F, 0xA8, 0xA8), QColor(0xB8, 0x86, 0x5B)};
    return colours[std::size_t(index) % std::size(colours)];
}

QColor channelColour(const Project &project, const QString &channelName, int index)
{
    for (const Channel &c : project.channels) {
        if (c.name.compare(channelName, Qt::CaseInsensitive) == 0) {
            const QColor colour = QColor::fromString(c.color);
            if (colour.isValid())
                return colour;
        }
    }
    static const QColor fallback[] = {QColor(0x4E, 0x79, 0xA7), QColor(0xF2, 0x8E, 0x2B), QColor(0x59, 0xA1, 0x4F),
                                      QColor(0xB0, 0x7A, 0xA1), QColor(0x76, 0xB7, 0xB2), QColor(0xED, 0xC9, 0x48),
                                      QColor(0x9C, 0x75, 0x5F), QColor(0xBA, 0xB0, 0xAC)};
    return fallback[std::size_t(std::max(0, index)) % std::size(fallback)];
}

} // namespace omnimap::insight::palette
