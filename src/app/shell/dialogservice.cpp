#include "dialogservice.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace omnimap {

namespace {
struct DialogserviceTr { Q_DECLARE_TR_FUNCTIONS(omnimap::DialogService) };
} // namespace

MessageBoxDialogService::MessageBoxDialogService(QWidget *parent)
    : m_parent(parent)
{
}

DialogService::LockChoice MessageBoxDialogService::lockedFile(const QString &path, const LockInfo &lock,
                                                             bool otherHost)
{
    QMessageBox box(QMessageBox::Warning, DialogserviceTr::tr("File in use"), {}, QMessageBox::NoButton, m_parent);
    const QString when = QLocale().toString(lock.time.toLocalTime(), QLocale::ShortFormat);
    if (otherHost)
        box.setText(DialogserviceTr::tr("%1 is open by %2 on the computer %3 (last seen %4).").arg(path, lock.user, lock.host, when));
    else
        box.setText(DialogserviceTr::tr("%1 is open by %2 in another Omnimap window on this computer since %3.")
                        .arg(path, lock.user, when));
    box.setInformativeText(DialogserviceTr::tr("Saving from two places would overwrite one person's work. Open it read-only, "
                              "or open a copy you can save elsewhere."));
    QPushButton *readOnly = box.addButton(DialogserviceTr::tr("Open Read-Only"), QMessageBox::AcceptRole);
    QPushButton *copy = box.addButton(DialogserviceTr::tr("Open a Copy"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(readOnly);
    box.exec();
    if (box.clickedButton() == readOnly)
        return LockChoice::ReadOnly;
    if (box.clickedButton() == copy)
        return LockChoice::OpenCopy;
    return LockChoice::Cancel;
}

DialogService::ChangeChoice MessageBoxDialogService::changedOnDisk(const QString &path, bool canMerge)
{
    QMessageBox box(QMessageBox::Warning, DialogserviceTr::tr("File changed on disk"),
                    DialogserviceTr::tr("%1 was changed by someone else since you opened it.").arg(path), QMessageBox::NoButton,
                    m_parent);
    box.setInformativeText(canMerge ? DialogserviceTr::tr("Merge keeps both your changes and theirs; conflicts are shown for you to "
                                         "decide. Overwrite would discard their changes.")
                                    : DialogserviceTr::tr("Saving now would overwrite their changes."));
    QPushButton *merge = canMerge ? box.addButton(DialogserviceTr::tr("Merge…"), QMessageBox::AcceptRole) : nullptr;
    QPushButton *copy = box.addButton(DialogserviceTr::tr("Save as Copy…"), QMessageBox::AcceptRole);
    QPushButton *reload = box.addButton(DialogserviceTr::tr("Reload Theirs"), QMessageBox::DestructiveRole);
    QPushButton *overwrite = box.addButton(DialogserviceTr::tr("Overwrite"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(merge ? merge : copy);
    box.exec();
    if (merge && box.clickedButton() == merge)
        return ChangeChoice::Merge;
    if (box.clickedButton() == copy)
        return ChangeChoice::SaveAsCopy;
    if (box.clickedButton() == reload)
        return ChangeChoice::Reload;
    if (box.clickedButton() == overwrite)
        return ChangeChoice::Overwrite;
    return ChangeChoice::Cancel;
}

DialogService::RecoveryChoice MessageBoxDialogService::offerRecovery(const RecoveryEntry &entry)
{
    QMessageBox box(QMessageBox::Question, DialogserviceTr::tr("Recover unsaved work"),
                    DialogserviceTr::tr("Omnimap found unsaved changes to “%1” from %2.")
                        .arg(entry.projectName.isEmpty() ? entry.originalPath : entry.projectName,
                             QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat)),
                    QMessageBox::NoButton, m_parent);
    box.setInformativeText(DialogserviceTr::tr("Restore them? The recovered copy stays until you save or discard it."));
    QPushButton *restore = box.addButton(DialogserviceTr::tr("Restore"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(DialogserviceTr::tr("Discard"), QMessageBox::DestructiveRole);
    box.addButton(DialogserviceTr::tr("Later"), QMessageBox::RejectRole);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() == restore)
        return RecoveryChoice::Restore;
    if (box.clickedButton() == discard)
        return RecoveryChoice::Discard;
    return RecoveryChoice::Later;
}

DialogService::CloseChoice MessageBoxDialogService::unsavedChanges(const QString &documentName)
{
    const auto answer = QMessageBox::warning(m_parent, DialogserviceTr::tr("Unsaved changes"),
                                             DialogserviceTr::tr("Save the changes to “%1”?").arg(documentName),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                             QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return CloseChoice::Save;
    if (answer == QMessageBox::Discard)
        return CloseChoice::Discard;
    return CloseChoice::Cancel;
}

QString MessageBoxDialogService::openFileName(const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileName(m_parent, title, {}, filter);
}

QString MessageBoxDialogService::saveFileName(const QString &title, const QString &suggested, const QString &filter)
{
    return QFileDialog::getSaveFileName(m_parent, title, suggested, filter);
}

QString MessageBoxDialogService::imageFileName(const QString &title)
{
    return QFileDialog::getOpenFileName(m_parent, title, {}, DialogserviceTr::tr("PNG or JPEG pictures (*.png *.jpg *.jpeg)"));
}

void MessageBoxDialogService::error(const QString &title, const QString &text)
{
    QMessageBox::critical(m_parent, title, text);
}

} // namespace omnimap
