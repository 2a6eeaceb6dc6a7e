#include "brandrules.h"

#include "model/lookup.h"
#include "plan/checklisttemplates.h"
#include "plan/textmatch.h"

#include <QCoreApplication>
#include <QSet>

#include <array>
#include <cmath>

namespace omnimap {
namespace {

std::optional<std::array<int, 3>> parseRgb(const QString &text)
{
    const QString hex = text.trimmed();
    if (hex.size() != 7 || !hex.startsWith(QLatin1Char('#')))
        return std::nullopt;
    bool ok = false;
    const uint value = QStringView(hex).mid(1).toUInt(&ok, 16);
    if (!ok)
        return std::nullopt;
    return std::array<int, 3>{int((value >> 16) & 0xff), int((value >> 8) & 0xff), int(value & 0xff)};
}

QString channelLabel(const Project &project, const Id &channelId)
{
    const Channel *channel = findById(project.channels, channelId);
    return channel && !channel->name.isEmpty() ? channel->name : channelId;
}

void checkMessages(const Project &project, RuleSink &sink)
{
    const Brand &brand = project.brand;
    for (const Journey &journey : project.journeys) {
        for (const Touchpoint &t : journey.touchpoints) {
            if (t.message.trimmed().isEmpty())
                continue;
            const QString title = t.title.isEmpty() ? t.id : t.title;
            const QStringList forbidden = matchingWords(t.message, brand.forbiddenWords);
            if (!forbidden.isEmpty()) {
                sink.report("message.forbidden-word",
                            QCoreApplication::translate("Rules", "Touchpoint “%1” uses forbidden word(s): %2")
                                .arg(title, forbidden.join(QStringLiteral(", "))),
                            t.id, journey.id);
            }
            if (!brand.keywords.isEmpty() && matchingWords(t.message, brand.keywords).isEmpty()) {
                sink.report("message.no-keyword",
                            QCoreApplication::translate("Rules", "Touchpoint “%1” uses none of the brand keywords (%2)")
                                .arg(title, brand.keywords.join(QStringLiteral(", "))),
                            t.id, journey.id);
            }
        }
    }
}

void checkPalette(const Project &project, RuleSink &sink, double tolerance)
{
    if (project.brand.palette.isEmpty())
        return;
    for (const Channel &channel : project.channels) {
        if (channel.color.isEmpty())
            continue;
        const std::optional<double> distance = paletteDistance(channel.color, project.brand.palette);
        if (distance && *distance <= tolerance)
            continue;
        sink.report("channel.off-palette",
                    QCoreApplication::translate("Rules", "Channel “%1” colour %2 is not in the brand palette (%3)")
                        .arg(channel.name, channel.color, project.brand.palette.join(QStringLiteral(", "))),
                    channel.id);
    }
}

// Channels a parity item is marked "not applicable" for are exempt: the reviewer said so.
bool parityExempt(const Checklist &checklist, const Id &channelId)
{
    bool anyParityItem = false;
    for (const ChecklistItem &item : checklist.items) {
        if (!item.requiresParity)
            continue;
        anyParityItem = true;
        const CheckResult *result = findCheckResult(checklist, item.id, channelId);
        if (!result || result->status != CheckStatus::NotApplicable)
            return false;
    }
    return anyParityItem;
}

void checkParity(const Project &project, RuleSink &sink)
{
    QSet<QString> reported; // stage + channel, once even when two checklists ask
    for (const Checklist &checklist : project.checklists) {
        bool requiresParity = false;
        for (const ChecklistItem &item : checklist.items)
            requiresParity = requiresParity || item.requiresParity;
        if (!requiresParity)
            continue;
        for (const Journey &journey : project.journeys) {
            if (!checklist.journeyId.isEmpty() && checklist.journeyId != journey.id)
                continue;
            IdList channels;
            for (const Id &channelId : checklist.channelIds) {
                if (journey.channelIds.contains(channelId) && !parityExempt(checklist, channelId))
                    channels << channelId;
            }
            if (channels.size() < 2)
                continue;
            for (const Stage &stage : journey.stages) {
                const Touchpoint *promotion = nullptr;
                IdList withPromotion;
                for (const Touchpoint &t : journey.touchpoints) {
                    if (t.promotion && t.stageId == stage.id && channels.contains(t.channelId)) {
                        if (!promotion)
                            promotion = &t;
                        withPromotion << t.channelId;
                    }
                }
                if (!promotion)
                    continue;
                for (const Id &channelId : channels) {
                    const QString key = stage.id + QLatin1Char('/') + channelId;
                    if (withPromotion.contains(channelId) || reported.contains(key))
                        continue;
                    reported.insert(key);
                    sink.report("promotion.no-parity",
                                QCoreApplication::translate("Rules", "Promotion “%1” runs on %2 at stage “%3” but not on %4 (checklist “%5” requires parity)")
                                    .arg(promotion->title, channelLabel(project, promotion->channelId),
                                         stage.name, channelLabel(project, channelId), checklist.name),
                                promotion->id, journey.id);
                }
            }
        }
    }
}

} // namespace

std::optional<double> paletteDistance(const QString &color, const QStringList &palette)
{
    const auto rgb = parseRgb(color);
    if (!rgb)
        return std::nullopt;
    std::optional<double> best;
    for (const QString &entry : palette) {
        const auto other = parseRgb(entry);
        if (!other)
            continue;
        const double dr = (*rgb)[0] - (*other)[0];
        const double dg = (*rgb)[1] - (*other)[1];
        const double db = (*rgb)[2] - (*other)[2];
        const double d = std::sqrt(dr * dr + dg * dg + db * db);
        if (!best || d < *best)
            best = d;
    }
    return best;
}

void checkBrandRules(const Project &project, RuleSink &sink, double paletteTolerance)
{
    if (sink.enabled("message.forbidden-word") || sink.enabled("message.no-keyword"))
        checkMessages(project, sink);
    if (sink.enabled("channel.off-palette"))
        checkPalette(project, sink, paletteTolerance);
    if (sink.enabled("promotion.no-parity"))
        checkParity(project, sink);
}

} // namespace omnimap
