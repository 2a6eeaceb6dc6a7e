#pragma once

#include "model/project.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace omnimap {
struct ChangeEvent;
}

namespace omnimap::insight {

class BackgroundJob;
class InsightSession;
class ScenarioCompareView;
struct ScenarioRunOutput;

/// What-if scenarios: a list, an editor of the scenario's modifiers (every edit an undo
/// command), a Run that simulates baseline and scenario on a worker thread with progress
/// and cancel, and the comparison with the baseline or another scenario. The result is
/// stored in the scenario with the data-set fingerprint, so a stale one is marked.
class ScenarioPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ScenarioPanel(InsightSession &session, QWidget *parent = nullptr);
    ~ScenarioPanel() override;

    Id currentScenarioId() const;
    void selectScenario(const Id &scenarioId);
    /// Adds a scenario for the current journey (undoable) and selects it.
    Id addScenario(const QString &name);
    /// Runs the selected scenario; false when nothing to run or already running.
    bool run();
    void cancel();
    BackgroundJob *job() const { return m_job; }
    void setCustomers(int customers);
    /// "baseline" or a scenario id to compare the selected one with.
    void setCompareWith(const Id &scenarioIdOrEmpty);
    ScenarioCompareView *compareView() const { return m_compare; }
    QTableWidget *modifierTable() const { return m_modifiers; }

signals:
    void resultStored(const omnimap::Id &scenarioId);

private:
    const Scenario *current() const;
    void rebuildList();
    void rebuildEditor();
    void scheduleEditorRebuild();
    void rebuildComparison();
    void onChanged(const ChangeEvent &event);
    void pushModifiers(const QList<ScenarioModifier> &modifiers, const QString &text);
    void finishRun(const ScenarioRunOutput &output, const Id &scenarioId);

    InsightSession &m_session;
    BackgroundJob *m_job;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_description = nullptr;
    QComboBox *m_persona;
    QTableWidget *m_modifiers;
    QSpinBox *m_customers;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_runState;
    QComboBox *m_compareWith;
    ScenarioCompareView *m_compare;
    bool m_rebuilding = false;
    bool m_editorRebuildPending = false;
};

/// Translated name of a modifier kind ("Budget shift", …).
QString modifierKindTitle(ModifierKind kind);

} // namespace omnimap::insight
