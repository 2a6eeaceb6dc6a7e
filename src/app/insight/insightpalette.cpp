#include "insightpalette.h"

#include "report/channelflow.h"

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
    // One rule for screen and paper: the report's channel flow uses it too.
    return ChannelFlow::channelColour(project, channelName, index);
}

} // namespace omnimap::insight::palette
