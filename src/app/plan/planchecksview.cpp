#include "planchecksview.h"

#include "app/shell/appcontext.h"
#include "document/commands/plan/plancommands.h"
#include "document/document.h"
#include "rules/rulecatalogue.h"
#include "rules/ruleengine.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace omnimap {

PlanChecksView::PlanChecksView(Document *document, QWidget *parent)
    : DocumentView(parent)
{
    build();
    setDocument(document);
}

PlanChecksView::PlanChecksView(AppContext &context, QWidget *parent)
    : DocumentView(parent)
{
    build();
    followContext(context);
    connect(this, &PlanChecksView::findingActivated, &context,
            [&context](const RuleFinding &finding) { context.revealItem(finding.itemId); });
}

void PlanChecksView::build()
{
    m_summary = new QLabel(this);
    m_rules = new QToolButton(this);
    m_rules->setText(tr("Rules"));
    m_rules->setPopupMode(QToolButton::InstantPopup);
    m_rules->setMenu(new QMenu(m_rules));
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_rules);

    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Problem"), tr("Rule")});
    m_tree->setRootIsDecorated(false);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(150); // typing and drags change the model often; check once they pause
    connect(m_timer, &QTimer::timeout, this, &PlanChecksView::recheck);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int at = item->data(0, Qt::UserRole).toInt();
        if (at >= 0 && at < m_findings.size())
            emit findingActivated(m_findings.at(at));
    });
    connect(m_rules->menu(), &QMenu::aboutToShow, this, &PlanChecksView::fillRuleMenu);
}

void PlanChecksView::fillRuleMenu()
{
    QMenu *menu = m_rules->menu();
    menu->clear();
    Document *doc = document();
    for (const RuleInfo &rule : ruleCatalogue()) {
        const QString id = QLatin1String(rule.id);
        QAction *action = menu->addAction(rule.translatedTitle());
        action->setCheckable(true);
        action->setChecked(!doc || !doc->project().disabledRules.contains(id));
        action->setToolTip(rule.translatedExplanation());
        action->setEnabled(doc && !doc->isReadOnly());
        connect(action, &QAction::toggled, this, [this, id](bool on) {
            if (document())
                document()->undoStack()->push(setRuleEnabled(document(), id, on));
        });
    }
    menu->setToolTipsVisible(true);
}

void PlanChecksView::documentReset()
{
    recheck();
}

void PlanChecksView::documentChanged(const ChangeEvent &)
{
    m_timer->start();
}

QString PlanChecksView::summary() const
{
    return m_summary->text();
}

void PlanChecksView::setDataFindings(const RuleFindings &findings)
{
    setDataFindings(QStringLiteral("feedback"), findings);
}

void PlanChecksView::setDataFindings(const QString &source, const RuleFindings &findings)
{
    m_dataFindings.insert(source, findings);
    recheck();
}

void PlanChecksView::recheck()
{
    m_timer->stop();
    m_tree->clear();
    m_findings = document() ? runRules(document()->project()) : RuleFindings();
    if (document())
        for (const RuleFindings &data : std::as_const(m_dataFindings))
            m_findings += data;
    const QIcon error = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QIcon info = style()->standardIcon(QStyle::SP_MessageBoxInformation);
    for (int i = 0; i < m_findings.size(); ++i) {
        const RuleFinding &f = m_findings.at(i);
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, f.message);
        const RuleInfo *rule = findRule(f.ruleId);
        item->setText(1, rule ? rule->translatedTitle() : f.ruleId);
        item->setIcon(0, f.severity == Diagnostic::Severity::Error ? error
                         : f.severity == Diagnostic::Severity::Warning ? warning
                                                                        : info);
        item->setToolTip(0, f.explanation);
        item->setToolTip(1, f.ruleId);
        item->setData(0, Qt::UserRole, i);
    }
    const int errors = countFindings(m_findings, Diagnostic::Severity::Error);
    const int warnings = countFindings(m_findings, Diagnostic::Severity::Warning);
    const int notes = countFindings(m_findings, Diagnostic::Severity::Info);
    m_summary->setText(m_findings.isEmpty() ? tr("✔ No problems found")
                                            : tr("%1 error(s), %2 warning(s), %3 note(s)").arg(errors).arg(warnings).arg(notes));
}

} // namespace omnimap
