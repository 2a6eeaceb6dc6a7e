// Recorded KPI history (format version 3): the file round trip, the 2 → 3 migration, the
// three-way merge of records added on both sides, the reader refusing a record without its
// value, the "since previous" summary worked out by hand, and the KPI table's Record
// measurement (undoable, shown as last value and direction).

#include "app/plan/kpitablemodel.h"
#include "app/plan/kpitableview.h"
#include "document/document.h"
#include "format/projectfile.h"
#include "merge/projectmerge.h"
#include "model/lookup.h"
#include "plan/kpihistory.h"

#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace omnimap;

namespace {

KpiMeasurement record(const QString &id, const QString &date, double actual, const QString &note = {})
{
    return KpiMeasurement{id, date, actual, note, ExtraFields::object()};
}

Project plan()
{
    Project p;
    p.id = QStringLiteral("p1");
    p.name = QStringLiteral("History plan");
    Kpi k;
    k.id = QStringLiteral("k1");
    k.name = QStringLiteral("Pickup conversion");
    k.unit = KpiUnit::Percent;
    k.target = 30.0;
    p.kpis.append(k);
    Kpi churn;
    churn.id = QStringLiteral("k2");
    churn.name = QStringLiteral("Churn");
    churn.unit = KpiUnit::Percent;
    churn.direction = KpiDirection::Decrease;
    p.kpis.append(churn);
    return p;
}

} // namespace

class TestKpiHistory : public QObject
{
    Q_OBJECT

private slots:
    void roundTripAndVersion()
    {
        Project p = plan();
        p.kpis[0].measurements = {record(QStringLiteral("m1"), QStringLiteral("2024-03-31"), 24.5, QStringLiteral("before the campaign")),
                                  record(QStringLiteral("m2"), QStringLiteral("2024-04-30"), 27.25)};
        const QByteArray bytes = writeProject(p);
        QVERIFY(bytes.contains("\"formatVersion\": 3"));
        QVERIFY(bytes.contains("\"measurements\""));
        const LoadResult loaded = readProject(bytes, QStringLiteral("h.omnimap"));
        QVERIFY2(loaded.ok() && loaded.diagnostics.isEmpty(), qPrintable(loaded.errorString()));
        QVERIFY(loaded.project->kpis[0].measurements == p.kpis[0].measurements);
        QCOMPARE(writeProject(*loaded.project), bytes);
        QVERIFY(!writeProject(plan()).contains("measurements")); // none recorded: no key
    }

    void versionTwoMigrates()
    {
        // A version-2 file: same text, older number; its "actual" keeps its meaning and no
        // history entry is invented (the file does not say when it was measured).
        Project p = plan();
        p.kpis[0].actual = 22.0;
        QByteArray v2 = writeProject(p);
        v2.replace("\"formatVersion\": 3", "\"formatVersion\": 2");
        const LoadResult loaded = readProject(v2, QStringLiteral("v2.omnimap"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
        QCOMPARE(loaded.fileFormatVersion, 2);
        QCOMPARE(*loaded.project->kpis[0].actual, 22.0);
        QVERIFY(loaded.project->kpis[0].measurements.isEmpty());
        QVERIFY(writeProject(*loaded.project).contains("\"formatVersion\": 3"));
        QByteArray v4 = v2;
        v4.replace("\"formatVersion\": 2", "\"formatVersion\": 4");
        QVERIFY(!readProject(v4, QStringLiteral("v4.omnimap")).ok());
    }

    void recordWithoutValueIsRefused()
    {
        Project p = plan();
        p.kpis[0].measurements = {record(QStringLiteral("m1"), QStringLiteral("2024-03-31"), 1.0)};
        QByteArray bytes = writeProject(p);
        bytes.replace("\"actual\": 1.0,", "");
        QVERIFY(!bytes.contains("\"actual\": 1.0"));
        const LoadResult loaded = readProject(bytes, QStringLiteral("bad.omnimap"));
        QVERIFY(!loaded.diagnostics.isEmpty());
        QVERIFY2(loaded.errorString().contains(QStringLiteral("measurements/0/actual")), qPrintable(loaded.errorString()));
    }

    void bothSidesRecordsMerge()
    {
        Project base = plan();
        base.kpis[0].measurements = {record(QStringLiteral("m1"), QStringLiteral("2024-03-31"), 24.5)};
        Project ours = base, theirs = base;
        ours.kpis[0].measurements.append(record(QStringLiteral("m-ours"), QStringLiteral("2024-04-30"), 27.0, QStringLiteral("CRM")));
        theirs.kpis[0].measurements.append(record(QStringLiteral("m-theirs"), QStringLiteral("2024-04-30"), 26.0, QStringLiteral("Store")));
        theirs.kpis[0].measurements[0].note = QStringLiteral("revised: excludes test orders");
        const MergeResult merged = mergeProjects(base, ours, theirs);
        QVERIFY2(merged.clean(), qPrintable(QString::number(merged.conflicts.size())));
        const QList<KpiMeasurement> &m = merged.merged.kpis[0].measurements;
        QCOMPARE(m.size(), 3);
        QCOMPARE(m[0].note, QStringLiteral("revised: excludes test orders"));
        QStringList ids;
        for (const KpiMeasurement &x : m)
            ids.append(x.id);
        QVERIFY(ids.contains(QStringLiteral("m-ours")) && ids.contains(QStringLiteral("m-theirs")));
        // Both edit the same record's value: a conflict, not a silent pick.
        Project ours2 = base, theirs2 = base;
        ours2.kpis[0].measurements[0].actual = 25.0;
        theirs2.kpis[0].measurements[0].actual = 23.0;
        const MergeResult conflicted = mergeProjects(base, ours2, theirs2);
        QCOMPARE(conflicted.conflicts.size(), 1);
    }

    void summaryByHand()
    {
        Kpi k = plan().kpis[0];
        QVERIFY(!summariseHistory(k).last);
        // Recorded out of date order: the last by date is 04-30 (27.25), previous 03-31 (24.5).
        k.measurements = {record(QStringLiteral("a"), QStringLiteral("2024-04-30"), 27.25),
                          record(QStringLiteral("b"), QStringLiteral("2024-03-31"), 24.5)};
        KpiHistorySummary s = summariseHistory(k);
        QCOMPARE(s.last->id, QStringLiteral("a"));
        QCOMPARE(s.previous->id, QStringLiteral("b"));
        QCOMPARE(s.movement, KpiMovement::Up);
        QCOMPARE(*s.change, 2.75);
        QVERIFY(*s.better); // conversion: higher is better
        Kpi churn = plan().kpis[1];
        churn.measurements = {record(QStringLiteral("a"), QStringLiteral("2024-03-31"), 4.0),
                              record(QStringLiteral("b"), QStringLiteral("2024-04-30"), 5.0)};
        s = summariseHistory(churn);
        QCOMPARE(s.movement, KpiMovement::Up);
        QVERIFY(!*s.better); // churn went up: worse
        churn.measurements[1].actual = 4.0;
        QCOMPARE(summariseHistory(churn).movement, KpiMovement::Flat);
        QVERIFY(!summariseHistory(churn).better);
    }

    void recordFromKpiTableIsUndoable()
    {
        Document doc(plan());
        KpiTableView view(&doc);
        view.table()->selectRow(0);
        QCOMPARE(view.selectedKpiId(), QStringLiteral("k1"));
        int asked = 0;
        QList<KpiMeasurement> answers = {record(QStringLiteral("r1"), QStringLiteral("2024-03-31"), 24.5, QStringLiteral("baseline month")),
                                         record(QStringLiteral("r2"), QStringLiteral("2024-04-30"), 22.0)};
        view.setMeasurementEditor([&](const Kpi &kpi, QWidget *) -> std::optional<KpiMeasurement> {
            [&] { QCOMPARE(kpi.id, QStringLiteral("k1")); }();
            if (asked >= answers.size())
                return std::nullopt;
            return answers.at(asked++);
        });
        QSortFilterProxyModel *proxy = view.proxy();
        auto cell = [&](int column) { return proxy->index(0, column).data().toString(); };
        QVERIFY(cell(KpiTableModel::Recorded).isEmpty());
        view.recordMeasurementOfSelected();
        QCOMPARE(doc.project().kpis[0].measurements.size(), 1);
        QCOMPARE(cell(KpiTableModel::Recorded), QStringLiteral("24.5 % (2024-03-31)"));
        QCOMPARE(cell(KpiTableModel::Movement), QStringLiteral("first record"));
        view.recordMeasurementOfSelected();
        // 22 − 24.5 = −2.5 points on a higher-is-better KPI.
        QCOMPARE(cell(KpiTableModel::Recorded), QStringLiteral("22 % (2024-04-30)"));
        QCOMPARE(cell(KpiTableModel::Movement), QString::fromUtf8("▼ -2.5 %, worse"));
        QVERIFY(proxy->index(0, KpiTableModel::Movement).data(Qt::ToolTipRole).toString().contains(QStringLiteral("baseline month")));
        QVERIFY(!(proxy->flags(proxy->index(0, KpiTableModel::Recorded)) & Qt::ItemIsEditable));
        doc.undoStack()->undo();
        QCOMPARE(doc.project().kpis[0].measurements.size(), 1);
        QCOMPARE(cell(KpiTableModel::Recorded), QStringLiteral("24.5 % (2024-03-31)"));
        doc.undoStack()->undo();
        QVERIFY(doc.project().kpis[0].measurements.isEmpty());
        // Cancelling the dialog records nothing.
        view.recordMeasurementOfSelected(); // answers exhausted → nullopt
        QVERIFY(doc.project().kpis[0].measurements.isEmpty());
        QCOMPARE(doc.undoStack()->index(), 0);
    }
};

QTEST_MAIN(TestKpiHistory)
#include "tst_kpihistory.moc"
