#pragma once

#include "document/render/maprenderoptions.h"
#include "model/common.h"

#include <QObject>
#include <QStringList>
#include <QVariantHash>

#include <memory>
#include <vector>

namespace omnimap::sim {
struct AttributionResult;
}

class QDockWidget;
class QMainWindow;
class QMenu;
class QWidget;

namespace omnimap {

class Document;

/// The names found in the open data set, for pickers in other areas (the KPI binding
/// offers them instead of asking for names typed from memory). Empty without a data set.
struct DataSetVocabulary
{
    QString path;           ///< the open data set's file (the report measures KPIs on it)
    QStringList eventTypes; ///< most frequent first
    QStringList channels;
    QStringList stages;
    bool operator==(const DataSetVocabulary &o) const
    {
        return path == o.path && eventTypes == o.eventTypes && channels == o.channels && stages == o.stages;
    }
};

/// What the main window offers to the feature areas (plan tools, exports, merge,
/// insight). Each area installs itself through one function taking an AppContext
/// (see extensions.h), so areas add menus, docks and tabs without editing the main
/// window, and tests can install an area into a bare window.
class AppContext : public QObject
{
    Q_OBJECT

public:
    enum class Menu { File, FileImport, FileExport, Edit, View, Journey, Plan, Data, Tools, Help };

    using QObject::QObject;
    ~AppContext() override = default;

    virtual QMainWindow *window() = 0;
    /// The document being edited (never null while a window is open).
    virtual Document *document() = 0;
    /// The journey shown in the active map tab, or empty.
    virtual Id currentJourneyId() const = 0;
    /// Ids of the items selected on the map or in the project tree.
    virtual QList<Id> selectedItemIds() const = 0;

    virtual QMenu *menu(Menu which) = 0;
    virtual void addDock(QDockWidget *dock, Qt::DockWidgetArea area) = 0;
    /// Adds a tab to the central editor area (role matrix, KPI table, timeline, …).
    virtual void addEditorTab(QWidget *tab, const QString &title) = 0;
    virtual void showEditorTab(QWidget *tab) = 0;
    /// Shows the item: selects it in the tree and on the map, scrolls to it.
    virtual void revealItem(const Id &itemId) = 0;
    virtual void showStatusMessage(const QString &message, int timeoutMs = 5000) = 0;
    /// Opens a project file in the window, asking first about unsaved changes (and about
    /// a lock). False when the user cancelled or the file could not be opened. Contexts
    /// without a window to replace (tests of one area) keep the default: refuse.
    virtual bool openProject(const QString &path)
    {
        Q_UNUSED(path);
        return false;
    }
    /// Shows the window in the UI language just installed, keeping the document. Returns
    /// false when this window cannot be rebuilt (then some texts change after a restart).
    /// The rebuild happens after the caller returns: do not use this context afterwards.
    virtual bool rebuildInCurrentLanguage() { return false; }
    /// Asks the data area to open a data set (e.g. `omnimap --data FILE`).
    void requestDataSet(const QString &path) { emit dataSetRequested(path); }

    /// What every journey map of the window draws over the plan: simulation overlays,
    /// the department focus, merge/compare highlights. Each feature reads the current
    /// value, changes its own fields and sets it back; the window applies it to open and
    /// future map tabs (and so to nothing else: exports take their own options).
    const MapDecorations &mapDecorations() const { return m_mapDecorations; }
    void setMapDecorations(const MapDecorations &decorations)
    {
        if (decorations == m_mapDecorations)
            return;
        m_mapDecorations = decorations;
        emit mapDecorationsChanged(m_mapDecorations);
    }

    /// The attribution the dashboard last computed (with its intervals): the PDF report
    /// and print carry it. Empty until the dashboard has shown a data set.
    /// (Shared and opaque here: this header stays free of the engine's headers.)
    using AttributionResults = std::shared_ptr<const std::vector<sim::AttributionResult>>;
    AttributionResults attribution() const { return m_attribution; }
    void setAttribution(AttributionResults results) { m_attribution = std::move(results); }
    /// Set by the data area whenever the open data set (or its contents) changes.
    const DataSetVocabulary &dataSetVocabulary() const { return m_dataSetVocabulary; }
    void setDataSetVocabulary(const DataSetVocabulary &vocabulary) { m_dataSetVocabulary = vocabulary; }

signals:
    /// A different document was opened (or created) in the window.
    void documentReplaced(omnimap::Document *document);
    void currentJourneyChanged(const omnimap::Id &journeyId);
    void selectionChanged(const QList<omnimap::Id> &itemIds);
    void mapDecorationsChanged(const omnimap::MapDecorations &decorations);
    /// The window is about to be replaced by one in another language: each area writes
    /// into `state` what the user would expect to find again (keys "area/what"). Only
    /// direct connections (the default within the GUI thread) may fill it.
    void aboutToRebuild(QVariantHash &state);
    /// Emitted by the new window's context, after its document is set, with that state.
    void rebuilt(const QVariantHash &state);
    void dataSetRequested(const QString &path);

private:
    MapDecorations m_mapDecorations;
    AttributionResults m_attribution;
    DataSetVocabulary m_dataSetVocabulary;
};

} // namespace omnimap
