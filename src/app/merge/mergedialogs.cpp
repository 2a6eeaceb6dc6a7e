#include "mergedialogs.h"

#include "compareview.h"
#include "conflictdialog.h"
#include "conflictview.h"
#include "ui_changesdialog.h"

#include <QCoreApplication>
#include <QDialog>
#include <QFileDialog>
#include <QMessageBox>

namespace omnimap {

namespace {

class WidgetMergeDialogs final : public MergeDialogs
{
public:
    QString chooseProjectFile(QWidget *parent, const QString &title) override
    {
        return QFileDialog::getOpenFileName(parent, title, {},
                                            QCoreApplication::translate("omnimap::MergeTools", "Omnimap projects (*.omnimap)"));
    }

    std::optional<QMap<int, ConflictChoice>> resolveConflicts(QWidget *parent, const MergeConflicts &conflicts) override
    {
        ConflictDialog dialog(conflicts, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.view()->choices();
    }

    void showChanges(QWidget *parent, const QString &title, const Changes &changes) override
    {
        // The layout is ui/changesdialog.ui; the list of changes is built from the data.
        QDialog dialog(parent);
        Ui::ChangesDialog form;
        form.setupUi(&dialog);
        dialog.setWindowTitle(title);
        auto *view = new CompareView(&dialog);
        view->setChanges(changes);
        form.viewArea->addWidget(view);
        dialog.exec();
    }

    void showMessage(QWidget *parent, const QString &title, const QString &text) override
    {
        QMessageBox::information(parent, title, text);
    }
};

std::unique_ptr<MergeDialogs> &installed()
{
    static std::unique_ptr<MergeDialogs> dialogs;
    return dialogs;
}

} // namespace

MergeDialogs &mergeDialogs()
{
    if (!installed())
        installed() = std::make_unique<WidgetMergeDialogs>();
    return *installed();
}

void setMergeDialogs(std::unique_ptr<MergeDialogs> dialogs)
{
    installed() = std::move(dialogs);
}

} // namespace omnimap
