#include "campaigneffecttables.h"

#include <QCoreApplication>

namespace omnimap::sim {

namespace {

struct CampaigneffecttablesTr { Q_DECLARE_TR_FUNCTIONS(omnimap::sim) };

QVariant value(const EffectCell &c)
{
    return c.measured ? QVariant(c.value) : QVariant(QString());
}

QVariant count(const EffectCell &c, bool denominator)
{
    if (!c.measured)
        return QString();
    return denominator ? QVariant(c.denominator) : QVariant(c.numerator);
}

void addEstimate(QVariantList &row, const std::optional<EffectEstimate> &e)
{
    if (e)
        row << e->value << e->interval.low << e->interval.high << e->significant();
    else
        row << QString() << QString() << QString() << QString();
}

} // namespace

QString comparisonKindKey(ComparisonKind kind)
{
    switch (kind) {
    case ComparisonKind::None:
        return QStringLiteral("none");
    case ComparisonKind::Channel:
        return QStringLiteral("channel");
    case ComparisonKind::Segment:
        return QStringLiteral("segment");
    }
    return {};
}

QList<ResultTable> campaignEffectTables(const CampaignEffect &e)
{
    const bool comparison = e.comparison != ComparisonKind::None;
    ResultTable summary;
    summary.name = QStringLiteral("campaign");
    summary.title = CampaigneffecttablesTr::tr("Campaign %1: %2 – %3 against the %4 days before").arg(e.campaignName, e.first.toString(Qt::ISODate),
                                                                               e.last.toString(Qt::ISODate))
                        .arg(e.days);
    summary.columns = {QStringLiteral("campaign"), QStringLiteral("start"), QStringLiteral("end"),
                       QStringLiteral("before_start"), QStringLiteral("before_end"), QStringLiteral("days"),
                       QStringLiteral("events_before"), QStringLiteral("events_during"), QStringLiteral("comparison_kind"),
                       QStringLiteral("comparison"), QStringLiteral("treated")};
    summary.addRow({e.campaignName, e.first.toString(Qt::ISODate), e.last.toString(Qt::ISODate),
                    e.beforeFirst.toString(Qt::ISODate), e.beforeLast.toString(Qt::ISODate), e.days,
                    qint64(e.eventsBefore), qint64(e.eventsDuring), comparisonKindKey(e.comparison), e.comparisonName,
                    e.treatedName});

    ResultTable kpis;
    kpis.name = QStringLiteral("kpis");
    kpis.title = comparison ? CampaigneffecttablesTr::tr("KPIs before and during the campaign, and the difference-in-differences against %1")
                                  .arg(e.comparisonName)
                            : CampaigneffecttablesTr::tr("KPIs before and during the campaign (difference with its 95 % interval)");
    kpis.columns = {QStringLiteral("kpi"), QStringLiteral("method"), QStringLiteral("before"), QStringLiteral("during"),
                    QStringLiteral("difference"), QStringLiteral("difference_low"), QStringLiteral("difference_high"),
                    QStringLiteral("significant"), QStringLiteral("before_numerator"), QStringLiteral("before_denominator"),
                    QStringLiteral("during_numerator"), QStringLiteral("during_denominator"), QStringLiteral("note")};
    if (comparison) {
        kpis.columns << QStringLiteral("treated_before") << QStringLiteral("treated_during")
                     << QStringLiteral("comparison_before") << QStringLiteral("comparison_during") << QStringLiteral("did")
                     << QStringLiteral("did_low") << QStringLiteral("did_high") << QStringLiteral("did_significant")
                     << QStringLiteral("did_note");
    }
    for (const KpiEffect &k : e.kpis) {
        // The method only where something was measured: an unbound KPI has none.
        const bool measured = k.before.measured || k.during.measured;
        QVariantList row{k.name, measured ? effectMethodKey(k.method) : QString(), value(k.before), value(k.during)};
        addEstimate(row, k.difference);
        row << count(k.before, false) << count(k.before, true) << count(k.during, false) << count(k.during, true)
            << k.differenceNote;
        if (comparison) {
            row << value(k.treatedBefore) << value(k.treatedDuring) << value(k.comparisonBefore)
                << value(k.comparisonDuring);
            addEstimate(row, k.did);
            row << k.didNote;
        }
        kpis.addRow(row);
    }

    ResultTable notes;
    notes.name = QStringLiteral("notes");
    notes.title = CampaigneffecttablesTr::tr("Notes");
    notes.columns = {QStringLiteral("note")};
    for (const QString &n : e.notes)
        notes.addRow({n});
    QList<ResultTable> tables{summary, kpis};
    if (!notes.rows.isEmpty())
        tables << notes;
    return tables;
}

} // namespace omnimap::sim
