#pragma once

#include "dataset.h"

#include "model/persona.h"

#include <QStringList>

#include <cstdint>
#include <vector>

namespace omnimap::sim {

/// A persona's segment rule as SQL over `customers c`: column names come from a fixed
/// whitelist (SegmentField), every value is a bound parameter, in order.
struct SegmentSql
{
    QString where;       ///< e.g. "(c.region = ?1 COLLATE NOCASE) AND (…)"; "1" when there is no condition
    QStringList values;  ///< bound to ?1, ?2, … in order
};

SegmentSql segmentSql(const SegmentRule &rule);

/// Customer ids (as a mask indexed by id) that the rule selects; `limit` is the mask size.
/// Returns false and sets errorString on a database error.
bool segmentCustomerMask(DataSet &dataSet, const SegmentRule &rule, std::uint32_t limit,
                         std::vector<std::uint8_t> &mask, QString *errorString = nullptr);

} // namespace omnimap::sim
