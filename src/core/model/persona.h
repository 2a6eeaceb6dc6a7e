#pragma once

#include "common.h"

#include <QList>

namespace omnimap {

/// Customer attributes a segment rule may test. The set is closed: rules are turned
/// into SQL by the data set with identifiers from this whitelist and bound values only.
enum class SegmentField { AgeBand, Gender, Region, SignupDate, Attribute };

enum class SegmentOperator { Equals, NotEquals, In, NotIn, Before, After, Contains };

struct SegmentCondition
{
    SegmentField field = SegmentField::Region;
    QString attribute; ///< name of a custom attribute when field == Attribute
    SegmentOperator op = SegmentOperator::Equals;
    QStringList values;
};

/// Which customers of the data set a persona stands for: all (or any) conditions hold.
struct SegmentRule
{
    bool matchAll = true;
    QList<SegmentCondition> conditions;
};

struct ChannelPreference
{
    Id channelId;
    double weight = 1.0; ///< relative, 0..1
};

struct Persona
{
    Id id;
    QString name;
    QString segment;  ///< e.g. "Young urban professionals"
    QString scenario; ///< the situation the journey follows
    QString quote;
    QString avatar;   ///< resource path or data URI of the picture
    QString color;    ///< colour of this persona's emotion curve
    // Demographics
    QString ageBand;
    QString gender;
    QString location;
    QString occupation;
    QString income;
    QStringList goals;
    QStringList motivations;
    QStringList painPoints;
    QStringList devices;
    QList<ChannelPreference> preferredChannels;
    SegmentRule segmentRule;
    Id ownerDepartmentId;
    ExtraFields extra = ExtraFields::object();
};

} // namespace omnimap
