#include "mergetools.h"

#include "commentspanel.h"
#include "departmentfocus.h"
#include "mergeflow.h"

#include "document/document.h"
#include "merge/projectmerge.h"
#include "app/shell/appcontext.h"

#include <QAction>
#include <QCoreApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QPointer>
#include <QScrollArea>
#include <QTimer>

namespace omnimap {

namespace {

struct MergetoolsTr { Q_DECLARE_TR_FUNCTIONS(omnimap::MergeTools) };

/// Follows the open document: keeps its merge base, and offers to resolve conflicts
/// recorded in it.
class MergeToolsController final : public QObject
{
public:
    MergeToolsController(AppContext &context, QAction *resolve)
        : QObject(&context)
        , m_context(context)
        , m_resolve(resolve)
    {
        connect(&context, &AppContext::documentReplaced, this, &MergeToolsController::follow);
        if (context.document())
            follow(context.document());
    }

private:
    void follow(Document *document)
    {
        if (m_document)
            disconnect(m_document, nullptr, this, nullptr);
        m_document = document;
        if (!document) {
            m_resolve->setEnabled(false);
            return;
        }
        connect(document, &Document::changed, this, [this] { updateAction(); });
        connect(document, &Document::saved, this, [this] {
            if (m_document)
                rememberMergeBase(*m_document);
        });
        rememberMergeBase(*document);
        updateAction();
        if (m_resolve->isEnabled()) {
            m_context.showStatusMessage(MergetoolsTr::tr("This plan has unresolved merge conflicts."), 10000);
            // After the window has shown the plan, not inside the open call.
            QTimer::singleShot(0, this, [this] {
                if (m_document && m_resolve->isEnabled())
                    resolveRecordedConflicts(m_context);
            });
        }
    }

    void updateAction()
    {
        m_resolve->setEnabled(m_document && !recordedConflicts(m_document->project()).isEmpty());
    }

    AppContext &m_context;
    QAction *m_resolve;
    QPointer<Document> m_document;
};

} // namespace

void installMergeTools(AppContext &context)
{
    QMenu *file = context.menu(AppContext::Menu::File);
    file->addSeparator();
    QAction *compare = file->addAction(MergetoolsTr::tr("Compare &With\u2026"));
    compare->setObjectName(QStringLiteral("actionCompareWith"));
    QAction *merge = file->addAction(MergetoolsTr::tr("&Merge With\u2026"));
    merge->setObjectName(QStringLiteral("actionMergeWith"));
    QAction *resolve = file->addAction(MergetoolsTr::tr("Resolve Merge &Conflicts\u2026"));
    resolve->setObjectName(QStringLiteral("actionResolveConflicts"));
    resolve->setEnabled(false);
    QObject::connect(compare, &QAction::triggered, &context, [&context] { compareWithFile(context); });
    QObject::connect(merge, &QAction::triggered, &context, [&context] { mergeWithFile(context); });
    QObject::connect(resolve, &QAction::triggered, &context, [&context] { resolveRecordedConflicts(context); });
    new MergeToolsController(context, resolve);

    auto *dock = new QDockWidget(MergetoolsTr::tr("Comments && Review"), context.window());
    dock->setObjectName(QStringLiteral("commentsDock"));
    // Scrolls instead of holding the window taller than a 1440×900 screen.
    auto *scroll = new QScrollArea(dock);
    scroll->setWidget(new CommentsPanel(context, scroll));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    dock->setWidget(scroll);
    context.addDock(dock, Qt::RightDockWidgetArea);
    auto *focus = new DepartmentFocus(context);
    if (QMenu *view = context.menu(AppContext::Menu::View)) {
        view->addAction(dock->toggleViewAction());
        view->addMenu(focus->menu());
    }
}

} // namespace omnimap
