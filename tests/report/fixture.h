#pragma once

#include "model/project.h"

namespace omnimap::test {

/// Strings that must come out of every export exactly as typed.
inline const QString kInjectionName = QStringLiteral("<b>Bold</b> & <img src=\"file:///etc/passwd\">");
inline const QString kFormulaText = QStringLiteral("=HYPERLINK(\"http://x\")");

/// A small bilingual plan with every section filled: two personas (Korean and English),
/// one journey, roles, KPIs with measured and simulated values, a checklist, a campaign
/// and a scenario with a result.
Project bilingualProject();

/// A large plan for the performance budget: `stages` × `channels` with `touchpoints`
/// cards spread over the cells, and KPIs, checklist, campaign and scenario.
Project largeProject(int stages, int channels, int touchpoints);

} // namespace omnimap::test
