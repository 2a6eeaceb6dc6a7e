#pragma once

#include "simadapter.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace omnimap::insight {

/// Maps the columns of an event CSV onto the engine's fields. Shows the first rows,
/// pre-selects a guess for every field from the header names, and refuses OK until the
/// required fields (customer, time, event type) have a column.
class ImportMappingDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ImportMappingDialog(const QString &csvPath, QWidget *parent = nullptr);

    bool isValid() const { return m_preview.ok; }
    const CsvPreview &preview() const { return m_preview; }
    /// Logical field → CSV column, for the mapped fields only.
    QHash<QString, QString> mapping() const;
    /// Picks a column for a field (tests, and the "guess again" path); empty unmaps it.
    void setColumn(const QString &field, const QString &column);
    bool skipBadRows() const;
    /// Why OK is disabled, or empty.
    QString problem() const;

private:
    void updateState();

    QString m_csvPath;
    CsvPreview m_preview;
    QHash<QString, QComboBox *> m_combos;
    QTableWidget *m_table;
    QCheckBox *m_skipBad;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace omnimap::insight
