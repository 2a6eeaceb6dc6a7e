#pragma once

// Internal to the web-page export: the section writers share this context.

#include "model/project.h"
#include "plan/kpistatus.h"
#include "reportoptions.h"

#include <QLocale>
#include <QTranslator>
#include <QString>

#include <memory>

namespace omnimap::HtmlSections {

struct Context
{
    const Project &project;
    const ReportOptions &options;
    QLocale locale;
};

/// A word of the page in the page's language (the PDF's strings, context omnimap::Report
/// unless given): Korean from the built-in translation, English as written. Looked up
/// here rather than through the application's translators, so the page speaks the plan's
/// language whatever the user interface speaks.
QString translated(const char *text, const char *context = "omnimap::Report");
/// The KPI status word, as ReportData::statusLabel() but in the page's language.
QString statusText(KpiStatus status);
/// `translated()`, HTML-escaped.
QString label(const char *text);

/// Makes `translated()` speak `language` ("ko", "en") on this thread while it lives.
class LanguageScope
{
public:
    explicit LanguageScope(const QString &language);
    ~LanguageScope();
    LanguageScope(const LanguageScope &) = delete;
    LanguageScope &operator=(const LanguageScope &) = delete;

private:
    std::unique_ptr<QTranslator> m_translator;
    const QTranslator *m_previous = nullptr;
};

/// A journey: toolbar, the map as SVG with one element per card, the details panel and
/// the channel-role matrix.
void journey(QString &out, const Context &c, const Journey &journey);
void personas(QString &out, const Context &c);
void kpis(QString &out, const Context &c);
void checklists(QString &out, const Context &c);
void campaigns(QString &out, const Context &c);
/// KPI progress and scenario comparison as SVG charts; nothing without results.
void dashboard(QString &out, const Context &c);

/// The page's own stylesheet and script (no user text in either: hashed for the CSP).
QString styleSheet();
QString script();

} // namespace omnimap::HtmlSections
