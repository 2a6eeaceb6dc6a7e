#pragma once

#include "merge/mergeconflict.h"

#include <QMap>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace omnimap {

/// Lists merge conflicts and shows the selected one with its base, our and their
/// value side by side; the user picks a side or types a value per conflict. Holds
/// only the choices: applying them is the caller's (one undo step).
class ConflictView final : public QWidget
{
    Q_OBJECT

public:
    explicit ConflictView(MergeConflicts conflicts, QWidget *parent = nullptr);

    const MergeConflicts &conflicts() const { return m_conflicts; }
    /// Choices made so far, by conflict index.
    QMap<int, ConflictChoice> choices() const { return m_choices; }
    bool allResolved() const { return m_choices.size() == m_conflicts.size(); }

    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);

    void choose(int index, Resolution pick);
    /// Uses typed text as the value; false (and the reason shown) when it does not fit.
    bool chooseCustom(int index, const QString &text);
    void chooseAll(Resolution pick);

signals:
    void choicesChanged();

private:
    void buildList();
    void showCurrent();
    void refreshRow(int index);
    void refreshSummary();

    MergeConflicts m_conflicts;
    QMap<int, ConflictChoice> m_choices;
    int m_current = -1;

    QLabel *m_summary = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_location = nullptr;
    QPlainTextEdit *m_values[3] = {};
    QPushButton *m_pickButtons[3] = {};
    QButtonGroup *m_pickGroup = nullptr;
    QPlainTextEdit *m_custom = nullptr;
    QPushButton *m_useCustom = nullptr;
    QLabel *m_customError = nullptr;
};

} // namespace omnimap
