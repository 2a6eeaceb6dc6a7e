#pragma once

#include <QDialog>

#include <memory>

namespace omnimap {

namespace Ui {
class PreferencesDialog;
}

/// Edit ▸ Preferences: the UI language and the appearance (ui/preferencesdialog.ui). The
/// dialog only shows and returns the choices; installAppearanceMenu() applies them, the
/// same way the View menu's items do.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(const QString &language, const QString &appearance, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    /// "system", "en" or "ko".
    QString language() const;
    /// One of appearanceChoices().
    QString appearance() const;

private:
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
};

} // namespace omnimap
