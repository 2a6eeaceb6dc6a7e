#pragma once

#include "changeevent.h"
#include "format/projectfile.h"
#include "safety/filefingerprint.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace omnimap {

/// One open project file: the model, its undo stack, the file name and the modified
/// state. Views read project(); every edit goes through an undo command pushed on
/// undoStack(), which changes the model via mutableProject() and announces it with
/// notify(). isModified() follows the stack's clean state, which only a successful
/// save resets.
class Document final : public QObject
{
    Q_OBJECT

public:
    explicit Document(Project project = {}, QString fileName = {}, QObject *parent = nullptr);
    ~Document() override;

    /// Opens a file. On failure returns null and fills `result` with the reasons.
    static std::unique_ptr<Document> open(const QString &path, LoadResult *result = nullptr);

    /// A new, empty project with a fresh id.
    static std::unique_ptr<Document> createEmpty(const QString &name);

    const Project &project() const { return m_project; }
    QUndoStack *undoStack() { return &m_undoStack; }

    QString fileName() const { return m_fileName; }
    void setFileName(const QString &fileName);
    /// The name shown in titles: the file's base name, or "Untitled".
    QString displayName() const;

    bool isModified() const { return !m_undoStack.isClean(); }
    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);

    /// Saves to `path` (default: fileName()). Marks the stack clean only on success;
    /// a failed save leaves the document modified and says why.
    SaveResult save(const QString &path = {}, const SaveOptions &options = {});

    /// The file as it was when loaded or last saved by us.
    const FileFingerprint &diskFingerprint() const { return m_diskFingerprint; }
    void setDiskFingerprint(const FileFingerprint &fingerprint) { m_diskFingerprint = fingerprint; }
    /// True when the file on disk no longer matches what we loaded or saved (someone else
    /// wrote it, or it was deleted). Checked right before every save.
    bool hasChangedOnDisk() const;

    /// Replaces the whole project outside the undo history (reload from disk).
    void resetProject(Project project);

    // --- for undo commands only ---
    Project &mutableProject() { return m_project; }
    void notify(const ChangeEvent &event) { emit changed(event); }

signals:
    void changed(const omnimap::ChangeEvent &event);
    void modifiedChanged(bool modified);
    void fileNameChanged(const QString &fileName);
    void readOnlyChanged(bool readOnly);
    /// After a successful save: which path it took (AtomicRename or DirectWriteVerified).
    void saved(const omnimap::SaveResult &result);

private:
    Project m_project;
    QString m_fileName;
    QUndoStack m_undoStack;
    bool m_readOnly = false;
    FileFingerprint m_diskFingerprint;
};

} // namespace omnimap
