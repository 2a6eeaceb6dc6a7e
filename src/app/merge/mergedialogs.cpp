#include "mergedialogs.h"

#include "compareview.h"
#include "conflictdialog.h"
#include "conflictview.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QVBoxLayout>

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
        QDialog dialog(parent);
        dialog.setWindowTitle(title);
        auto *layout = new QVBoxLayout(&dialog);
        auto *view = new CompareView(&dialog);
        view->setChanges(changes);
        layout->addWidget(view);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
        QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        layout->addWidget(buttons);
        dialog.resize(900, 560);
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
