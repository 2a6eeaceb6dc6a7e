#include "htmlexport.h"

#include "htmlescape.h"
#include "htmlsections.h"
#include "reportdata.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QSaveFile>

namespace omnimap::HtmlExport {

namespace {

QString tr(const char *text)
{
    return HtmlSections::translated(text);
}

/// The CSP source for an inline element: its exact text hashed, so nothing else runs.
QString hashSource(const QString &content)
{
    const QByteArray digest = QCryptographicHash::hash(content.toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("'sha256-%1'").arg(QString::fromLatin1(digest.toBase64()));
}

} // namespace

QByteArray page(const Project &project, const ReportOptions &options)
{
    using namespace HtmlSections;
    const QString language = options.language.startsWith(QLatin1String("ko")) ? QStringLiteral("ko") : QStringLiteral("en");
    const LanguageScope scope(language);
    const Context c{project, options, QLocale(language)};
    const QString css = styleSheet();
    const QString js = script();
    // default-src 'none': no fetch, frame, font, media or object; only the page's own
    // style and script (by hash) and pictures embedded as data URIs.
    const QString csp = QStringLiteral("default-src 'none'; style-src %1; script-src %2; img-src data:; "
                                       "base-uri 'none'; form-action 'none'")
                            .arg(hashSource(css), hashSource(js));
    const QString stamp = c.locale.toString(options.stamp().toLocalTime(), QLocale::ShortFormat);

    QString out;
    out.reserve(1 << 20);
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n").arg(language);
    out += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"%1\">\n").arg(csp);
    out += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out += QStringLiteral("<meta name=\"generator\" content=\"Omnimap %1\">\n").arg(QStringLiteral(OMNIMAP_VERSION_STRING));
    out += QStringLiteral("<meta name=\"referrer\" content=\"no-referrer\">\n");
    out += QStringLiteral("<title>%1</title>\n<style>%2</style>\n</head>\n").arg(Html::escape(project.name), css);
    // Words the script shows, in the page's language (the script itself has no text).
    out += QStringLiteral("<body data-hits=\"%1\" data-no-hits=\"%2\" data-all=\"%3\">\n")
               .arg(label(QT_TRANSLATE_NOOP("omnimap::Report", "%1 of %2 cards match")), label(QT_TRANSLATE_NOOP("omnimap::Report", "No card matches")), label(QT_TRANSLATE_NOOP("omnimap::Report", "All cards")));
    out += QStringLiteral("<header class=\"page-head\"><p class=\"kicker\">%1</p><h1>%2</h1>")
               .arg(label(QT_TRANSLATE_NOOP("omnimap::Report", "Omnimap journey plan")), Html::escape(project.name));
    if (!project.description.isEmpty())
        out += QStringLiteral("<p class=\"lead\">%1</p>").arg(Html::escape(project.description));
    out += QStringLiteral("<p class=\"stamp\">%1</p>").arg(Html::escape(tr(QT_TRANSLATE_NOOP("omnimap::Report", "Exported %1")).arg(stamp)));

    QString body;
    QList<std::pair<QString, QString>> contents; // anchor, title
    const QList<const Journey *> journeys = ReportData::journeysFor(project, options.journeyId);
    for (const Journey *j : journeys) {
        contents.append({QStringLiteral("j-%1").arg(contents.size()), Html::escape(j->name)});
        body += QStringLiteral("<section class=\"journey\" id=\"%1\">").arg(contents.constLast().first);
        journey(body, c, *j);
        body += QStringLiteral("</section>\n");
    }
    auto section = [&](const QString &id, const QString &title, void (*write)(QString &, const Context &)) {
        QString s;
        write(s, c);
        if (s.isEmpty())
            return;
        contents.append({id, title});
        body += QStringLiteral("<section id=\"%1\"><h2>%2</h2>").arg(id, title) + s + QStringLiteral("</section>\n");
    };
    section(QStringLiteral("personas"), label(QT_TRANSLATE_NOOP("omnimap::Report", "Personas")), personas);
    section(QStringLiteral("kpis"), label(QT_TRANSLATE_NOOP("omnimap::Report", "KPIs")), kpis);
    section(QStringLiteral("checklists"), label(QT_TRANSLATE_NOOP("omnimap::Report", "Brand checklists")), checklists);
    section(QStringLiteral("campaigns"), label(QT_TRANSLATE_NOOP("omnimap::Report", "Campaigns")), campaigns);
    section(QStringLiteral("dashboard"), label(QT_TRANSLATE_NOOP("omnimap::Report", "Dashboard")), dashboard);

    out += QStringLiteral("<nav class=\"toc\" aria-label=\"%1\"><ul>").arg(label(QT_TRANSLATE_NOOP("omnimap::Report", "Contents")));
    for (const auto &[id, title] : std::as_const(contents))
        out += QStringLiteral("<li><a href=\"#%1\">%2</a></li>").arg(id, title);
    out += QStringLiteral("</ul></nav></header>\n<main>\n");
    out += body;
    out += QStringLiteral("</main>\n<footer>%1</footer>\n<script>%2</script>\n</body>\n</html>\n")
               .arg(label(QT_TRANSLATE_NOOP("omnimap::Report", "Made with Omnimap. This page works offline and sends nothing anywhere.")), js);
    return out.toUtf8();
}

bool writeFile(const QString &path, const Project &project, const ReportOptions &options, QString *error)
{
    const QByteArray bytes = page(project, options);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("omnimap::Report", "%1: cannot write: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace omnimap::HtmlExport
