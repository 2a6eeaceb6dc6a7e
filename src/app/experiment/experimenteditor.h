#pragma once

#include "document/changeevent.h"
#include "model/project.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace omnimap {

class Document;

namespace Ui {
class ExperimentEditor;
}

/// Edits the A/B test a touchpoint or a hand-off carries (docs/experiments.md): the
/// variants with their labels and traffic split, the primary and guard-rail KPIs, the
/// minimum detectable effect, α, power and the dates. Non-modal; every edit is one undo
/// command on the document (ExperimentEdit) and the form follows the document, so undo
/// in the window shows in the form. The design's problems (a split not adding to 100 %,
/// fewer than two variants, a KPI without a binding…) are listed in the form as they
/// arise. Layout: ui/experimenteditor.ui.
class ExperimentEditor final : public QDialog
{
    Q_OBJECT

public:
    ExperimentEditor(Document *document, const Id &journeyId, const Id &itemId, QWidget *parent = nullptr);
    ~ExperimentEditor() override;

    const Id &journeyId() const { return m_journeyId; }
    const Id &itemId() const { return m_itemId; }
    /// The experiment as the document holds it now (null once it was removed).
    const Experiment *experiment() const;
    /// The design's problems as shown in the form (empty: none).
    QStringList problems() const { return m_problems; }
    /// "Needs N days" and how it was worked out, from the open data set (ExperimentTools).
    void setPlanText(const QString &text);
    QString planText() const;

    Ui::ExperimentEditor *form() const { return m_ui.get(); }

signals:
    void resultsRequested(const omnimap::Id &experimentId);

private:
    void fill();
    void onChanged(const ChangeEvent &event);
    /// Pushes `changed` as the item's new experiment (nothing when it equals the current).
    void commit(const Experiment &changed, int mergeField = -1);
    void editVariantCell(int row, int column);
    void addVariant();
    void removeVariant();
    void splitEvenly();
    void editGuardrails();

    std::unique_ptr<Ui::ExperimentEditor> m_ui;
    QPointer<Document> m_document; ///< null once the window dropped it (the form may outlive it briefly)
    Id m_journeyId;
    Id m_itemId;
    QStringList m_problems;
    bool m_updating = false;
};

/// Equal shares of 100 % for `count` variants, to two decimals, the rounding left to the
/// last one so that they add up to exactly 100.
QList<double> evenSplit(int count);

} // namespace omnimap
