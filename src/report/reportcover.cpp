// Cover and contents pages of the PDF report.

#include "reportsections.h"

#include "reportdata.h"
#include "plan/money.h"
#include "render/mapglyphs.h"

#include <QCoreApplication>
#include <QPainter>
#include <QSet>

namespace omnimap::ReportSections {

namespace {

struct ReportcoverTr { Q_DECLARE_TR_FUNCTIONS(omnimap::Report) };

/// People who reviewed or discussed the plan: the closest the model has to authors.
QStringList contributors(const Project &p)
{
    QStringList names;
    auto add = [&names](const QString &n) {
        if (!n.trimmed().isEmpty() && !names.contains(n.trimmed()))
            names << n.trimmed();
    };
    for (const Journey &j : p.journeys) {
        add(j.review.by);
        for (const Touchpoint &t : j.touchpoints)
            add(t.review.by);
    }
    for (const Checklist &c : p.checklists) {
        for (const CheckResult &r : c.results)
            add(r.reviewer);
    }
    for (const Comment &c : p.comments)
        add(c.author);
    return names;
}

/// The campaigns' budgets added up per currency, as money ("₩5,000,000"); one total
/// per currency because amounts in different currencies cannot be added.
QString budgetTotals(const Project &p, const QLocale &locale)
{
    QStringList currencies;
    QList<double> totals;
    for (const Campaign &campaign : p.campaigns) {
        const QString currency = campaign.currency.isEmpty() ? p.currency : campaign.currency;
        qsizetype at = currencies.indexOf(currency);
        if (at < 0) {
            currencies << currency;
            totals << 0.0;
            at = currencies.size() - 1;
        }
        for (const BudgetLine &line : campaign.budget)
            totals[at] += line.amount;
    }
    QStringList parts;
    for (qsizetype i = 0; i < currencies.size(); ++i) {
        if (totals.at(i) > 0)
            parts << formatMoney(totals.at(i), currencies.at(i), locale);
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

void addCover(ReportBook &book, const ReportContext &c)
{
    const Project *project = &c.project;
    const ReportStyle style = c.style;
    const QString date = c.locale.toString(c.options.stamp().toLocalTime().date(), QLocale::LongFormat);
    const QSizeF size = book.pageSize(QPageLayout::Portrait);
    const QStringList people = contributors(c.project);
    const QString budget = budgetTotals(c.project, c.locale);
    book.addPage({QPageLayout::Portrait, QString(), false, [=](QPainter *p, const QRectF &) {
                      const Project &pr = *project;
                      const double w = size.width();
                      const QRectF band(0, 0, w, size.height() * 0.46);
                      p->fillRect(band, style.accent());
                      const QColor onBand = ReportStyle::textOn(style.accent());
                      const double x = 56;
                      const double tw = w - 2 * x;
                      ReportStyle::drawText(p, QRectF(x, 72, tw, 20), ReportcoverTr::tr("OMNICHANNEL JOURNEY PLAN"),
                                            ReportStyle::font(10, QFont::DemiBold), onBand);
                      double y = band.bottom() - 150;
                      y += ReportStyle::drawText(p, QRectF(x, y, tw, 110), pr.name, ReportStyle::font(30, QFont::Bold),
                                                 onBand, Qt::AlignLeft, 2);
                      ReportStyle::drawText(p, QRectF(x, y + 8, tw, 60), pr.description, ReportStyle::font(11), onBand,
                                            Qt::AlignLeft, 3);
                      // Brand palette as swatches: the colours channels and the map use.
                      double sx = x;
                      const double sy = band.bottom() + 28;
                      for (const QString &hex : pr.brand.palette) {
                          const QColor col = QColor::fromString(hex);
                          if (!col.isValid())
                              continue;
                          p->fillRect(QRectF(sx, sy, 30, 30), col);
                          ReportStyle::drawText(p, QRectF(sx - 6, sy + 34, 42, 12), hex.toUpper(), ReportStyle::font(6),
                                                ReportStyle::muted(), Qt::AlignHCenter, 1);
                          sx += 40;
                      }
                      y = sy + 76;
                      auto field = [&](const QString &label, const QString &value) {
                          if (value.trimmed().isEmpty())
                              return;
                          ReportStyle::drawText(p, QRectF(x, y, 130, 16), label, ReportStyle::font(9, QFont::DemiBold),
                                                ReportStyle::muted());
                          y += qMax(16.0, ReportStyle::drawText(p, QRectF(x + 130, y, tw - 130, 60), value,
                                                                ReportStyle::font(10), ReportStyle::ink(), Qt::AlignLeft, 3))
                              + 8;
                      };
                      field(ReportcoverTr::tr("Date"), date);
                      QStringList departments;
                      for (const Department &d : pr.departments)
                          departments << d.name;
                      field(ReportcoverTr::tr("Departments"), departments.join(QStringLiteral(" · ")));
                      field(ReportcoverTr::tr("Contributors"), people.join(QStringLiteral(", ")));
                      field(ReportcoverTr::tr("Tone of voice"), pr.brand.toneOfVoice);
                      field(ReportcoverTr::tr("Campaign budget"), budget);
                      QStringList counts;
                      counts << ReportcoverTr::tr("%n journey(s)", nullptr, int(pr.journeys.size()))
                             << ReportcoverTr::tr("%n persona(s)", nullptr, int(pr.personas.size()))
                             << ReportcoverTr::tr("%n KPI(s)", nullptr, int(pr.kpis.size()))
                             << ReportcoverTr::tr("%n campaign(s)", nullptr, int(pr.campaigns.size()));
                      field(ReportcoverTr::tr("Contents"), counts.join(QStringLiteral(" · ")));
                      p->setPen(QPen(ReportStyle::rule(), 0.75));
                      p->drawLine(QPointF(x, size.height() - 70), QPointF(w - x, size.height() - 70));
                      ReportStyle::drawText(p, QRectF(x, size.height() - 60, tw, 14),
                                            ReportcoverTr::tr("Prepared with Omnimap %1").arg(QStringLiteral(OMNIMAP_VERSION_STRING)),
                                            ReportStyle::font(8), ReportStyle::muted());
                  }});
}

void addContents(ReportBook &book, const ReportContext &c)
{
    const ReportStyle style = c.style;
    const ReportBook *bookPtr = &book;
    const Project *project = &c.project;
    book.beginSection(ReportcoverTr::tr("Contents"));
    book.addPage({QPageLayout::Portrait, ReportcoverTr::tr("Contents"), true, [=](QPainter *p, const QRectF &b) {
                      double y = b.top() + style.drawHeading(p, b, ReportcoverTr::tr("Contents"));
                      for (const ReportSection &s : bookPtr->sections()) {
                          if (s.firstPage == 1)
                              continue; // the contents page itself
                          const bool top = s.level == 0;
                          const QFont f = ReportStyle::font(top ? 11 : 9.5, top ? QFont::DemiBold : QFont::Normal);
                          const double indent = top ? 0 : 16;
                          if (top)
                              y += 6;
                          const QString number = QString::number(s.firstPage + 1);
                          const double h = ReportStyle::drawText(p, QRectF(b.left() + indent, y, b.width() - indent - 40, 30),
                                                                 s.title, f, ReportStyle::ink(), Qt::AlignLeft, 1);
                          ReportStyle::drawText(p, QRectF(b.right() - 40, y, 40, 20), number, f, ReportStyle::ink(),
                                                Qt::AlignRight, 1);
                          p->setPen(QPen(ReportStyle::rule(), 0.5, Qt::DotLine));
                          p->drawLine(QPointF(b.left() + indent, y + h + 1), QPointF(b.right(), y + h + 1));
                          y += h + 5;
                          if (y > b.bottom() - 160)
                              break;
                      }
                      // At a glance: the figures a reader asks for first.
                      int onTrack = 0, atRisk = 0, offTrack = 0, touchpoints = 0;
                      for (const Kpi &k : project->kpis) {
                          const KpiStatus st = kpiStatus(k);
                          onTrack += st == KpiStatus::OnTrack;
                          atRisk += st == KpiStatus::AtRisk;
                          offTrack += st == KpiStatus::OffTrack;
                      }
                      for (const Journey &j : project->journeys)
                          touchpoints += int(j.touchpoints.size());
                      const QList<std::pair<QString, QString>> figures = {
                          {QString::number(project->journeys.size()), ReportcoverTr::tr("journeys")},
                          {QString::number(touchpoints), ReportcoverTr::tr("touchpoints")},
                          {QString::number(project->kpis.size()), ReportcoverTr::tr("KPIs")},
                          {QStringLiteral("%1 / %2 / %3").arg(onTrack).arg(atRisk).arg(offTrack), ReportcoverTr::tr("on track / at risk / off track")}};
                      const double boxW = (b.width() - 3 * 10) / 4;
                      const double by = b.bottom() - 80;
                      for (int i = 0; i < figures.size(); ++i) {
                          const QRectF box(b.left() + i * (boxW + 10), by, boxW, 70);
                          p->fillRect(box, style.accentTint());
                          p->fillRect(QRectF(box.left(), box.top(), 3, box.height()), style.accent());
                          ReportStyle::drawText(p, box.adjusted(12, 10, -6, 0), figures.at(i).first,
                                                ReportStyle::font(18, QFont::Bold), ReportStyle::ink(), Qt::AlignLeft, 1);
                          ReportStyle::drawText(p, box.adjusted(12, 40, -6, 0), figures.at(i).second, ReportStyle::font(8),
                                                ReportStyle::muted(), Qt::AlignLeft, 2);
                      }
                      ReportStyle::drawText(p, QRectF(b.left(), by - 20, b.width(), 14), ReportcoverTr::tr("At a glance"),
                                            ReportStyle::font(10, QFont::DemiBold), ReportStyle::ink());
                  }});
}

} // namespace omnimap::ReportSections
