// Issue 19, item 4: a new user builds the convenience store's "order in the app, pick up
// in store" (BOPIS) plan from File ▸ New with nothing but the UI — menus, dialogs,
// widgets, clicks and keys — then saves it, validates and checks it with the CLI and
// exports the PDF. No model calls: every change goes through what a user can reach.
#include "canvas/carditem.h"
#include "canvas/connectorlayer.h"
#include "canvas/mapscene.h"
#include "canvas/mapview.h"
#include "export/exportdialogs.h"
#include "mainwindow.h"
#include "panels/handoffpage.h"
#include "panels/inspector.h"
#include "panels/journeypage.h"
#include "panels/touchpointplanfields.h"
#include "persona/personaeditor.h"
#include "plan/branddialog.h"
#include "plan/campaigntimeline.h"
#include "plan/checklisteditor.h"
#include "plan/departmentsdialog.h"
#include "plan/kpibindingdialog.h"
#include "plan/kpitablemodel.h"
#include "plan/kpitableview.h"
#include "plan/planpropertiesdialog.h"
#include "pdftools.h"
#include "scripteddialogs.h"
#include "shell/appcontext.h"

#include "model/lookup.h"

#include "ui_branddialog.h"
#include "ui_departmentsdialog.h"
#include "ui_planpropertiesdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFile>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

#include <functional>

using namespace omnimap;

namespace {

class ScriptedExportDialogs final : public ExportDialogs
{
public:
    QString savePath;
    QStringList errors;
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override { return savePath; }
    QString openFileName(QWidget *, const QString &, const QString &) override { return {}; }
    QString directory(QWidget *, const QString &) override { return {}; }
    void showError(QWidget *, const QString &message) override { errors << message; }
};

/// A menu action by its visible text (mnemonic and ellipsis ignored).
QAction *menuAction(QWidget *window, const QString &text)
{
    const auto clean = [](QString s) { return s.remove(QLatin1Char('&')).remove(QStringLiteral("…")).trimmed(); };
    for (QMenu *menu : window->findChildren<QMenu *>())
        for (QAction *action : menu->actions())
            if (!action->menu() && clean(action->text()) == text)
                return action;
    return nullptr;
}

template<typename Dialog>
Dialog *shownDialog(QWidget *window)
{
    for (int i = 0; i < 100; ++i) {
        for (Dialog *d : window->findChildren<Dialog *>())
            if (d->isVisible())
                return d;
        QTest::qWait(10);
    }
    return nullptr;
}

/// Types text as a keyboard does; Hangul arrives as an input method's commit, as it does
/// from a Korean IME (QTest's key clicks know only ASCII).
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClicks(widget, QString(c));
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(QString(c));
            QApplication::sendEvent(widget, &commit);
        }
    }
}

/// Types into a line edit and leaves it with Enter, as a user does.
void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void choose(QComboBox *combo, int index)
{
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

/// Types into a multi-line field, then clicks elsewhere (its focus-out commits).
void typeAndLeave(QPlainTextEdit *edit, const QString &text, QWidget *elsewhere)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    elsewhere->setFocus();
}

/// Runs `inside` on the next modal dialog once it is shown (it runs inside that
/// dialog's exec(), as a user's clicks would).
void onNextModal(const std::function<void(QDialog *)> &inside)
{
    QTimer::singleShot(10, qApp, [inside] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (dialog && dialog->isVisible())
            inside(dialog);
        else
            onNextModal(inside);
    });
}

/// Answers a file dialog by typing the file's path into it, then accepting.
void answerFileDialog(QDialog *dialog, const QString &path)
{
    auto *files = qobject_cast<QFileDialog *>(dialog);
    if (!files) { // closed all the same, so a failure cannot leave the test waiting
        dialog->reject();
        QFAIL(qPrintable(QStringLiteral("expected a file dialog, got ") + QString::fromLatin1(dialog->metaObject()->className())));
    }
    files->selectFile(path);
    dialog->accept(); // as the Save / Open button does
}

/// After a dialog closes a window manager activates its parent again; offscreen has none.
bool backToWindow(QWidget *window)
{
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

/// Double-clicks a table cell, types over its editor's text and presses Enter.
void editCell(QAbstractItemView *view, const QModelIndex &index, const QString &text)
{
    view->scrollTo(index);
    const QPoint at = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY2(editor && editor != view && view->isAncestorOf(editor), "no cell editor opened by the double-click");
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
}

} // namespace

class TestWalkthrough : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void bopisPlanFromANewFile();
};

void TestWalkthrough::bopisPlanFromANewFile()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QFAIL("poppler-utils (pdftotext) is not installed; scripts/install-deps.sh installs it");
    QTemporaryDir dir;
    if (qEnvironmentVariableIsSet("OMNIMAP_KEEP_WALKTHROUGH")) { // to look at the plan and the PDF by hand
        dir.setAutoRemove(false);
        qInfo("walkthrough files kept in %s", qPrintable(dir.path()));
    }
    MainWindow window;
    auto scripted = std::make_unique<testing::ScriptedDialogs>();
    testing::ScriptedDialogs *dialogs = scripted.get();
    window.setDialogService(std::move(scripted));
    window.setRecoveryDirectory(dir.filePath(QStringLiteral("recovery")));
    window.resize(2200, 1500);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ScriptedExportDialogs exportDialogs;
    setExportDialogs(&exportDialogs);
    const auto project = [&window]() -> const Project & { return window.document()->project(); };
    const auto journey = [&project]() -> const Journey & { return project().journeys.first(); };

    // File ▸ New.
    menuAction(&window, QStringLiteral("New"))->trigger();
    QCOMPARE(project().journeys.size(), 1);
    QVERIFY(journey().stages.isEmpty());

    // Plan ▸ Plan Properties: name and currency.
    menuAction(&window, QStringLiteral("Plan Properties"))->trigger();
    auto *properties = shownDialog<PlanPropertiesDialog>(&window);
    QVERIFY(properties);
    properties->form()->name->setFocus();
    properties->form()->name->selectAll();
    typeText(properties->form()->name, QStringLiteral("바로픽업 BOPIS 2027"));
    QComboBox *currency = properties->form()->currency;
    choose(currency, currency->findText(QStringLiteral("KRW"), Qt::MatchStartsWith));
    QVERIFY(currency->currentText().startsWith(QStringLiteral("KRW")));
    properties->form()->buttons->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(project().name, QStringLiteral("바로픽업 BOPIS 2027"));
    QCOMPARE(project().currency, QStringLiteral("KRW"));

    // Plan ▸ Brand: a forbidden word.
    menuAction(&window, QStringLiteral("Brand"))->trigger();
    auto *brand = shownDialog<BrandDialog>(&window);
    QVERIFY(brand);
    typeAndLeave(brand->form()->tone, QStringLiteral("Quick and warm"), brand->form()->forbidden);
    typeAndLeave(brand->form()->forbidden, QStringLiteral("guaranteed"), brand->form()->tone);
    brand->form()->buttons->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(project().brand.forbiddenWords, QStringList{QStringLiteral("guaranteed")});

    // Plan ▸ Departments: two.
    menuAction(&window, QStringLiteral("Departments"))->trigger();
    auto *departments = shownDialog<DepartmentsDialog>(&window);
    QVERIFY(departments);
    QVERIFY(QTest::qWaitForWindowActive(departments));
    int pickerOpened = 0; // a picker opened by mistake would wait for a user: counted instead
    departments->pickColour = [&pickerOpened](const QColor &) {
        ++pickerOpened;
        return QColor();
    };
    for (const QString &name : {QStringLiteral("App marketing"), QStringLiteral("Store operations")}) {
        QTest::mouseClick(departments->form()->add, Qt::LeftButton);
        QTRY_COMPARE(QApplication::focusWidget(), departments->form()->name); // ready to type the name
        type(departments->form()->name, name);
        QVERIFY(departments->isVisible()); // Enter named it; it neither closed the dialog nor opened a picker
        QCOMPARE(QApplication::activeModalWidget(), departments);
        QCOMPARE(pickerOpened, 0);
    }
    departments->close();
    QVERIFY(backToWindow(&window));
    QCOMPARE(project().departments.size(), 2);
    QCOMPARE(project().departments.at(1).name, QStringLiteral("Store operations"));

    // Two personas, each named in the persona editor that Add Persona opens.
    const QStringList personaNames{QStringLiteral("Ji-woo, app regular"), QStringLiteral("Min-jun, walk-in")};
    for (int i = 0; i < 2; ++i) {
        menuAction(&window, QStringLiteral("Add Persona"))->trigger();
        PersonaEditor *editor = nullptr;
        for (PersonaEditor *e : window.findChildren<PersonaEditor *>())
            if (e->isVisible())
                editor = e;
        QVERIFY(editor);
        editor->nameEdit()->setFocus();
        editor->nameEdit()->selectAll();
        QTest::keyClicks(editor->nameEdit(), personaNames.at(i));
        window.tabs()->setCurrentIndex(0); // back to the map tab
    }
    QCOMPARE(project().personas.size(), 2);
    QCOMPARE(project().personas.at(0).name, personaNames.at(0));
    QCOMPARE(project().personas.at(1).name, personaNames.at(1));
    MapScene *scene = window.currentMapScene();
    MapView *view = window.currentMapView();
    QVERIFY(scene && view);
    scene->selectIds({}); // an empty part of the map: the journey's own page
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->mapFromScene(scene->renderer()->boundingRect().bottomRight() - QPointF(4, 4)));
    JourneyPage *journeyPage = window.inspector()->journeyPage();
    QListWidget *onMap = journeyPage->personaList();
    for (int i = 0; i < onMap->count(); ++i)
        if (onMap->item(i)->checkState() != Qt::Checked)
            onMap->item(i)->setCheckState(Qt::Checked);
    QTRY_COMPARE(journey().personaIds.size(), 2);

    // Five stages, each named as it is added.
    const QStringList stages{QStringLiteral("Discover"), QStringLiteral("Order in app"), QStringLiteral("Prepare"),
                             QStringLiteral("Pick up"), QStringLiteral("Return")};
    for (const QString &name : stages) {
        menuAction(&window, QStringLiteral("Add Stage"))->trigger();
        QVERIFY(scene->activeEditor());
        QTest::keyClicks(view, name);
        QTest::keyClick(view, Qt::Key_Return);
    }
    QCOMPARE(journey().stages.size(), 5);
    QCOMPARE(journey().stages.at(3).name, QStringLiteral("Pick up"));

    // Four lanes, named by double-clicking their headers.
    const QStringList lanes{QStringLiteral("App"), QStringLiteral("KakaoTalk"), QStringLiteral("Store"), QStringLiteral("Web")};
    for (const QString &name : lanes) {
        menuAction(&window, QStringLiteral("Add Channel Lane"))->trigger();
        const QRectF header = scene->renderer()->layout().laneHeaderRect(scene->renderer()->layout().laneCount() - 1);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(header.center()));
        QVERIFY(scene->activeEditor());
        QTest::keyClicks(view, name);
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_VERIFY(!scene->activeEditor());
    }
    QCOMPARE(journey().channelIds.size(), 4);
    QCOMPARE(findById(project().channels, journey().channelIds.at(2))->name, QStringLiteral("Store"));

    // Six cards: double-click a cell, type, Enter.
    struct Card { int stage; int lane; QString title; };
    const QList<Card> cards{{0, 1, QStringLiteral("KakaoTalk coupon")}, {0, 3, QStringLiteral("Web banner")},
                            {1, 0, QStringLiteral("Order and pay")},   {2, 0, QStringLiteral("Push: order ready")},
                            {3, 2, QStringLiteral("QR pick-up shelf")}, {4, 2, QStringLiteral("Return at counter")}};
    for (const Card &card : cards) {
        const QRectF cell = scene->renderer()->layout().cellRect(card.stage, card.lane);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(QPointF(cell.center().x(), cell.bottom() - 12)));
        QVERIFY(scene->activeEditor());
        QTest::keyClicks(view, card.title);
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_VERIFY(!scene->activeEditor());
    }
    QCOMPARE(journey().touchpoints.size(), 6);
    const auto cardId = [&journey](const QString &title) {
        for (const Touchpoint &t : journey().touchpoints)
            if (t.title == title)
                return t.id;
        return Id();
    };

    // A message with the forbidden word, typed in the inspector.
    scene->selectIds({cardId(QStringLiteral("Push: order ready"))});
    QList<QPlainTextEdit *> texts; // description first, customer message second
    for (QPlainTextEdit *edit : window.inspector()->findChildren<QPlainTextEdit *>())
        if (edit->isVisibleTo(window.inspector()))
            texts << edit;
    QVERIFY(texts.size() >= 2);
    typeAndLeave(texts.at(1), QStringLiteral("Your order is ready - pick-up guaranteed in 10 minutes"), view);
    QVERIFY(findById(journey().touchpoints, cardId(QStringLiteral("Push: order ready")))->message.contains(QStringLiteral("guaranteed")));

    // Roles: the app is the primary channel where the order is placed.
    scene->selectIds({cardId(QStringLiteral("Order and pay"))});
    QComboBox *role = window.inspector()->touchpointPlanFields()->roleCombo();
    choose(role, role->findData(int(RoleLevel::Primary)));
    scene->selectIds({cardId(QStringLiteral("QR pick-up shelf"))});
    choose(role, role->findData(int(RoleLevel::Primary)));
    QCOMPARE(journey().roles.size(), 2);

    // Two labelled hand-offs, added from the cards' context menus.
    const QList<std::pair<QString, QString>> links{{QStringLiteral("Order and pay"), QStringLiteral("Push: order ready")},
                                                   {QStringLiteral("Push: order ready"), QStringLiteral("QR pick-up shelf")}};
    const QStringList labels{QStringLiteral("push deep link"), QStringLiteral("QR scan")};
    for (int i = 0; i < 2; ++i) {
        CardItem *from = scene->cardItem(cardId(links.at(i).first));
        std::unique_ptr<QMenu> menu(scene->createContextMenu(from->sceneBoundingRect().center()));
        QMenu *targets = nullptr;
        for (QAction *a : menu->actions())
            if (a->objectName() == QStringLiteral("mapHandoffTo"))
                targets = a->menu();
        QVERIFY(targets);
        for (QAction *a : targets->actions())
            if (a->data().toString() == cardId(links.at(i).second))
                a->trigger();
        const Id handoff = journey().handoffs.last().id;
        const QPointF mid = scene->connectorLayer()->path(handoff).pointAtPercent(0.5);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(mid));
        QCOMPARE(scene->selectedIds(), QList<Id>{handoff});
        type(window.inspector()->handoffPage()->labelEdit(), labels.at(i));
    }
    QCOMPARE(journey().handoffs.size(), 2);
    QCOMPARE(journey().handoffs.at(1).label, QStringLiteral("QR scan"));

    // The store's events, exported from its own systems as a CSV file, imported through
    // Data ▸ Import Events CSV: a new data set is asked for first, then the CSV, then the
    // column mapping (guessed from the header), then the import runs in the background.
    // 40 customers open the app; every fourth (10) buys in the store.
    const QString csvPath = dir.filePath(QStringLiteral("events.csv"));
    {
        QByteArray csv = "customer,ts,channel,stage,event_type\n";
        for (int c = 0; c < 40; ++c) {
            const QByteArray id = "c" + QByteArray::number(c);
            csv += id + ",2026-10-0" + QByteArray::number(1 + c % 9) + "T10:00:00Z,App,Order in app,app_open\n";
            if (c % 4 == 0)
                csv += id + ",2026-10-0" + QByteArray::number(1 + c % 9) + "T11:00:00Z,Store,Pick up,purchase\n";
        }
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
    }
    const QString dataPath = dir.filePath(QStringLiteral("bopis.sqlite"));
    QStringList asked;
    onNextModal([&](QDialog *newDataSet) {
        asked << newDataSet->windowTitle();
        onNextModal([&](QDialog *csvDialog) {
            asked << csvDialog->windowTitle();
            onNextModal([&](QDialog *mapping) {
                asked << QString::fromLatin1(mapping->metaObject()->className());
                auto *box = mapping->findChild<QDialogButtonBox *>();
                QPushButton *ok = box ? box->button(QDialogButtonBox::Ok) : nullptr;
                if (ok && ok->isEnabled()) // every required column guessed from the header
                    ok->click();
                else
                    mapping->reject();
            });
            answerFileDialog(csvDialog, csvPath);
        });
        answerFileDialog(newDataSet, dataPath);
    });
    menuAction(&window, QStringLiteral("Import Events CSV"))->trigger();
    QCOMPARE(asked.size(), 3);
    QCOMPARE(asked.at(2), QStringLiteral("omnimap::insight::ImportMappingDialog"));
    QTRY_VERIFY_WITH_TIMEOUT(!window.context()->dataSetVocabulary().eventTypes.isEmpty(), 30000);
    QVERIFY(backToWindow(&window));

    // Three KPIs from the library, with targets; the first bound from the data set's lists.
    menuAction(&window, QStringLiteral("KPIs"))->trigger();
    auto *kpis = window.findChild<KpiTableView *>(QStringLiteral("kpiTableView"));
    QVERIFY(kpis);
    QToolButton *library = nullptr;
    for (QToolButton *button : kpis->findChildren<QToolButton *>())
        if (button->menu())
            library = button;
    QVERIFY(library);
    const QStringList kpiNames{QStringLiteral("Conversion rate"), QStringLiteral("Click-through rate"),
                               QStringLiteral("Average order value")};
    const QList<double> targets{30.0, 4.0, 18000.0};
    for (int i = 0; i < 3; ++i) {
        for (QAction *a : library->menu()->actions())
            if (a->text() == kpiNames.at(i))
                a->trigger();
        const int row = kpis->table()->currentIndex().row();
        editCell(kpis->table(), kpis->table()->model()->index(row, KpiTableModel::Target), QString::number(targets.at(i)));
        QTRY_VERIFY(project().kpis.size() == i + 1 && project().kpis.at(i).target && *project().kpis.at(i).target == targets.at(i));
    }
    QCOMPARE(project().kpis.size(), 3);
    QCOMPARE(*project().kpis.at(2).target, 18000.0);
    QPushButton *bindingButton = nullptr;
    for (QPushButton *button : kpis->findChildren<QPushButton *>())
        if (button->text().startsWith(QStringLiteral("Data &binding")))
            bindingButton = button;
    QVERIFY(bindingButton);
    kpis->table()->selectRow(0);
    QStringList offered;
    onNextModal([&offered](QDialog *dialog) {
        auto *binding = qobject_cast<KpiBindingDialog *>(dialog);
        if (!binding) {
            dialog->reject();
            return;
        }
        binding->findChild<QCheckBox *>(QStringLiteral("bound"))->setChecked(true);
        for (int i = 0; i < binding->numeratorType()->count(); ++i)
            offered << binding->numeratorType()->itemText(i);
        binding->numeratorType()->setCurrentIndex(binding->numeratorType()->findText(QStringLiteral("purchase")));
        binding->denominatorType()->setCurrentIndex(binding->denominatorType()->findText(QStringLiteral("app_open")));
        dialog->accept();
    });
    bindingButton->click();
    QVERIFY(backToWindow(&window));
    QCOMPARE(offered, (QStringList{QStringLiteral("app_open"), QStringLiteral("purchase")})); // most frequent first
    QVERIFY(project().kpis.at(0).binding);
    QCOMPARE(project().kpis.at(0).binding->numeratorEventType, QStringLiteral("purchase"));
    QCOMPARE(project().kpis.at(0).binding->denominatorEventType, QStringLiteral("app_open"));

    // A built-in checklist, applied to the journey's channels.
    menuAction(&window, QStringLiteral("Brand checklists"))->trigger();
    auto *checklists = window.findChild<ChecklistEditor *>(QStringLiteral("checklistEditor"));
    QVERIFY(checklists);
    QPushButton *apply = nullptr;
    for (QPushButton *button : checklists->findChildren<QPushButton *>())
        if (button->text() == QStringLiteral("&Apply to journey channels"))
            apply = button;
    QVERIFY(apply);
    apply->click(); // the first template: Tone & manner
    QCOMPARE(project().checklists.size(), 1);

    // A campaign with a budget for the app channel.
    menuAction(&window, QStringLiteral("Campaign timeline"))->trigger();
    auto *campaigns = window.findChild<CampaignTimeline *>(QStringLiteral("campaignTimeline"));
    QVERIFY(campaigns);
    for (QPushButton *button : campaigns->findChildren<QPushButton *>())
        if (button->text() == QStringLiteral("&New campaign"))
            button->click();
    QCOMPARE(project().campaigns.size(), 1);
    QTableWidget *budget = campaigns->budgetTable();
    QVERIFY(budget->rowCount() >= 2);
    editCell(budget, budget->model()->index(0, 1), QStringLiteral("5000000"));
    const auto budgetTotal = [&project] {
        double total = 0;
        for (const BudgetLine &line : project().campaigns.first().budget)
            total += line.amount;
        return total;
    };
    QTRY_COMPARE(budgetTotal(), 5000000.0);

    // Save as a file, then the CLI: valid, and the forbidden word is found.
    const QString path = dir.filePath(QStringLiteral("bopis.omnimap"));
    dialogs->saveName = path;
    menuAction(&window, QStringLiteral("Save As"))->trigger();
    QVERIFY(QFileInfo::exists(path));
    int exitCode = -1;
    const QString validate = testing::runTool(QStringLiteral(OMNIMAP_CLI_PATH), {QStringLiteral("validate"), path}, &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(validate));
    const QString check = testing::runTool(QStringLiteral(OMNIMAP_CLI_PATH), {QStringLiteral("check"), path}, &exitCode);
    QVERIFY2(exitCode == 1, qPrintable(check)); // an error-level finding
    QVERIFY2(check.contains(QStringLiteral("message.forbidden-word: Touchpoint “Push: order ready” uses forbidden word(s): guaranteed")),
             qPrintable(check));

    // File ▸ Export ▸ PDF: the cover names the plan and its budget in won.
    exportDialogs.savePath = dir.filePath(QStringLiteral("bopis.pdf"));
    onNextModal([](QDialog *dialog) { dialog->accept(); });
    menuAction(&window, QStringLiteral("PDF Report"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().startsWith(QStringLiteral("Exported")), 60000);
    QVERIFY2(exportDialogs.errors.isEmpty(), qPrintable(exportDialogs.errors.join(QLatin1Char('\n'))));
    const QString cover = testing::runTool(QStringLiteral("pdftotext"),
                                           {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                                            QStringLiteral("-enc"), QStringLiteral("UTF-8"), exportDialogs.savePath,
                                            QStringLiteral("-")});
    QVERIFY2(cover.contains(QStringLiteral("바로픽업 BOPIS 2027")), qPrintable(cover));
    QVERIFY2(cover.contains(QStringLiteral("₩5,000,000")) || cover.contains(QStringLiteral("5,000,000원")), qPrintable(cover));
    QVERIFY(!cover.contains(QStringLiteral("$")));
    // The KPI page: the bound conversion rate measured on the imported events, 10 buyers
    // of 40 app openers = 25 %, beside its 30 % target; the order value's target in won.
    const QString all = testing::runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                                                       QStringLiteral("UTF-8"), exportDialogs.savePath, QStringLiteral("-")});
    QString conversionRow, orderValueRow;
    for (const QString &line : all.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QStringLiteral("Conversion rate")) && line.contains(QStringLiteral("Whole project")))
            conversionRow = line.simplified();
        if (line.trimmed().startsWith(QStringLiteral("Average order value")) && line.contains(QStringLiteral("Whole project")))
            orderValueRow = line.simplified();
    }
    QVERIFY2(conversionRow.contains(QStringLiteral("30 % 25 %")), qPrintable(conversionRow));
    QVERIFY2(orderValueRow.contains(QStringLiteral("₩18,000")), qPrintable(orderValueRow));
    // The dashboard's stage funnel is in the report: 40 customers ordered in the app,
    // 10 of them (25 %, a 75 % drop) picked up in the store.
    QVERIFY2(all.contains(QStringLiteral("Stage funnel")), qPrintable(all));
    QString orderRow, pickUpRow;
    for (const QString &line : all.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QStringLiteral("Order in app ")))
            orderRow = line.simplified();
        if (line.trimmed().startsWith(QStringLiteral("Pick up ")))
            pickUpRow = line.simplified();
    }
    QCOMPARE(orderRow, QStringLiteral("Order in app 40 · 100.0 %"));
    QCOMPARE(pickUpRow, QStringLiteral("Pick up 10 · 25.0 % · 75.0 % drop-off"));
    // …and its channel flow: all 40 journeys start in the app; 10 of them end in a
    // purchase (the store's purchase is the conversion, not a touch), 30 drop off.
    QVERIFY2(all.contains(QStringLiteral("Channel flow")), qPrintable(all));
    QStringList moves;
    for (const QString &line : all.split(QLatin1Char('\n')))
        if (line.contains(QStringLiteral(" → ")) && !line.contains(QStringLiteral("From → to")))
            moves.append(line.simplified());
    QVERIFY2(moves.contains(QStringLiteral("(start) → App 40 100.0 %")), qPrintable(moves.join(QLatin1Char('\n'))));
    QVERIFY2(moves.contains(QStringLiteral("App → (dropped off) 30 75.0 %")), qPrintable(moves.join(QLatin1Char('\n'))));
    QVERIFY2(moves.contains(QStringLiteral("App → (converted) 10 25.0 %")), qPrintable(moves.join(QLatin1Char('\n'))));
    setExportDialogs(nullptr);
}

QTEST_MAIN(TestWalkthrough)
#include "tst_walkthrough.moc"
