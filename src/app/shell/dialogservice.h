#pragma once

#include "document/safety/lockfile.h"
#include "document/safety/recoverystore.h"

#include <QString>

class QWidget;

namespace omnimap {

/// Every question the main window asks the user goes through this interface, so tests
/// can answer with a scripted implementation instead of real message boxes.
class DialogService
{
public:
    virtual ~DialogService() = default;

    enum class LockChoice { ReadOnly, OpenCopy, IgnoreLock, Cancel };
    /// A live instance holds the file open: one on this host whose process runs, or one on
    /// `otherHost` that refreshed its lock within the staleness window. (Stale locks are
    /// taken over without asking.)
    virtual LockChoice lockedFile(const QString &path, const LockInfo &lock, bool otherHost) = 0;

    enum class ChangeChoice { Merge, Reload, SaveAsCopy, Overwrite, Cancel };
    /// The file changed on disk since we loaded it; asked right before a save.
    /// `canMerge`: the version both started from is known, so Merge can be offered.
    virtual ChangeChoice changedOnDisk(const QString &path, bool canMerge) = 0;

    enum class RecoveryChoice { Restore, Discard, Later };
    virtual RecoveryChoice offerRecovery(const RecoveryEntry &entry) = 0;

    enum class CloseChoice { Save, Discard, Cancel };
    virtual CloseChoice unsavedChanges(const QString &documentName) = 0;

    /// File dialogs; an empty string means cancelled.
    virtual QString openFileName(const QString &title, const QString &filter) = 0;
    virtual QString saveFileName(const QString &title, const QString &suggested, const QString &filter) = 0;
    virtual QString imageFileName(const QString &title) = 0;

    virtual void error(const QString &title, const QString &text) = 0;
};

/// The real dialogs (QMessageBox, QFileDialog), parented to the main window.
class MessageBoxDialogService final : public DialogService
{
public:
    explicit MessageBoxDialogService(QWidget *parent);

    LockChoice lockedFile(const QString &path, const LockInfo &lock, bool otherHost) override;
    ChangeChoice changedOnDisk(const QString &path, bool canMerge) override;
    RecoveryChoice offerRecovery(const RecoveryEntry &entry) override;
    CloseChoice unsavedChanges(const QString &documentName) override;
    QString openFileName(const QString &title, const QString &filter) override;
    QString saveFileName(const QString &title, const QString &suggested, const QString &filter) override;
    QString imageFileName(const QString &title) override;
    void error(const QString &title, const QString &text) override;

private:
    QWidget *m_parent;
};

} // namespace omnimap
