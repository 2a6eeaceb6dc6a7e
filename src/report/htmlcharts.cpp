// The web page's campaign timeline and dashboard charts, drawn as static SVG.

#include "htmlsections.h"

#include "htmlescape.h"
#include "model/lookup.h"
#include "render/mapstyle.h"
#include "reportdata.h"
#include "reportstyle.h"

#include <QCoreApplication>
#include <QDate>

#include <cmath>

namespace omnimap::HtmlSections {

namespace {

/// A coordinate for SVG; a non-finite number (from a damaged plan) becomes 0, since the
/// browser would reject the whole attribute and log an error.
QString num(double v)
{
    return QString::number(std::isfinite(v) ? v : 0.0, 'f', 1);
}

QDate isoDate(const QString &text)
{
    return QDate::fromString(text.left(10), Qt::ISODate);
}

/// Progress from baseline (0) to target (1), as the PDF's dashboard measures it.
std::optional<double> progress(const Kpi &k, std::optional<double> value)
{
    if (!value || !k.target || !std::isfinite(*value) || !std::isfinite(*k.target))
        return std::nullopt;
    const double base = k.baseline.value_or(0.0);
    const double span = *k.target - base;
    if (!std::isfinite(span) || std::abs(span) < 1e-12)
        return std::nullopt;
    return (*value - base) / span;
}

QList<std::pair<QString, double>> resultNumbers(const nlohmann::json &result)
{
    QList<std::pair<QString, double>> out;
    if (!result.is_object())
        return out;
    for (auto it = result.begin(); it != result.end(); ++it) {
        if (it->is_number()) {
            const double v = it->get<double>();
            if (std::isfinite(v))
                out.append({QString::fromStdString(it.key()), v});
        } else if (it->is_object()) {
            for (auto inner = it->begin(); inner != it->end(); ++inner) {
                if (inner->is_number() && std::isfinite(inner->get<double>()))
                    out.append({QString::fromStdString(it.key() + "." + inner.key()), inner->get<double>()});
            }
        }
    }
    return out;
}

} // namespace

void campaigns(QString &out, const Context &c)
{
    if (c.project.campaigns.isEmpty())
        return;
    QDate first;
    QDate last;
    auto extend = [&](const QString &start, const QString &end) {
        const QDate a = isoDate(start);
        const QDate b = isoDate(end);
        if (!a.isValid() || !b.isValid() || b < a)
            return;
        first = first.isValid() ? std::min(first, a) : a;
        last = last.isValid() ? std::max(last, b) : b;
    };
    int rows = 0;
    for (const Campaign &cp : c.project.campaigns) {
        extend(cp.start, cp.end);
        ++rows;
        for (const PlannedAction &a : cp.actions) {
            extend(a.start, a.end);
            ++rows;
        }
    }
    if (first.isValid()) {
        const double labelW = 260;
        const double chartW = 760;
        const double rowH = 26;
        const double top = 28;
        const double height = top + rows * rowH + 8;
        const double days = std::max<qint64>(1, first.daysTo(last) + 1);
        auto xOf = [&](const QDate &d) { return labelW + chartW * double(first.daysTo(d)) / days; };
        out += QStringLiteral("<div class=\"scroll\"><svg class=\"chart timeline\" viewBox=\"0 0 %1 %2\" role=\"img\" "
                              "aria-label=\"%3\">")
                   .arg(num(labelW + chartW + 10), num(height), label(QT_TRANSLATE_NOOP("omnimap::Report", "Campaigns")));
        // Month ticks.
        for (QDate m(first.year(), first.month(), 1); m <= last; m = m.addMonths(1)) {
            if (m < first)
                continue;
            out += QStringLiteral("<line class=\"tick\" x1=\"%1\" x2=\"%1\" y1=\"%2\" y2=\"%3\"/><text class=\"axis\" x=\"%4\" "
                                  "y=\"16\">%5</text>")
                       .arg(num(xOf(m)), num(top - 6), num(height), num(xOf(m) + 3),
                            Html::escape(c.locale.toString(m, QStringLiteral("MMM yyyy"))));
        }
        int row = 0;
        const MapPalette &pal = MapPalette::get(false);
        for (const Campaign &cp : c.project.campaigns) {
            auto bar = [&](const QString &name, const QString &start, const QString &end, bool action, bool promotion) {
                const double y = top + row++ * rowH;
                out += QStringLiteral("<text class=\"%1\" x=\"%2\" y=\"%3\">%4</text>")
                           .arg(action ? QStringLiteral("row-label action") : QStringLiteral("row-label"),
                                num(action ? 18 : 4), num(y + 17), Html::escape(name));
                const QDate a = isoDate(start);
                const QDate b = isoDate(end);
                if (!a.isValid() || !b.isValid() || b < a)
                    return;
                out += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"3\" fill=\"%5\"><title>%6 – %7</title></rect>")
                           .arg(num(xOf(a)), num(y + (action ? 8 : 4)), num(std::max(3.0, xOf(b.addDays(1)) - xOf(a))),
                                num(action ? 12 : 18),
                                promotion ? QStringLiteral("#db2777") : (action ? pal.mutedText.name() : pal.accent.name()),
                                Html::escape(c.locale.toString(a, QLocale::ShortFormat)),
                                Html::escape(c.locale.toString(b, QLocale::ShortFormat)));
            };
            bar(cp.name, cp.start, cp.end, false, false);
            for (const PlannedAction &a : cp.actions)
                bar(a.title, a.start, a.end, true, a.promotion);
        }
        out += QStringLiteral("</svg></div>");
    } else {
        out += QStringLiteral("<p class=\"muted\">%1</p>").arg(label(QT_TRANSLATE_NOOP("omnimap::Report", "The campaign has no dates yet.")));
    }
    // Who, what and how much, next to the timeline.
    out += QStringLiteral("<div class=\"campaign-cards\">");
    for (const Campaign &cp : c.project.campaigns) {
        double total = 0;
        for (const BudgetLine &line : cp.budget)
            total += line.amount;
        out += QStringLiteral("<article class=\"campaign\" data-id=\"%1\"><h3>%2</h3><p>%3</p><dl>")
                   .arg(Html::escape(cp.id), Html::escape(cp.name), Html::escape(cp.objective));
        if (!cp.personaId.isEmpty())
            out += QStringLiteral("<dt>%1</dt><dd>%2</dd>").arg(label(QT_TRANSLATE_NOOP("omnimap::Report", "Persona")), Html::escape(ReportData::personaName(c.project, cp.personaId)));
        if (!cp.journeyId.isEmpty())
            out += QStringLiteral("<dt>%1</dt><dd>%2</dd>").arg(label(QT_TRANSLATE_NOOP("omnimap::Report", "Journey")), Html::escape(ReportData::journeyName(c.project, cp.journeyId)));
        out += QStringLiteral("<dt>%1</dt><dd>%2 %3</dd></dl></article>")
                   .arg(label(QT_TRANSLATE_NOOP("omnimap::Report", "Budget")), Html::escape(cp.currency), Html::escape(ReportData::formatNumber(total, c.locale)));
    }
    out += QStringLiteral("</div>");
}

void dashboard(QString &out, const Context &c)
{
    QList<const Kpi *> kpis;
    for (const Kpi &k : c.project.kpis) {
        if (k.target && (k.actual || k.simulated))
            kpis.append(&k);
    }
    QList<const Scenario *> scenarios;
    for (const Scenario &s : c.project.scenarios) {
        if (!resultNumbers(s.result).isEmpty())
            scenarios.append(&s);
    }
    if (kpis.isEmpty() && scenarios.isEmpty())
        return;
    if (!kpis.isEmpty()) {
        // Bars from the baseline (0 %) to 150 % of the target, as on the PDF's dashboard page.
        const double labelW = 260;
        const double chartW = 600;
        const double rowH = 30;
        const double top = 26;
        const double height = top + kpis.size() * rowH + 6;
        auto xOf = [&](double share) { return labelW + chartW * std::clamp(share, 0.0, 1.5) / 1.5; };
        out += QStringLiteral("<h3>%1</h3><p class=\"muted\">%2</p><div class=\"scroll\"><svg class=\"chart kpi-chart\" "
                              "viewBox=\"0 0 %3 %4\" role=\"img\" aria-label=\"%1\">")
                   .arg(label(QT_TRANSLATE_NOOP("omnimap::Report", "KPI progress to target")),
                        label(QT_TRANSLATE_NOOP("omnimap::Report", "Bars run from the baseline (0 %) to the target (100 %): solid = simulated, outlined = measured.")),
                        num(labelW + chartW + 140), num(height));
        for (double tick : {0.0, 0.5, 1.0, 1.5}) {
            out += QStringLiteral("<line class=\"%1\" x1=\"%2\" x2=\"%2\" y1=\"%3\" y2=\"%4\"/><text class=\"axis\" x=\"%2\" y=\"14\" "
                                  "text-anchor=\"middle\">%5</text>")
                       .arg(tick == 1.0 ? QStringLiteral("tick target") : QStringLiteral("tick"), num(xOf(tick)), num(top - 6),
                            num(height), tick == 1.0 ? label(QT_TRANSLATE_NOOP("omnimap::Report", "target")) : QStringLiteral("%1 %").arg(qRound(tick * 100)));
        }
        for (int i = 0; i < kpis.size(); ++i) {
            const Kpi &k = *kpis.at(i);
            const double y = top + i * rowH;
            const KpiStatus status = kpiStatus(k);
            out += QStringLiteral("<g class=\"kpi-bar\" data-id=\"%1\"><text class=\"row-label\" x=\"4\" y=\"%2\">%3</text>")
                       .arg(Html::escape(k.id), num(y + 18), Html::escape(k.name));
            if (const auto sim = progress(k, k.simulated))
                out += QStringLiteral("<rect class=\"bar st-%1\" x=\"%2\" y=\"%3\" width=\"%4\" height=\"10\"/>")
                           .arg(ReportData::statusKey(status), num(xOf(0)), num(y + 5), num(xOf(*sim) - xOf(0)));
            if (const auto measured = progress(k, k.actual))
                out += QStringLiteral("<rect class=\"measured\" x=\"%1\" y=\"%2\" width=\"%3\" height=\"7\"/>")
                           .arg(num(xOf(0)), num(y + 17), num(xOf(*measured) - xOf(0)));
            out += QStringLiteral("<text class=\"status-label\" x=\"%1\" y=\"%2\">%3</text></g>")
                       .arg(num(labelW + chartW + 10), num(y + 18), Html::escape(statusText(status)));
        }
        out += QStringLiteral("</svg></div>");
    }
    if (scenarios.isEmpty())
        return;
    // Scenario comparison: per metric, one bar per scenario, scaled to the metric's largest value.
    QStringList metrics;
    for (const Scenario *s : scenarios) {
        for (const auto &[key, value] : resultNumbers(s->result)) {
            Q_UNUSED(value)
            if (!metrics.contains(key))
                metrics << key;
        }
    }
    out += QStringLiteral("<h3>%1</h3><p class=\"muted\">%2</p>")
               .arg(label(QT_TRANSLATE_NOOP("omnimap::Report", "Scenario comparison")), label(QT_TRANSLATE_NOOP("omnimap::Report", "The last simulation result of each what-if scenario, side by side.")));
    out += QStringLiteral("<div class=\"scenario-charts\">");
    for (const QString &metric : std::as_const(metrics)) {
        QList<std::pair<QString, double>> values;
        double largest = 0;
        for (const Scenario *s : scenarios) {
            for (const auto &[key, value] : resultNumbers(s->result)) {
                if (key == metric) {
                    values.append({s->name, value});
                    largest = std::max(largest, std::abs(value));
                }
            }
        }
        const double rowH = 24;
        const double height = 8 + values.size() * rowH;
        out += QStringLiteral("<figure><figcaption>%1</figcaption><svg class=\"chart\" viewBox=\"0 0 480 %2\" role=\"img\" "
                              "aria-label=\"%1\">")
                   .arg(Html::escape(metric), num(height));
        for (int i = 0; i < values.size(); ++i) {
            const double y = 4 + i * rowH;
            const double w = largest > 0 ? 220 * std::abs(values.at(i).second) / largest : 0;
            out += QStringLiteral("<text class=\"row-label\" x=\"4\" y=\"%1\">%2</text><rect class=\"bar scenario\" x=\"160\" "
                                  "y=\"%3\" width=\"%4\" height=\"14\"/><text class=\"value\" x=\"%5\" y=\"%1\">%6</text>")
                       .arg(num(y + 15), Html::escape(values.at(i).first), num(y + 3), num(w), num(166 + w),
                            Html::escape(ReportData::formatNumber(values.at(i).second, c.locale)));
        }
        out += QStringLiteral("</svg></figure>");
    }
    out += QStringLiteral("</div>");
}

} // namespace omnimap::HtmlSections
