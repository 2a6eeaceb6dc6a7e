#pragma once

#include "model/project.h"

/// A project with every field of every item set to a non-default value, so a round
/// trip that drops or mangles any field shows up.
omnimap::Project makeFullProject();
