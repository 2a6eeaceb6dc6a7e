#pragma once

#include "shell/dialogservice.h"

#include <QStringList>

namespace omnimap::testing {

/// Answers the main window's questions from a script and records what was asked.
class ScriptedDialogs final : public DialogService
{
public:
    LockChoice lockAnswer = LockChoice::Cancel;
    ChangeChoice changeAnswer = ChangeChoice::Cancel;
    RecoveryChoice recoveryAnswer = RecoveryChoice::Later;
    CloseChoice closeAnswer = CloseChoice::Discard;
    QString saveName;
    QString imageName;
    QStringList asked; ///< one entry per question, in order

    LockChoice lockedFile(const QString &, const LockInfo &lock, bool otherHost) override
    {
        asked << (otherHost ? QStringLiteral("lock-remote:") : QStringLiteral("lock:")) + lock.user;
        return lockAnswer;
    }
    ChangeChoice changedOnDisk(const QString &, bool canMerge) override
    {
        asked << (canMerge ? QStringLiteral("changed+merge") : QStringLiteral("changed"));
        return changeAnswer;
    }
    RecoveryChoice offerRecovery(const RecoveryEntry &entry) override
    {
        asked << QStringLiteral("recovery:") + entry.projectName;
        return recoveryAnswer;
    }
    CloseChoice unsavedChanges(const QString &) override
    {
        asked << QStringLiteral("unsaved");
        return closeAnswer;
    }
    QString openFileName(const QString &, const QString &) override { return {}; }
    QString saveFileName(const QString &, const QString &, const QString &) override
    {
        asked << QStringLiteral("save-as");
        return saveName;
    }
    QString imageFileName(const QString &) override { return imageName; }
    void error(const QString &, const QString &text) override { asked << QStringLiteral("error:") + text; }
};

} // namespace omnimap::testing
