// Recorded KPI history (format version 3): the file round trip, the 2 → 3 migration of a
// hand-written version-2 file, the three-way merge of records (both sides' additions kept
// in date order, one record edited differently a labelled conflict), the reader refusing
// a record without its value or with a non-date, the "since previous" summary worked out
// by hand, the records a trend gives, the JSON export, and the app: Record measurement in
// the KPI table, History… (edit, delete), the dashboard's one-step record — all undoable.

#include "app/plan/kpihistorydialog.h"
#include "app/plan/kpitablemodel.h"
#include "app/plan/kpitableview.h"
#include "document/commands/plan/plancommands.h"
#include "document/document.h"
#include "format/projectfile.h"
#include "merge/projectmerge.h"
#include "model/lookup.h"
#include "plan/kpihistory.h"
#include "report/planjson.h"
#include "sim/kpirecords.h"

#include <QColor>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace omnimap;

namespace {

KpiMeasurement record(const QString &id, const QString &date, double actual, const QString &note = {})
{
    KpiMeasurement m;
    m.id = id;
    m.date = date;
    m.actual = actual;
    m.note = note;
    return m;
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

QStringList ids(const QList<KpiMeasurement> &history)
{
    QStringList out;
    for (const KpiMeasurement &m : history)
        out.append(m.id);
    return out;
}

// A version-2 file as Omnimap 2 wrote it, typed by hand: a KPI with its last measured
// value and nothing else about history.
const char kVersion2[] = R"({
  "formatVersion": 2,
  "id": "plan-v2",
  "name": "Old plan",
  "kpis": [
    { "id": "k1", "name": "Pickup conversion", "unit": "percent", "target": 30, "actual": 22.5 }
  ]
})";

} // namespace

class TestKpiHistory : public QObject
{
    Q_OBJECT

private slots:
    void roundTripAndVersion()
    {
        Project p = plan();
        KpiMeasurement first = record(QStringLiteral("m1"), QStringLiteral("2024-03-31"), 24.5, QStringLiteral("before the campaign"));
        first.periodStart = QStringLiteral("2024-03-01");
        first.source = QStringLiteral("events.sqlite");
        p.kpis[0].measurements = {first, record(QStringLiteral("m2"), QStringLiteral("2024-04-30"), 27.25)};
        const QByteArray bytes = writeProject(p);
        QVERIFY(bytes.contains("\"formatVersion\": 3"));
        QVERIFY(bytes.contains("\"measurements\""));
        QVERIFY(bytes.contains("\"periodStart\": \"2024-03-01\""));
        const LoadResult loaded = readProject(bytes, QStringLiteral("h.omnimap"));
        QVERIFY2(loaded.ok() && loaded.diagnostics.isEmpty(), qPrintable(loaded.errorString()));
        QCOMPARE(loaded.fileFormatVersion, 3);
        QVERIFY(loaded.project->kpis[0].measurements == p.kpis[0].measurements);
        QCOMPARE(writeProject(*loaded.project), bytes);
        QVERIFY(!writeProject(plan()).contains("measurements")); // none recorded: no key
    }

    void handWrittenVersionTwoMigrates()
    {
        const LoadResult loaded = readProject(QByteArray(kVersion2), QStringLiteral("v2.omnimap"));
        QVERIFY2(loaded.ok() && loaded.diagnostics.isEmpty(), qPrintable(loaded.errorString()));
        QCOMPARE(loaded.fileFormatVersion, 2);
        const Kpi &k = loaded.project->kpis.at(0);
        QCOMPARE(*k.actual, 22.5); // keeps its meaning
        QVERIFY(k.measurements.isEmpty()); // no history entry with a made-up date
        const QByteArray saved = writeProject(*loaded.project);
        QVERIFY(saved.contains("\"formatVersion\": 3"));
        QVERIFY(!saved.contains("measurements"));
        // A file of a later version is refused, not half read.
        QByteArray v4(kVersion2);
        v4.replace("\"formatVersion\": 2", "\"formatVersion\": 4");
        const LoadResult newer = readProject(v4, QStringLiteral("v4.omnimap"));
        QVERIFY(!newer.ok());
        QVERIFY(newer.errorString().contains(QStringLiteral("newer")));
    }

    void badRecordsAreRefused()
    {
        Project p = plan();
        p.kpis[0].measurements = {record(QStringLiteral("m1"), QStringLiteral("2024-03-31"), 1.5)};
        const QByteArray good = writeProject(p);
        QByteArray noValue = good;
        noValue.replace("\"actual\": 1.5,", "");
        QVERIFY(!noValue.contains("1.5"));
        const LoadResult a = readProject(noValue, QStringLiteral("bad.omnimap"));
        QVERIFY(!a.ok());
        QVERIFY2(a.errorString().contains(QStringLiteral("measurements/0/actual")), qPrintable(a.errorString()));
        QByteArray badDate = good;
        badDate.replace("2024-03-31", "31/03/2024");
        const LoadResult b = readProject(badDate, QStringLiteral("bad.omnimap"));
        QVERIFY(!b.ok());
        QVERIFY2(b.errorString().contains(QStringLiteral("measurements/0/date")), qPrintable(b.errorString()));
    }

    void keptInDateOrder()
    {
        QList<KpiMeasurement> h;
        h = withMeasurement(h, record(QStringLiteral("b"), QStringLiteral("2024-04-30"), 2));
        h = withMeasurement(h, record(QStringLiteral("a"), QStringLiteral("2024-03-31"), 1));
        h = withMeasurement(h, record(QStringLiteral("c"), QStringLiteral("2024-05-31"), 3));
        h = withMeasurement(h, record(QStringLiteral("b2"), QStringLiteral("2024-04-30"), 4)); // same date: after b
        QCOMPARE(ids(h), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("b2"), QStringLiteral("c")}));
        h = withChangedMeasurement(h, record(QStringLiteral("a"), QStringLiteral("2024-06-30"), 1)); // moves to the end
        QCOMPARE(ids(h), (QStringList{QStringLiteral("b"), QStringLiteral("b2"), QStringLiteral("c"), QStringLiteral("a")}));
        h = withoutMeasurement(h, QStringLiteral("b2"));
        QCOMPARE(ids(h), (QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a")}));
    }

    void mergeKeepsBothSidesInDateOrder()
    {
        Project base = plan();
        base.kpis[0].measurements = {record(QStringLiteral("m1"), QStringLiteral("2024-03-31"), 24.5)};
        Project ours = base, theirs = base;
        // Ours records May, theirs April: the merge keeps both, by date (not ours first).
        ours.kpis[0].measurements.append(record(QStringLiteral("m-ours"), QStringLiteral("2024-05-31"), 27.0, QStringLiteral("CRM")));
        theirs.kpis[0].measurements.append(record(QStringLiteral("m-theirs"), QStringLiteral("2024-04-30"), 26.0, QStringLiteral("Store")));
        theirs.kpis[0].measurements[0].note = QStringLiteral("revised: excludes test orders");
        const MergeResult merged = mergeProjects(base, ours, theirs);
        QVERIFY2(merged.conflicts.isEmpty() && merged.diagnostics.isEmpty(), qPrintable(QString::number(merged.conflicts.size())));
        const QList<KpiMeasurement> &m = merged.merged.kpis[0].measurements;
        QCOMPARE(ids(m), (QStringList{QStringLiteral("m1"), QStringLiteral("m-theirs"), QStringLiteral("m-ours")}));
        QCOMPARE(m[0].note, QStringLiteral("revised: excludes test orders")); // theirs' edit applies
        QCOMPARE(m[0].actual, 24.5);
        // The same both ways round.
        const MergeResult swapped = mergeProjects(base, theirs, ours);
        QCOMPARE(ids(swapped.merged.kpis[0].measurements), ids(m));

        // One side moves a record's date past the other side's new one: still by date, no
        // order conflict.
        Project ours3 = base, theirs3 = base;
        ours3.kpis[0].measurements[0].date = QStringLiteral("2024-06-30");
        theirs3.kpis[0].measurements.append(record(QStringLiteral("t"), QStringLiteral("2024-04-30"), 26.0));
        const MergeResult moved = mergeProjects(base, ours3, theirs3);
        QVERIFY(moved.conflicts.isEmpty());
        QCOMPARE(ids(moved.merged.kpis[0].measurements), (QStringList{QStringLiteral("t"), QStringLiteral("m1")}));
    }

    void sameRecordEditedDifferentlyIsALabelledConflict()
    {
        Project base = plan();
        base.kpis[0].measurements = {record(QStringLiteral("m1"), QStringLiteral("2024-03-31"), 24.5)};
        Project ours = base, theirs = base;
        ours.kpis[0].measurements[0].actual = 25.0;
        theirs.kpis[0].measurements[0].actual = 23.0;
        const MergeResult merged = mergeProjects(base, ours, theirs);
        QCOMPARE(merged.conflicts.size(), 1);
        const MergeConflict &c = merged.conflicts.first();
        QCOMPARE(c.kind, MergeConflict::Kind::Value);
        QCOMPARE(c.itemId, QStringLiteral("m1"));
        QCOMPARE(c.itemKind, QStringLiteral("kpiMeasurement"));
        QCOMPARE(itemKindLabel(c.itemKind), QStringLiteral("Recorded KPI measurement"));
        QCOMPARE(c.itemName, QStringLiteral("Pickup conversion · 2024-03-31"));
        QCOMPARE(c.field, QStringLiteral("actual"));
        QCOMPARE(c.base->get<double>(), 24.5);
        QCOMPARE(c.ours->get<double>(), 25.0);
        QCOMPARE(c.theirs->get<double>(), 23.0);
        QCOMPARE(merged.merged.kpis[0].measurements[0].actual, 25.0); // ours in the tree until resolved
        // Resolved with theirs: the record holds 23.
        const ResolveResult resolved = resolveConflicts(withRecordedConflicts(merged.merged, merged.conflicts),
                                                        merged.conflicts, {{0, ConflictChoice{Resolution::Theirs, {}}}});
        QVERIFY(resolved.project);
        QCOMPARE(resolved.project->kpis[0].measurements[0].actual, 23.0);
        // Deleted on one side, edited on the other: an item conflict on the record.
        Project deleted = base;
        deleted.kpis[0].measurements.clear();
        const MergeResult gone = mergeProjects(base, deleted, theirs);
        QCOMPARE(gone.conflicts.size(), 1);
        QCOMPARE(gone.conflicts.first().kind, MergeConflict::Kind::Item);
        QCOMPARE(gone.conflicts.first().itemKind, QStringLiteral("kpiMeasurement"));
    }

    void summaryByHand()
    {
        Kpi k = plan().kpis[0];
        QVERIFY(!summariseHistory(k).last);
        // Out of date order (a hand-edited file): the last by date is 04-30 (27.25), the
        // previous 03-31 (24.5); 27.25 − 24.5 = +2.75 on a higher-is-better KPI.
        k.measurements = {record(QStringLiteral("a"), QStringLiteral("2024-04-30"), 27.25),
                          record(QStringLiteral("b"), QStringLiteral("2024-03-31"), 24.5)};
        KpiHistorySummary s = summariseHistory(k);
        QCOMPARE(s.last->id, QStringLiteral("a"));
        QCOMPARE(s.previous->id, QStringLiteral("b"));
        QCOMPARE(s.movement, KpiMovement::Up);
        QCOMPARE(*s.change, 2.75);
        QVERIFY(*s.better);
        Kpi churn = plan().kpis[1];
        churn.measurements = {record(QStringLiteral("a"), QStringLiteral("2024-03-31"), 4.0),
                              record(QStringLiteral("b"), QStringLiteral("2024-04-30"), 5.0)};
        s = summariseHistory(churn);
        QCOMPARE(s.movement, KpiMovement::Up);
        QVERIFY(!*s.better); // churn went up: worse
        churn.measurements[1].actual = 3.0;
        s = summariseHistory(churn);
        QCOMPARE(s.movement, KpiMovement::Down);
        QVERIFY(*s.better); // churn went down: better
        churn.measurements[1].actual = 4.0;
        QCOMPARE(summariseHistory(churn).movement, KpiMovement::Flat);
        QVERIFY(!summariseHistory(churn).better);
    }

    void recordsFromATrend()
    {
        // Three weeks: the first complete, the second without data, the third partial.
        sim::KpiTrends t;
        t.period = sim::TrendPeriod::Week;
        t.periods = {{QDate(2024, 4, 1), QDate(2024, 4, 7), false},
                     {QDate(2024, 4, 8), QDate(2024, 4, 14), false},
                     {QDate(2024, 4, 15), QDate(2024, 4, 21), true}};
        sim::KpiTrend a;
        a.kpiId = QStringLiteral("k1");
        a.points.resize(3);
        a.points[0].measured = true;
        a.points[0].value = 40.0;
        a.points[2].measured = true;
        a.points[2].value = 80.0; // partial: two days are not the week
        sim::KpiTrend onlyPartial;
        onlyPartial.kpiId = QStringLiteral("k2");
        onlyPartial.points.resize(3);
        onlyPartial.points[2].measured = true;
        onlyPartial.points[2].value = 7.0;
        sim::KpiTrend never;
        never.kpiId = QStringLiteral("k3");
        never.points.resize(3);
        t.kpis = {a, onlyPartial, never};
        const std::vector<sim::KpiRecord> r = sim::lastPeriodRecords(t, QStringLiteral("d.sqlite"), QStringLiteral("n"));
        QCOMPARE(int(r.size()), 2);
        QCOMPARE(r[0].kpiId, QStringLiteral("k1"));
        QCOMPARE(r[0].measurement.actual, 40.0);
        QCOMPARE(r[0].measurement.periodStart, QStringLiteral("2024-04-01"));
        QCOMPARE(r[0].measurement.date, QStringLiteral("2024-04-07"));
        QCOMPARE(r[0].measurement.source, QStringLiteral("d.sqlite"));
        QCOMPARE(r[0].measurement.note, QStringLiteral("n"));
        QCOMPARE(r[1].kpiId, QStringLiteral("k2"));
        QCOMPARE(r[1].measurement.actual, 7.0);
        QCOMPARE(r[1].measurement.date, QStringLiteral("2024-04-21"));
        QVERIFY(!r[0].measurement.id.isEmpty() && r[0].measurement.id != r[1].measurement.id);
    }

    void jsonExportHasHistoryAndMovement()
    {
        Project p = plan();
        p.kpis[1].measurements = {record(QStringLiteral("a"), QStringLiteral("2024-03-31"), 4.0, QStringLiteral("q1")),
                                  record(QStringLiteral("b"), QStringLiteral("2024-04-30"), 3.5)};
        const nlohmann::ordered_json doc = PlanJson::document(p, ReportOptions());
        const auto &churn = doc["kpis"][1];
        QCOMPARE(churn["history"].size(), std::size_t(2));
        QCOMPARE(churn["history"][0]["note"].get<std::string>(), std::string("q1"));
        QCOMPARE(churn["history"][1]["actual"].get<double>(), 3.5);
        QCOMPARE(churn["movement"]["direction"].get<std::string>(), std::string("down"));
        QCOMPARE(churn["movement"]["change"].get<double>(), -0.5);
        QCOMPARE(churn["movement"]["better"].get<bool>(), true);
        QVERIFY(doc["kpis"][0]["movement"].is_null());
        QVERIFY(doc["kpis"][0]["history"].empty());
    }

    void recordFromKpiTableIsUndoable()
    {
        Document doc(plan());
        KpiTableView view(&doc);
        view.table()->selectRow(0);
        QCOMPARE(view.selectedKpiId(), QStringLiteral("k1"));
        int asked = 0;
        const QList<KpiMeasurement> answers = {record(QStringLiteral("r1"), QStringLiteral("2024-03-31"), 24.5, QStringLiteral("baseline month")),
                                               record(QStringLiteral("r2"), QStringLiteral("2024-04-30"), 22.0)};
        QString askedFor;
        view.setMeasurementEditor([&](const Kpi &kpi, const KpiMeasurement &initial, QWidget *) -> std::optional<KpiMeasurement> {
            askedFor = kpi.id;
            if (initial.id.isEmpty() || asked >= answers.size())
                return std::nullopt;
            return answers.at(asked++);
        });
        QSortFilterProxyModel *proxy = view.proxy();
        auto cell = [&](int column, int role = Qt::DisplayRole) { return proxy->index(0, column).data(role); };
        QVERIFY(cell(KpiTableModel::Recorded).toString().isEmpty());
        view.recordMeasurementOfSelected();
        QCOMPARE(askedFor, QStringLiteral("k1"));
        QCOMPARE(doc.project().kpis[0].measurements.size(), 1);
        QCOMPARE(cell(KpiTableModel::Recorded).toString(), QStringLiteral("24.5 % (2024-03-31)"));
        QCOMPARE(cell(KpiTableModel::Movement).toString(), QStringLiteral("first record"));
        view.recordMeasurementOfSelected();
        // 22 − 24.5 = −2.5 points on a higher-is-better KPI: down, worse, red (percentages
        // show one decimal from 10 up, two below, as everywhere in the KPI table).
        QCOMPARE(cell(KpiTableModel::Recorded).toString(), QStringLiteral("22.0 % (2024-04-30)"));
        QCOMPARE(cell(KpiTableModel::Movement).toString(), QString::fromUtf8("↓ -2.50 %, worse"));
        QCOMPARE(cell(KpiTableModel::Movement, Qt::ForegroundRole).value<QColor>(), QColor(QStringLiteral("#b3261e")));
        const QString tip = cell(KpiTableModel::Movement, Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Previous: 24.5 % on 2024-03-31")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("baseline month")));
        QVERIFY(!(proxy->flags(proxy->index(0, KpiTableModel::Recorded)) & Qt::ItemIsEditable));
        doc.undoStack()->undo();
        QCOMPARE(doc.project().kpis[0].measurements.size(), 1);
        QCOMPARE(cell(KpiTableModel::Recorded).toString(), QStringLiteral("24.5 % (2024-03-31)"));
        doc.undoStack()->undo();
        QVERIFY(doc.project().kpis[0].measurements.isEmpty());
        // Cancelling the dialog records nothing.
        view.recordMeasurementOfSelected(); // answers exhausted → cancelled
        QVERIFY(doc.project().kpis[0].measurements.isEmpty());
        QCOMPARE(doc.undoStack()->index(), 0);
        // The verbs are on the right-click menu too.
        QStringList actions;
        for (QAction *a : view.table()->actions())
            actions.append(a->objectName());
        QVERIFY(actions.contains(QStringLiteral("recordMeasurementAction")));
        QVERIFY(actions.contains(QStringLiteral("measurementHistoryAction")));
    }

    void historyDialogEditsAndDeletesUndoably()
    {
        Project p = plan();
        p.kpis[1].measurements = {record(QStringLiteral("a"), QStringLiteral("2024-03-31"), 4.0),
                                  record(QStringLiteral("b"), QStringLiteral("2024-04-30"), 5.0)};
        Document doc(p);
        KpiTableView view(&doc);
        view.table()->selectRow(1);
        QCOMPARE(view.selectedKpiId(), QStringLiteral("k2"));
        // Churn 4 → 5: up, worse.
        QCOMPARE(view.proxy()->index(1, KpiTableModel::Movement).data().toString(), QString::fromUtf8("↑ +1.00 %, worse"));
        bool shown = false;
        view.setMeasurementEditor([](const Kpi &, const KpiMeasurement &initial, QWidget *) -> std::optional<KpiMeasurement> {
            KpiMeasurement m = initial;
            m.actual = 3.0; // 4 → 3: down, better
            m.note = QStringLiteral("corrected");
            return m;
        });
        view.setHistoryHandler([&](KpiHistoryDialog *dialog) {
            shown = true;
            QCOMPARE(dialog->table()->rowCount(), 2);
            QCOMPARE(dialog->table()->item(1, 1)->text(), QStringLiteral("5"));
            dialog->selectMeasurement(QStringLiteral("b"));
            dialog->editSelected();
            QCOMPARE(dialog->table()->item(1, 1)->text(), QStringLiteral("3"));
            QCOMPARE(dialog->table()->item(1, 2)->text(), QStringLiteral("corrected"));
            QCOMPARE(view.proxy()->index(1, KpiTableModel::Movement).data().toString(), QString::fromUtf8("↓ -1.00 %, better"));
            dialog->selectMeasurement(QStringLiteral("a"));
            dialog->deleteSelected();
            QCOMPARE(dialog->table()->rowCount(), 1);
            QCOMPARE(view.proxy()->index(1, KpiTableModel::Movement).data().toString(), QStringLiteral("first record"));
            doc.undoStack()->undo(); // the delete
            QCOMPARE(dialog->table()->rowCount(), 2);
        });
        view.showHistoryOfSelected();
        QVERIFY(shown);
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo(); // the edit
        QCOMPARE(doc.project().kpis[1].measurements[1].actual, 5.0);
        QVERIFY(doc.project().kpis[1].measurements[1].note.isEmpty());
    }

    void severalKpisRecordedInOneStep()
    {
        Document doc(plan());
        KpiMeasurement a = record(QStringLiteral("x"), QStringLiteral("2024-04-07"), 40.0);
        KpiMeasurement b = record(QStringLiteral("y"), QStringLiteral("2024-04-07"), 3.0);
        doc.undoStack()->push(recordMeasurements(&doc, {{QStringLiteral("k1"), a}, {QStringLiteral("k2"), b},
                                                        {QStringLiteral("gone"), b}}));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.project().kpis[0].measurements.size(), 1);
        QCOMPARE(doc.project().kpis[1].measurements.first().actual, 3.0);
        doc.undoStack()->undo();
        QVERIFY(doc.project().kpis[0].measurements.isEmpty() && doc.project().kpis[1].measurements.isEmpty());
    }
};

QTEST_MAIN(TestKpiHistory)
#include "tst_kpihistory.moc"
