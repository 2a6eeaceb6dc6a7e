#pragma once

#include "campaign.h"

namespace omnimap {

/// What a campaign's effect is compared with by difference-in-differences (issue 14 item
/// 3, docs/campaign-effect.md): a channel or a persona's segment the campaign does not
/// touch; both empty: before/after only. Stored as two optional string fields of the
/// campaign's JSON object, "comparisonChannelId" and "comparisonPersonaId", kept with the
/// campaign's other fields the reader does not map to members (Campaign::extra): added
/// without a format version change, so a file written here opens unchanged in a build that
/// does not know them, and the three-way merge treats them like any campaign field.
struct CampaignComparison
{
    Id channelId;
    Id personaId;

    bool operator==(const CampaignComparison &o) const { return channelId == o.channelId && personaId == o.personaId; }
    bool operator!=(const CampaignComparison &o) const { return !(*this == o); }
};

inline constexpr const char *kComparisonChannelKey = "comparisonChannelId";
inline constexpr const char *kComparisonPersonaKey = "comparisonPersonaId";

/// The stored comparison; a value that is not a string (an untrusted file) reads as none.
inline CampaignComparison campaignComparison(const Campaign &c)
{
    auto read = [&c](const char *key) {
        if (!c.extra.is_object())
            return Id();
        const auto it = c.extra.find(key);
        return it != c.extra.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()).trimmed() : Id();
    };
    return {read(kComparisonChannelKey), read(kComparisonPersonaKey)};
}

/// Sets both fields; an empty one is removed from the file.
inline void setCampaignComparison(Campaign &c, const CampaignComparison &comparison)
{
    if (!c.extra.is_object())
        c.extra = ExtraFields::object();
    auto write = [&c](const char *key, const Id &value) {
        if (value.isEmpty())
            c.extra.erase(key);
        else
            c.extra[key] = value.toStdString();
    };
    write(kComparisonChannelKey, comparison.channelId);
    write(kComparisonPersonaKey, comparison.personaId);
}

} // namespace omnimap
