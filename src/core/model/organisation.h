#pragma once

#include "common.h"

namespace omnimap {

/// The brand voice that consistency rules check every touchpoint message against.
struct Brand
{
    QString toneOfVoice;
    QStringList keywords;       ///< at least one should appear in a message
    QStringList forbiddenWords; ///< none may appear in a message
    QStringList palette;        ///< "#RRGGBB" colours channels should use
    ExtraFields extra = ExtraFields::object();
};

struct Department
{
    Id id;
    QString name;
    QString color;
    ExtraFields extra = ExtraFields::object();
};

enum class ChannelKind {
    Web, App, Store, Email, Sms, Kakao, Push, Social, Ads, CallCenter, Kiosk, Wearable, Other
};

struct Channel
{
    Id id;
    QString name;
    ChannelKind kind = ChannelKind::Other;
    QString color; ///< "#RRGGBB"
    Id ownerDepartmentId;
    QString description;
    ExtraFields extra = ExtraFields::object();
};

} // namespace omnimap
