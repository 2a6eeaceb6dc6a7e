#include "documentview.h"

#include "app/shell/appcontext.h"
#include "document/document.h"

namespace omnimap {

DocumentView::DocumentView(QWidget *parent)
    : QWidget(parent)
{
}

void DocumentView::setDocument(Document *document)
{
    if (m_connection)
        disconnect(m_connection);
    m_document = document;
    if (document) {
        m_connection = connect(document, &Document::changed, this,
                               [this](const ChangeEvent &event) { documentChanged(event); });
    }
    documentReset();
}

void DocumentView::followContext(AppContext &context)
{
    m_context = &context;
    connect(&context, &AppContext::documentReplaced, this, [this](Document *document) { setDocument(document); });
    connect(&context, &AppContext::currentJourneyChanged, this,
            [this](const Id &journeyId) { currentJourneyChanged(journeyId); });
    setDocument(context.document());
}

void DocumentView::documentChanged(const ChangeEvent &)
{
    documentReset();
}

void DocumentView::currentJourneyChanged(const Id &)
{
}

} // namespace omnimap
