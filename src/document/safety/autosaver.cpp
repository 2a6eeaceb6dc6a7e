#include "autosaver.h"

#include "document/document.h"

#include <QCoreApplication>

namespace omnimap {

Autosaver::Autosaver(Document *document, RecoveryStore store, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_store(std::move(store))
    // One key per open document and process: two windows never overwrite each other's copy.
    , m_key((document->project().id.isEmpty() ? newId() : document->project().id) + QLatin1Char('-')
            + QString::number(QCoreApplication::applicationPid()))
{
    m_timer.setInterval(intervalMs);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { saveNow(); });
    connect(document, &Document::modifiedChanged, this, &Autosaver::onModifiedChanged);
    // Keep the copy current: every change restarts the countdown only if none is pending,
    // so a busy user is still autosaved every interval.
    connect(document, &Document::changed, this, [this] {
        if (m_document->isModified() && !m_timer.isActive())
            m_timer.start();
    });
    connect(document, &Document::saved, this, [this] { m_store.remove(m_key); });
}

QString Autosaver::saveNow()
{
    m_timer.stop();
    if (!m_document->isModified())
        return {};
    const QString error = m_store.write(m_key, m_document->project(), m_document->fileName());
    if (error.isEmpty())
        emit autosaved(m_store.directory() + QLatin1Char('/') + m_key + QStringLiteral(".omnimap"));
    else
        emit failed(error);
    return error;
}

void Autosaver::discard()
{
    m_timer.stop();
    m_store.remove(m_key);
}

void Autosaver::onModifiedChanged(bool modified)
{
    if (modified && !m_timer.isActive())
        m_timer.start();
    else if (!modified)
        m_timer.stop();
}

} // namespace omnimap
