#pragma once

#include "project.h"

#include <array>
#include <utility>

namespace omnimap {

/// File-format spelling of each enum value. The file format, the CLI and the JSON
/// Schema use these names; keep them in step with docs/omnimap.schema.json.
template<typename E>
struct EnumNames;

#define OMNIMAP_ENUM_NAMES(Enum, ...)                                                      \
    template<>                                                                              \
    struct EnumNames<Enum>                                                                  \
    {                                                                                       \
        static constexpr std::pair<Enum, const char *> table[] = {__VA_ARGS__};             \
    };

OMNIMAP_ENUM_NAMES(ReviewStatus, {ReviewStatus::Draft, "draft"}, {ReviewStatus::InReview, "in_review"},
                   {ReviewStatus::Approved, "approved"})
OMNIMAP_ENUM_NAMES(ChannelKind, {ChannelKind::Web, "web"}, {ChannelKind::App, "app"},
                   {ChannelKind::Store, "store"}, {ChannelKind::Email, "email"},
                   {ChannelKind::Sms, "sms"}, {ChannelKind::Kakao, "kakao"},
                   {ChannelKind::Push, "push"}, {ChannelKind::Social, "social"},
                   {ChannelKind::Ads, "ads"}, {ChannelKind::CallCenter, "call_center"},
                   {ChannelKind::Kiosk, "kiosk"}, {ChannelKind::Wearable, "wearable"},
                   {ChannelKind::Other, "other"})
OMNIMAP_ENUM_NAMES(HandoffKind, {HandoffKind::Unspecified, "unspecified"}, {HandoffKind::QrCode, "qr_code"},
                   {HandoffKind::Link, "link"}, {HandoffKind::Push, "push"},
                   {HandoffKind::Message, "message"}, {HandoffKind::Staff, "staff"},
                   {HandoffKind::Pickup, "pickup"}, {HandoffKind::Other, "other"})
OMNIMAP_ENUM_NAMES(SegmentField, {SegmentField::AgeBand, "age_band"}, {SegmentField::Gender, "gender"},
                   {SegmentField::Region, "region"}, {SegmentField::SignupDate, "signup_date"},
                   {SegmentField::Attribute, "attribute"})
OMNIMAP_ENUM_NAMES(SegmentOperator, {SegmentOperator::Equals, "eq"}, {SegmentOperator::NotEquals, "ne"},
                   {SegmentOperator::In, "in"}, {SegmentOperator::NotIn, "not_in"},
                   {SegmentOperator::Before, "before"}, {SegmentOperator::After, "after"},
                   {SegmentOperator::Contains, "contains"})
OMNIMAP_ENUM_NAMES(RoleLevel, {RoleLevel::None, "none"}, {RoleLevel::Supporting, "supporting"},
                   {RoleLevel::Primary, "primary"})
OMNIMAP_ENUM_NAMES(KpiUnit, {KpiUnit::Percent, "percent"}, {KpiUnit::Count, "count"},
                   {KpiUnit::Currency, "currency"}, {KpiUnit::Duration, "duration"},
                   {KpiUnit::Ratio, "ratio"}, {KpiUnit::Score, "score"})
OMNIMAP_ENUM_NAMES(KpiDirection, {KpiDirection::Increase, "increase"},
                   {KpiDirection::Decrease, "decrease"})
OMNIMAP_ENUM_NAMES(CheckStatus, {CheckStatus::Unchecked, "unchecked"}, {CheckStatus::Pass, "pass"},
                   {CheckStatus::Fail, "fail"}, {CheckStatus::NotApplicable, "na"})
OMNIMAP_ENUM_NAMES(ModifierKind, {ModifierKind::BudgetShift, "budget_shift"},
                   {ModifierKind::RemoveChannel, "remove_channel"},
                   {ModifierKind::ScaleEntry, "scale_entry"},
                   {ModifierKind::ScaleTransition, "scale_transition"},
                   {ModifierKind::SetConversion, "set_conversion"},
                   {ModifierKind::ScaleConversion, "scale_conversion"})

#undef OMNIMAP_ENUM_NAMES

template<typename E>
const char *enumName(E value)
{
    for (const auto &entry : EnumNames<E>::table) {
        if (entry.first == value)
            return entry.second;
    }
    return "";
}

/// Parses a file-format name; returns false (and leaves `out`) for an unknown name.
template<typename E>
bool enumFromName(const std::string &name, E &out)
{
    for (const auto &entry : EnumNames<E>::table) {
        if (name == entry.second) {
            out = entry.first;
            return true;
        }
    }
    return false;
}

/// All names of an enum, for error messages ("expected one of: …") and the schema test.
template<typename E>
QStringList enumNames()
{
    QStringList names;
    for (const auto &entry : EnumNames<E>::table)
        names << QString::fromLatin1(entry.second);
    return names;
}

} // namespace omnimap
