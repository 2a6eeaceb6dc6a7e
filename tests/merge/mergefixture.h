#pragma once

#include "model/project.h"

/// A small plan with every kind of item, with short readable ids ("tp1", "kpi2"), so
/// merge tests can edit any item by id.
omnimap::Project makeMergeFixture();

/// Writes the project as the format does, for byte comparisons in failures.
QByteArray projectBytes(const omnimap::Project &project);
