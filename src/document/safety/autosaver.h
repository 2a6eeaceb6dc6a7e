#pragma once

#include "recoverystore.h"

#include <QObject>
#include <QTimer>

namespace omnimap {

class Document;

/// Writes a recovery copy of a document after `interval` of unsaved change (two minutes
/// by default), and drops it once the document is saved or the user discards it.
class Autosaver final : public QObject
{
    Q_OBJECT

public:
    Autosaver(Document *document, RecoveryStore store, int intervalMs = 2 * 60 * 1000, QObject *parent = nullptr);

    void setInterval(int intervalMs) { m_timer.setInterval(intervalMs); }
    int interval() const { return m_timer.interval(); }
    /// The recovery key of this document (stable while it is open).
    QString key() const { return m_key; }
    /// Writes the recovery copy now. Returns an error text or empty.
    QString saveNow();
    /// The user discarded the changes: the recovery copy goes.
    void discard();

signals:
    void autosaved(const QString &recoveryPath);
    void failed(const QString &error);

private:
    void onModifiedChanged(bool modified);

    Document *m_document;
    RecoveryStore m_store;
    QString m_key;
    QTimer m_timer;
};

} // namespace omnimap
