#pragma once

#include "documentview.h"
#include "rules/rulefinding.h"

#include <QMap>

class QLabel;
class QTimer;
class QToolButton;
class QTreeWidget;

namespace omnimap {

/// The plan checks panel: every consistency-rule finding of the project with its
/// explanation, re-run shortly after each change; activating a finding asks to show
/// its item. A "Rules" menu switches rules off or on for the project (undoable).
class PlanChecksView final : public DocumentView
{
    Q_OBJECT

public:
    explicit PlanChecksView(Document *document, QWidget *parent = nullptr);
    PlanChecksView(AppContext &context, QWidget *parent);

    QTreeWidget *tree() const { return m_tree; }
    const RuleFindings &findings() const { return m_findings; }
    QString summary() const;
    /// Runs the rules now (otherwise they run 150 ms after the last change).
    void recheck();
    /// Findings computed from the data set rather than the plan alone (the feedback's
    /// planned-vs-measured emotion check), listed after the plan's own.
    void setDataFindings(const RuleFindings &findings);
    /// The same for one of several sources ("feedback", "experiments"): each replaces its own.
    void setDataFindings(const QString &source, const RuleFindings &findings);

signals:
    void findingActivated(const omnimap::RuleFinding &finding);

protected:
    void documentReset() override;
    void documentChanged(const ChangeEvent &event) override;

private:
    void build();
    void fillRuleMenu();

    QTreeWidget *m_tree = nullptr;
    QMap<QString, RuleFindings> m_dataFindings; ///< by source
    QLabel *m_summary = nullptr;
    QToolButton *m_rules = nullptr;
    QTimer *m_timer = nullptr;
    RuleFindings m_findings;
};

} // namespace omnimap
