#pragma once

#include "model/common.h"

class QWidget;

namespace omnimap {

class AppContext;
class Document;

/// Plan ▸ Plan Properties… / Brand… / Departments…: the editors of what a plan is
/// before its journeys. Each opens as a window-modal dialog (deleted when closed) and
/// returns at once, so the project tree and menus share them and tests find them as
/// children of `parent`.
void openPlanProperties(Document *document, QWidget *parent);
void openBrandEditor(Document *document, QWidget *parent);
void openDepartments(Document *document, QWidget *parent, const Id &selectDepartmentId = {});

/// Puts the three actions at the top of the Plan menu.
void installPlanSetup(AppContext &context);

} // namespace omnimap
