#include "document.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace omnimap {

Document::Document(Project project, QString fileName, QObject *parent)
    : QObject(parent)
    , m_project(std::move(project))
    , m_fileName(std::move(fileName))
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

Document::~Document() = default;

std::unique_ptr<Document> Document::open(const QString &path, LoadResult *result)
{
    LoadResult loaded = loadProjectFile(path);
    if (result)
        *result = loaded;
    if (!loaded.ok())
        return nullptr;
    auto document = std::make_unique<Document>(std::move(*loaded.project), QFileInfo(path).absoluteFilePath());
    document->m_diskFingerprint = FileFingerprint::of(path);
    return document;
}

std::unique_ptr<Document> Document::createEmpty(const QString &name)
{
    Project project;
    project.id = newId();
    project.name = name;
    return std::make_unique<Document>(std::move(project));
}

void Document::setFileName(const QString &fileName)
{
    if (m_fileName == fileName)
        return;
    m_fileName = fileName;
    emit fileNameChanged(fileName);
}

QString Document::displayName() const
{
    if (m_fileName.isEmpty())
        return QCoreApplication::translate("omnimap::Document", "Untitled");
    return QFileInfo(m_fileName).fileName();
}

void Document::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    emit readOnlyChanged(readOnly);
}

SaveResult Document::save(const QString &path, const SaveOptions &options)
{
    const QString target = path.isEmpty() ? m_fileName : path;
    SaveResult result;
    if (target.isEmpty()) {
        result.error = QCoreApplication::translate("omnimap::Document", "no file name to save to");
        return result;
    }
    result = saveProjectFile(target, m_project, options);
    if (!result.ok)
        return result;
    setFileName(QFileInfo(target).absoluteFilePath());
    m_diskFingerprint = FileFingerprint::of(target);
    m_undoStack.setClean();
    emit saved(result);
    return result;
}

bool Document::hasChangedOnDisk() const
{
    if (m_fileName.isEmpty() || m_diskFingerprint.isNull())
        return false;
    const FileFingerprint now = FileFingerprint::of(m_fileName);
    // Size and time first: hashing is only needed when they match.
    if (now.exists != m_diskFingerprint.exists || now.size != m_diskFingerprint.size)
        return true;
    return !now.sameContentAs(m_diskFingerprint);
}

void Document::resetProject(Project project)
{
    m_project = std::move(project);
    m_undoStack.clear();
    ChangeEvent event;
    event.type = ChangeEvent::Type::Reset;
    emit changed(event);
}

} // namespace omnimap
