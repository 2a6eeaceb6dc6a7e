// MainWindow: opening, saving and recovering files — locks, external changes and
// autosave recovery, every question asked through the DialogService.
#include "mainwindow.h"

#include "app/merge/mergeflow.h"
#include "document/safety/autosaver.h"
#include "document/safety/recoverystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStatusBar>
#include <QUndoStack>

namespace omnimap {

namespace {

QString projectFilter()
{
    return QCoreApplication::translate("omnimap::MainWindow", "Omnimap projects (*.omnimap)");
}

} // namespace

bool MainWindow::openFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    bool readOnly = false;
    bool asCopy = false;
    if (const std::optional<LockInfo> lock = LockFile::read(absolute)) {
        const LockInfo me = LockFile::current();
        const bool mine = lock->host == me.host && lock->pid == me.pid;
        // A lock nobody holds any more (its process is gone, or another host stopped
        // refreshing it) is taken over without a question: only a live holder is asked about.
        if (!mine && !LockFile::isStale(*lock)) {
            switch (m_dialogs->lockedFile(absolute, *lock, lock->host != me.host)) {
            case DialogService::LockChoice::ReadOnly: readOnly = true; break;
            case DialogService::LockChoice::OpenCopy: asCopy = true; break;
            case DialogService::LockChoice::IgnoreLock: break;
            case DialogService::LockChoice::Cancel: return false;
            }
        }
    }
    LoadResult result;
    std::unique_ptr<Document> document = Document::open(absolute, &result);
    if (!document) {
        m_dialogs->error(tr("Cannot open project"), result.errorString());
        return false;
    }
    std::unique_ptr<LockFile> lock;
    if (asCopy) {
        document->setFileName({}); // a copy: Save asks where
    } else if (readOnly) {
        document->setReadOnly(true);
    } else {
        lock = std::make_unique<LockFile>(absolute);
        if (!lock->acquire())
            statusBar()->showMessage(tr("Could not write the lock file beside %1").arg(absolute));
    }
    setDocument(std::move(document), std::move(lock));
    if (!asCopy)
        addRecentFile(absolute);
    if (!result.diagnostics.isEmpty())
        statusBar()->showMessage(tr("Opened with %n problem(s): see the Problems panel", nullptr,
                                    int(result.diagnostics.size())));
    return true;
}

bool MainWindow::openSample(const QString &name)
{
    QFile file(QStringLiteral(":/samples/") + name + QStringLiteral(".omnimap"));
    if (!file.open(QIODevice::ReadOnly)) {
        m_dialogs->error(tr("Cannot open sample"), tr("There is no bundled sample called “%1”.").arg(name));
        return false;
    }
    LoadResult result = readProject(file.readAll(), file.fileName());
    if (!result.ok()) {
        m_dialogs->error(tr("Cannot open sample"), result.errorString());
        return false;
    }
    setDocument(std::make_unique<Document>(std::move(*result.project)));
    return true;
}

bool MainWindow::save()
{
    if (m_document->fileName().isEmpty() || m_document->isReadOnly())
        return saveAs();
    if (m_document->hasChangedOnDisk()) {
        const std::optional<Project> base = storedMergeBase(*m_document);
        switch (m_dialogs->changedOnDisk(m_document->fileName(), base.has_value())) {
        case DialogService::ChangeChoice::Merge:
            if (!base || !mergeChangesOnDisk(*base))
                return false;
            return save(); // checks again: the file may have changed while the user merged
        case DialogService::ChangeChoice::Reload: {
            const QString path = m_document->fileName();
            m_lock.reset();
            return openFile(path);
        }
        case DialogService::ChangeChoice::SaveAsCopy:
            return saveAs();
        case DialogService::ChangeChoice::Overwrite:
            break;
        case DialogService::ChangeChoice::Cancel:
            return false;
        }
    }
    return saveTo(m_document->fileName());
}

bool MainWindow::mergeChangesOnDisk(const Project &base)
{
    // Read the file once: the merged-in version and the fingerprint are the same bytes,
    // so a further change while the user resolves conflicts is caught by the next check.
    const QString path = m_document->fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_dialogs->error(tr("Cannot merge"), tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    LoadResult theirs = readProject(bytes, path);
    if (!theirs.ok()) {
        m_dialogs->error(tr("Cannot merge"), theirs.errorString());
        return false;
    }
    if (!runMergeDialog(*context(), base, *theirs.project))
        return false;
    m_document->setDiskFingerprint(FileFingerprint::ofBytes(bytes));
    return true;
}

bool MainWindow::saveAs()
{
    QString suggested = m_document->fileName();
    if (suggested.isEmpty())
        suggested = m_document->project().name + QStringLiteral(".omnimap");
    QString path = m_dialogs->saveFileName(tr("Save project as"), suggested, projectFilter());
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".omnimap")))
        path += QStringLiteral(".omnimap");
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute != m_document->fileName()) {
        auto lock = std::make_unique<LockFile>(absolute);
        lock->acquire();
        m_lock = std::move(lock);
    }
    m_document->setReadOnly(false);
    return saveTo(absolute);
}

bool MainWindow::saveTo(const QString &path)
{
    const SaveResult result = m_document->save(path);
    if (!result.ok) {
        m_dialogs->error(tr("Cannot save project"), result.error);
        return false;
    }
    if (!m_pendingRecoveryKey.isEmpty()) {
        RecoveryStore(m_recoveryDirectory).remove(m_pendingRecoveryKey);
        m_pendingRecoveryKey.clear();
    }
    addRecentFile(path);
    statusBar()->showMessage(result.method == SaveMethod::AtomicRename
                                 ? tr("Saved %1").arg(QDir::toNativeSeparators(path))
                                 : tr("Saved %1 (written in place after a verified backup)").arg(path),
                             4000);
    return true;
}

void MainWindow::offerRecovery()
{
    const RecoveryStore store(m_recoveryDirectory);
    for (const RecoveryEntry &entry : store.entries()) {
        if (m_autosaver && entry.key == m_autosaver->key())
            continue;
        switch (m_dialogs->offerRecovery(entry)) {
        case DialogService::RecoveryChoice::Restore: {
            QString error;
            std::optional<Project> project = store.load(entry, &error);
            if (!project) {
                m_dialogs->error(tr("Cannot restore"), error);
                continue;
            }
            // The restored work is unsaved: it lands as one undoable step over the
            // original (or an empty project), so the window shows it as modified.
            auto document = std::make_unique<Document>(std::move(*project));
            std::unique_ptr<LockFile> lock;
            if (!entry.originalPath.isEmpty()) {
                document->setFileName(entry.originalPath);
                document->setDiskFingerprint(FileFingerprint::of(entry.originalPath));
                lock = std::make_unique<LockFile>(entry.originalPath);
                lock->acquire();
            }
            auto *marker = new QUndoCommand(tr("Restore unsaved changes"));
            document->undoStack()->push(marker); // makes the stack dirty: a save is needed
            setDocument(std::move(document), std::move(lock));
            m_pendingRecoveryKey = entry.key;
            return;
        }
        case DialogService::RecoveryChoice::Discard:
            RecoveryStore(m_recoveryDirectory).remove(entry.key);
            break;
        case DialogService::RecoveryChoice::Later:
            break;
        }
    }
}

bool MainWindow::maybeSave()
{
    if (!m_document || !m_document->isModified())
        return true;
    switch (m_dialogs->unsavedChanges(m_document->displayName())) {
    case DialogService::CloseChoice::Save:
        return save();
    case DialogService::CloseChoice::Discard:
        if (m_autosaver)
            m_autosaver->discard();
        if (!m_pendingRecoveryKey.isEmpty())
            RecoveryStore(m_recoveryDirectory).remove(m_pendingRecoveryKey);
        m_pendingRecoveryKey.clear();
        return true;
    case DialogService::CloseChoice::Cancel:
        return false;
    }
    return false;
}

} // namespace omnimap
