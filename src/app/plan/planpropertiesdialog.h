#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PlanPropertiesDialog;
}

namespace omnimap {

class Document;

/// Plan ▸ Plan Properties…: the plan's name, description, language and currency
/// (ui/planpropertiesdialog.ui). OK pushes what changed as one undo step; the example
/// line shows how amounts will be written ("₩5,000,000") before the user commits.
class PlanPropertiesDialog final : public QDialog
{
    Q_OBJECT

public:
    PlanPropertiesDialog(Document *document, QWidget *parent = nullptr);
    ~PlanPropertiesDialog() override;

    Ui::PlanPropertiesDialog *form() const { return m_ui.get(); }
    /// The ISO code typed or chosen, upper-cased; empty when it is not a valid code.
    QString chosenCurrency() const;
    QString chosenLanguage() const;

    void accept() override;

private:
    void updateExample();

    std::unique_ptr<Ui::PlanPropertiesDialog> m_ui;
    Document *m_document;
};

} // namespace omnimap
