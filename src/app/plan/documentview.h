#pragma once

#include "document/changeevent.h"
#include "document/document.h"

#include <QPointer>
#include <QWidget>

namespace omnimap {

class AppContext;

/// Base of the plan tools' editors: follows one Document (or the AppContext's current
/// one, re-binding on documentReplaced) and calls documentChanged() for every model
/// change, so an editor only says how it rebuilds.
class DocumentView : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentView(QWidget *parent = nullptr);

    /// Follows `document` (may be null: the view shows nothing).
    void setDocument(Document *document);
    Document *document() const { return m_document; }

    /// Follows the context's document and current journey from now on.
    void followContext(AppContext &context);
    AppContext *context() const { return m_context; }

protected:
    /// The document was replaced: rebuild everything.
    virtual void documentReset() = 0;
    /// One change of the model; the default rebuilds everything.
    virtual void documentChanged(const ChangeEvent &event);
    /// The map's current journey changed (only when following a context).
    virtual void currentJourneyChanged(const Id &journeyId);

private:
    QPointer<Document> m_document;
    QMetaObject::Connection m_connection;
    AppContext *m_context = nullptr;
};

} // namespace omnimap
