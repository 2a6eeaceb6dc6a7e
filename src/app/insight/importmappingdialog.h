#pragma once

#include "simadapter.h"

#include <QDialog>
#include <QHash>

#include <memory>

class QComboBox;

namespace omnimap::insight {

namespace Ui {
class ImportMappingDialog;
}

/// Maps the columns of an event CSV onto the engine's fields. Shows the first rows,
/// pre-selects a guess for every field from the header names, and refuses OK until the
/// required fields (customer, time, event type) have a column. The layout is the form
/// ui/importmappingdialog.ui; one row per engine field is added to its mappingForm here,
/// as the fields come from the engine.
class ImportMappingDialog final : public QDialog
{
    Q_OBJECT

public:
    /// What the file holds: events, or customer feedback (sim/feedbackimporter.h).
    enum class Kind { Events, Feedback };

    explicit ImportMappingDialog(const QString &csvPath, QWidget *parent = nullptr, Kind kind = Kind::Events);
    ~ImportMappingDialog() override;

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
    QStringList fields() const;
    bool isRequired(const QString &field) const;

    std::unique_ptr<Ui::ImportMappingDialog> m_ui;
    QString m_csvPath;
    Kind m_kind = Kind::Events;
    CsvPreview m_preview;
    QHash<QString, QComboBox *> m_combos;
};

} // namespace omnimap::insight
