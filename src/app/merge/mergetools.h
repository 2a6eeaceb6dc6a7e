#pragma once

namespace omnimap {

class AppContext;

/// Installs the collaboration tools into a main window: File → Compare With…,
/// Merge With… and Resolve Merge Conflicts… (opened by itself when a file with
/// recorded conflicts is opened), the Comments & Review dock, View → Focus on Department
/// (DepartmentFocus), and the merge base kept for every opened file.
void installMergeTools(AppContext &context);

} // namespace omnimap
