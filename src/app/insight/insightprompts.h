#pragma once

#include <QString>

class QDialog;
class QWidget;

namespace omnimap::insight {

/// Every question the insight tools ask the user, behind one interface so tests can
/// answer without a native file dialog or a nested event loop.
class InsightPrompts
{
public:
    virtual ~InsightPrompts() = default;
    virtual QString openDataSetPath(QWidget *parent);
    virtual QString newDataSetPath(QWidget *parent);
    virtual QString csvPath(QWidget *parent);
    /// Where to save a chart; `filter` is "PNG image (*.png)" or "SVG drawing (*.svg)".
    virtual QString imagePath(QWidget *parent, const QString &suggestedName, const QString &filter);
    /// How many sample events to generate; 0 when the user cancelled.
    virtual qint64 sampleEvents(QWidget *parent);
    /// The password of a warehouse the keychain does not hold; empty when cancelled.
    virtual QString warehousePassword(QWidget *parent, const QString &connectionName, const QString &user);
    /// Shows a configured dialog; true when the user accepted it.
    virtual bool exec(QDialog *dialog);
};

} // namespace omnimap::insight
