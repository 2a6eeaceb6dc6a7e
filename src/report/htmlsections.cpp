// The web page's personas, KPI table and checklist heat maps.

#include "htmlsections.h"

#include "htmlescape.h"
#include "model/lookup.h"
#include "render/mapstyle.h"
#include "reportdata.h"

#include <QCoreApplication>

namespace omnimap::HtmlSections {

namespace {
/// The translator of the page being written on this thread; null: English as written.
thread_local const QTranslator *t_translator = nullptr;
} // namespace

LanguageScope::LanguageScope(const QString &language)
    : m_previous(t_translator)
{
    if (language != QLatin1String("en")) {
        m_translator = std::make_unique<QTranslator>();
        if (m_translator->load(QStringLiteral("omnimap_") + language, QStringLiteral(":/i18n")))
            t_translator = m_translator.get();
    } else {
        t_translator = nullptr;
    }
}

LanguageScope::~LanguageScope()
{
    t_translator = m_previous;
}

QString translated(const char *text, const char *context)
{
    if (t_translator) {
        const QString t = t_translator->translate(context, text);
        if (!t.isEmpty())
            return t;
    }
    return QString::fromUtf8(text);
}

QString statusText(KpiStatus status)
{
    switch (status) {
    case KpiStatus::OnTrack:
        return translated(QT_TRANSLATE_NOOP("omnimap::Report", "On track"));
    case KpiStatus::AtRisk:
        return translated(QT_TRANSLATE_NOOP("omnimap::Report", "At risk"));
    case KpiStatus::OffTrack:
        return translated(QT_TRANSLATE_NOOP("omnimap::Report", "Off track"));
    case KpiStatus::NoTarget:
        break;
    }
    return translated(QT_TRANSLATE_NOOP("omnimap::Report", "No data"));
}

QString label(const char *text)
{
    return Html::escape(translated(text));
}

namespace {

QString statusClass(KpiStatus status)
{
    return QStringLiteral("st-") + ReportData::statusKey(status);
}

void field(QString &out, const char *name, const QString &value)
{
    if (!value.trimmed().isEmpty())
        out += QStringLiteral("<dt>%1</dt><dd>%2</dd>").arg(label(name), Html::escape(value));
}

void list(QString &out, const char *name, const QStringList &items)
{
    if (items.isEmpty())
        return;
    out += QStringLiteral("<h4>%1</h4><ul>").arg(label(name));
    for (const QString &item : items)
        out += QStringLiteral("<li>%1</li>").arg(Html::escape(item));
    out += QStringLiteral("</ul>");
}

} // namespace

void personas(QString &out, const Context &c)
{
    if (c.project.personas.isEmpty())
        return;
    out += QStringLiteral("<div class=\"personas\">");
    for (int i = 0; i < c.project.personas.size(); ++i) {
        const Persona &p = c.project.personas.at(i);
        out += QStringLiteral("<article class=\"persona\" data-id=\"%1\"><div class=\"persona-head\">").arg(Html::escape(p.id));
        const QString avatar = Html::imageDataUri(p.avatar);
        if (!avatar.isEmpty()) {
            out += QStringLiteral("<img class=\"avatar\" alt=\"\" src=\"%1\">").arg(avatar);
        } else {
            out += QStringLiteral("<svg class=\"avatar\" viewBox=\"0 0 48 48\" aria-hidden=\"true\"><circle cx=\"24\" cy=\"24\" "
                                  "r=\"24\" fill=\"%1\"/><text x=\"24\" y=\"30\" text-anchor=\"middle\">%2</text></svg>")
                       .arg(personaColor(i, p.color).name(), Html::escape(initialsOf(p.name)));
        }
        out += QStringLiteral("<div><h3>%1</h3><p class=\"muted\">%2</p></div></div>")
                   .arg(Html::escape(p.name), Html::escape(p.segment));
        if (!p.quote.isEmpty())
            out += QStringLiteral("<blockquote>%1</blockquote>").arg(Html::escape(p.quote));
        if (!p.scenario.isEmpty())
            out += QStringLiteral("<p>%1</p>").arg(Html::escape(p.scenario));
        QString profile;
        field(profile, QT_TRANSLATE_NOOP("omnimap::Report", "Age"), p.ageBand);
        field(profile, QT_TRANSLATE_NOOP("omnimap::Report", "Gender"), p.gender);
        field(profile, QT_TRANSLATE_NOOP("omnimap::Report", "Location"), p.location);
        field(profile, QT_TRANSLATE_NOOP("omnimap::Report", "Occupation"), p.occupation);
        field(profile, QT_TRANSLATE_NOOP("omnimap::Report", "Income"), p.income);
        if (!profile.isEmpty())
            out += QStringLiteral("<dl class=\"profile\">%1</dl>").arg(profile);
        list(out, QT_TRANSLATE_NOOP("omnimap::Report", "Goals"), p.goals);
        list(out, QT_TRANSLATE_NOOP("omnimap::Report", "Motivations"), p.motivations);
        list(out, QT_TRANSLATE_NOOP("omnimap::Report", "Pain points"), p.painPoints);
        list(out, QT_TRANSLATE_NOOP("omnimap::Report", "Devices"), p.devices);
        if (!p.preferredChannels.isEmpty()) {
            QStringList channels;
            for (const ChannelPreference &pref : p.preferredChannels)
                channels << ReportData::channelName(c.project, pref.channelId);
            list(out, QT_TRANSLATE_NOOP("omnimap::Report", "Preferred channels"), channels);
        }
        out += QStringLiteral("</article>");
    }
    out += QStringLiteral("</div>");
}

void kpis(QString &out, const Context &c)
{
    if (c.project.kpis.isEmpty())
        return;
    out += QStringLiteral("<div class=\"scroll\"><table class=\"kpis\"><thead><tr><th>%1</th><th>%2</th><th>%3</th>"
                          "<th>%4</th><th>%5</th><th>%6</th><th>%7</th></tr></thead><tbody>")
               .arg(label(QT_TRANSLATE_NOOP("omnimap::Report", "KPI")), label(QT_TRANSLATE_NOOP("omnimap::Report", "Scope")), label(QT_TRANSLATE_NOOP("omnimap::Report", "Baseline")), label(QT_TRANSLATE_NOOP("omnimap::Report", "Target")), label(QT_TRANSLATE_NOOP("omnimap::Report", "Measured")), label(QT_TRANSLATE_NOOP("omnimap::Report", "Simulated")),
                    label(QT_TRANSLATE_NOOP("omnimap::Report", "Status")));
    for (const Kpi &k : c.project.kpis) {
        const KpiStatus status = kpiStatus(k);
        out += QStringLiteral("<tr class=\"kpi\" data-id=\"%1\"><th>%2<small>%3</small></th><td>%4</td><td>%5</td><td>%6</td>"
                              "<td>%7</td><td>%8</td><td><span class=\"status %9\">%10</span></td></tr>")
                   .arg(Html::escape(k.id), Html::escape(k.name),
                        k.direction == KpiDirection::Increase ? label(QT_TRANSLATE_NOOP("omnimap::Report", "↑ higher is better")) : label(QT_TRANSLATE_NOOP("omnimap::Report", "↓ lower is better")),
                        Html::escape(ReportData::kpiScope(c.project, k)),
                        Html::escape(ReportData::formatKpiValue(k, k.baseline, c.locale)),
                        Html::escape(ReportData::formatKpiValue(k, k.target, c.locale)),
                        Html::escape(ReportData::formatKpiValue(k, k.actual, c.locale)),
                        Html::escape(ReportData::formatKpiValue(k, k.simulated, c.locale)), statusClass(status),
                        Html::escape(statusText(status)));
    }
    out += QStringLiteral("</tbody></table></div>");
}

void checklists(QString &out, const Context &c)
{
    for (const Checklist &cl : c.project.checklists) {
        out += QStringLiteral("<h3>%1</h3><div class=\"scroll\"><table class=\"heat\" data-id=\"%2\"><thead><tr><th>%3</th>")
                   .arg(Html::escape(translated(QT_TRANSLATE_NOOP("omnimap::Report", "Checklist — %1")).arg(cl.name)),
                        Html::escape(cl.id), label(QT_TRANSLATE_NOOP("omnimap::Report", "Item")));
        for (const Id &ch : cl.channelIds)
            out += QStringLiteral("<th>%1</th>").arg(Html::escape(ReportData::channelName(c.project, ch)));
        out += QStringLiteral("</tr></thead><tbody>");
        for (const ChecklistItem &item : cl.items) {
            out += QStringLiteral("<tr><th>%1<small>%2</small></th>").arg(Html::escape(item.text), Html::escape(item.category));
            for (const Id &ch : cl.channelIds) {
                switch (ReportData::checkStatus(cl, item.id, ch)) {
                case CheckStatus::Pass:
                    out += QStringLiteral("<td class=\"ck-pass\">%1</td>").arg(label(QT_TRANSLATE_NOOP("omnimap::Report", "✓ Pass")));
                    break;
                case CheckStatus::Fail:
                    out += QStringLiteral("<td class=\"ck-fail\">%1</td>").arg(label(QT_TRANSLATE_NOOP("omnimap::Report", "✗ Fail")));
                    break;
                case CheckStatus::NotApplicable:
                    out += QStringLiteral("<td class=\"ck-na\">%1</td>").arg(label(QT_TRANSLATE_NOOP("omnimap::Report", "n/a")));
                    break;
                case CheckStatus::Unchecked:
                    out += QStringLiteral("<td class=\"ck-none\">—</td>");
                    break;
                }
            }
            out += QStringLiteral("</tr>");
        }
        // The heat map's summary: the score per channel, coloured like a KPI status.
        const auto overall = ReportData::scoreChecklist(cl).score();
        out += QStringLiteral("<tr class=\"score\"><th>%1<small>%2</small></th>")
                   .arg(label(QT_TRANSLATE_NOOP("omnimap::Report", "Score (pass ÷ decided)")),
                        overall ? Html::escape(translated(QT_TRANSLATE_NOOP("omnimap::Report", "Overall %1 %"))
                                                   .arg(qRound(*overall * 100)))
                                : label(QT_TRANSLATE_NOOP("omnimap::Report", "Overall: not reviewed")));
        for (const Id &ch : cl.channelIds) {
            const auto score = ReportData::scoreChecklist(cl, ch).score();
            const KpiStatus st = !score ? KpiStatus::NoTarget
                : *score >= 0.9         ? KpiStatus::OnTrack
                : *score >= 0.7         ? KpiStatus::AtRisk
                                        : KpiStatus::OffTrack;
            // A shape as well as a colour, as in the PDF: ● ≥ 90 %, ▲ 70–89 %, ■ below, ○ not reviewed.
            const QString marker = st == KpiStatus::OnTrack ? QStringLiteral("●")
                : st == KpiStatus::AtRisk                   ? QStringLiteral("▲")
                : st == KpiStatus::OffTrack                 ? QStringLiteral("■")
                                                            : QStringLiteral("○");
            out += QStringLiteral("<td class=\"%1\">%2 %3</td>")
                       .arg(statusClass(st), marker,
                            score ? QStringLiteral("%1 %").arg(qRound(*score * 100)) : QStringLiteral("—"));
        }
        out += QStringLiteral("</tr></tbody></table></div><p class=\"muted\">%1</p>")
                   .arg(label(QT_TRANSLATE_NOOP("omnimap::Report", "Score markers: ● 90 % or more · ▲ 70–89 % · ■ below 70 % · ○ not reviewed.")));
    }
}

} // namespace omnimap::HtmlSections
