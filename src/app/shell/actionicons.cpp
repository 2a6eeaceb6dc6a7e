// The central name → icon table for menu and tool-bar actions (see icontheme.h).
#include "icontheme.h"

#include <QAction>
#include <QActionEvent>
#include <QCoreApplication>
#include <QHash>
#include <QIcon>
#include <QMenu>
#include <QToolBar>

#include <iterator>

namespace omnimap {

namespace {

// context, the English text as written in tr() (mnemonic and ellipsis included), and a
// name in resources/icons/omnimap/scalable.
using ActionIcon = ActionIconRow;

// Rows are matched against the action's text in the current language, so the table does
// not depend on the language and feature areas do not have to set icons themselves.
const ActionIcon kActionIcons[] = {
    {"omnimap::MainWindow", "New from &Template", "omnimap-template"},
    {"omnimap::MainWindow", "Open &Recent", "document-open-recent"},
    {"omnimap::MainWindow", "&Quit", "application-exit"},
    {"omnimap::MainWindow", "&Copy", "edit-copy"},
    {"omnimap::MainWindow", "&Paste", "edit-paste"},
    {"omnimap::MainWindow", "Select &All", "edit-select-all"},
    {"omnimap::MainWindow", "&Find…", "edit-find"},
    {"omnimap::MainWindow", "Actual &Size", "zoom-original"},
    {"omnimap::MainWindow", "New &Journey", "omnimap-journey-new"},
    {"omnimap::MainWindow", "Add &Stage", "omnimap-stage-add"},
    {"omnimap::MainWindow", "Add &Channel Lane", "omnimap-lane-add"},
    {"omnimap::MainWindow", "Add &Persona", "omnimap-persona-add"},
    {"omnimap::MainWindow", "&Import", "document-import"},
    {"omnimap::MainWindow", "&Export", "document-export"},
    {"omnimap::ExportTools", "&PDF Report…", "omnimap-pdf"},
    {"omnimap::ExportTools", "&JSON Plan…", "omnimap-json"},
    {"omnimap::ExportTools", "&Map Picture (PNG/SVG)…", "omnimap-image"},
    {"omnimap::ExportTools", "&CSV Tables…", "omnimap-table"},
    {"omnimap::ExportTools", "&OpenJourney (.ojf)…", "omnimap-link"},
    {"omnimap::ExportTools", "Print Pre&view…", "document-print-preview"},
    {"omnimap::ExportTools", "&Print…", "document-print"},
    {"omnimap::PlanTools", "Channel &role matrix", "omnimap-role-matrix"},
    {"omnimap::PlanTools", "&KPIs", "omnimap-kpi"},
    {"omnimap::PlanTools", "Brand &checklists", "omnimap-checklist"},
    {"omnimap::PlanTools", "Campaign &timeline", "omnimap-campaign"},
    {"omnimap::PlanTools", "Plan chec&ks", "omnimap-plan-checks"},
    {"omnimap::insight::InsightTools", "&New Data Set…", "omnimap-dataset-new"},
    {"omnimap::insight::InsightTools", "&Open Data Set…", "omnimap-dataset"},
    {"omnimap::insight::InsightTools", "&Import Events CSV…", "omnimap-import-csv"},
    {"omnimap::insight::InsightTools", "Generate &Sample Data…", "omnimap-sample-data"},
    {"omnimap::insight::InsightTools", "&Dashboard", "omnimap-dashboard"},
    {"omnimap::insight::InsightTools", "What-if &Scenarios", "omnimap-scenario"},
    {"omnimap::insight::InsightTools", "Simulation Overlays", "omnimap-overlay"},
    {"omnimap::insight::ChartPanel", "Copy image", "edit-copy"},
    {"omnimap::insight::ChartPanel", "Save as PNG…", "omnimap-image"},
    {"omnimap::insight::ChartPanel", "Save as SVG…", "omnimap-image"},
    {"omnimap::MergeTools", "Compare &With…", "omnimap-compare"},
    {"omnimap::MergeTools", "&Merge With…", "omnimap-merge"},
    {"omnimap::MergeTools", "Resolve Merge &Conflicts…", "omnimap-conflict"},
    {"omnimap::DepartmentFocus", "&Focus on Department", "omnimap-department"},
    {"omnimap::LanguageMenu", "&Language", "preferences-desktop-locale"},
    {"omnimap::AppearanceMenu", "&Appearance", "preferences-desktop-theme"},
    {"omnimap::AppearanceMenu", "&Preferences…", "preferences-system"},
    {"omnimap::HelpTools", "About &Qt", "help-about"},
};

QString normalised(QString text)
{
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    else if (text.endsWith(QLatin1String("...")))
        text.chop(3);
    return text.trimmed();
}

class ActionIconFilter final : public QObject
{
public:
    explicit ActionIconFilter(QObject *parent)
        : QObject(parent)
    {
        rebuild();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ActionAdded) {
            if (qobject_cast<QMenu *>(watched) || qobject_cast<QToolBar *>(watched))
                decorate(static_cast<QActionEvent *>(event)->action());
        } else if (event->type() == QEvent::LanguageChange && watched == parent()) {
            rebuild();
        }
        return false;
    }

private:
    void rebuild()
    {
        m_byText.clear();
        for (const ActionIcon &row : kActionIcons)
            m_byText.insert(normalised(QCoreApplication::translate(row.context, row.source)),
                            QString::fromLatin1(row.icon));
    }

    void decorate(QAction *action) const
    {
        if (!action || !action->icon().isNull() || action->isSeparator())
            return;
        const QString name = m_byText.value(normalised(action->text()));
        if (!name.isEmpty())
            action->setIcon(QIcon::fromTheme(name));
    }

    QHash<QString, QString> m_byText;
};

} // namespace

QList<ActionIconRow> actionIconTable()
{
    return QList<ActionIconRow>(std::begin(kActionIcons), std::end(kActionIcons));
}

void installActionIcons(QObject *application)
{
    application->installEventFilter(new ActionIconFilter(application));
}

} // namespace omnimap
