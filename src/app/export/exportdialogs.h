#pragma once

#include <QString>

class QWidget;

namespace omnimap {

/// The questions the export tools ask the user, behind an interface so tests can answer
/// them without a modal dialog.
class ExportDialogs
{
public:
    virtual ~ExportDialogs() = default;
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                 const QString &filter) = 0;
    virtual QString openFileName(QWidget *parent, const QString &title, const QString &filter) = 0;
    virtual QString directory(QWidget *parent, const QString &title) = 0;
    virtual void showError(QWidget *parent, const QString &message) = 0;
};

/// File dialogs and message boxes.
class StandardExportDialogs final : public ExportDialogs
{
public:
    QString saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter) override;
    QString openFileName(QWidget *parent, const QString &title, const QString &filter) override;
    QString directory(QWidget *parent, const QString &title) override;
    void showError(QWidget *parent, const QString &message) override;
};

/// The dialogs the export tools use; tests replace them (ownership stays with the caller).
ExportDialogs &exportDialogs();
void setExportDialogs(ExportDialogs *dialogs);

} // namespace omnimap
