#include "editorfixture.h"
#include "pdftools.h"

#include "canvas/mapscene.h"
#include "canvas/mapview.h"
#include "panels/handoffpage.h"
#include "panels/inspector.h"
#include "panels/journeypage.h"
#include "panels/stageemotions.h"
#include "panels/touchpointplanfields.h"
#include "plan/branddialog.h"
#include "plan/checklisteditor.h"
#include "plan/departmentsdialog.h"
#include "plan/kpitableview.h"
#include "plan/planpropertiesdialog.h"
#include "ui_branddialog.h"
#include "ui_departmentsdialog.h"
#include "ui_planpropertiesdialog.h"

#include "document/render/maprenderer.h"
#include "report/pdfreport.h"
#include "plan/checklisttemplates.h"
#include "plan/kpilibrary.h"
#include "plan/money.h"
#include "report/reportdata.h"
#include "rules/ruleengine.h"
#include "validation/referencecheck.h"

#include <QAction>
#include <QApplication>
#include <QFocusEvent>
#include <QPointer>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidgetItemIterator>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeWidget>

using namespace omnimap;
using omnimap::testing::EditorHarness;

void checkFieldCoverage(); // tst_fieldcoverage.cpp

namespace {

QAction *planMenuAction(MainWindow &window, const QString &objectName)
{
    for (QAction *menu : window.menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions())
            if (action->objectName() == objectName)
                return action;
    }
    return nullptr;
}

template<typename Dialog>
Dialog *openedDialog(MainWindow &window)
{
    Dialog *dialog = nullptr;
    for (int i = 0; i < 50 && !dialog; ++i) {
        for (Dialog *d : window.findChildren<Dialog *>())
            if (d->isVisible())
                dialog = d;
        if (!dialog)
            QTest::qWait(10);
    }
    return dialog;
}

/// Types a line as a user would and finishes it (Enter or leaving the field: editingFinished).
void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setText(text);
    emit edit->editingFinished();
}

/// Writes into a multi-line field and leaves it (its focus-out commits, one undo step).
void typeInto(QPlainTextEdit *edit, const QString &text)
{
    edit->setPlainText(text);
    QFocusEvent out(QEvent::FocusOut, Qt::TabFocusReason);
    QApplication::sendEvent(edit, &out);
}

QTreeWidgetItem *treeItem(QTreeWidget *tree, int kind, const QString &id = {})
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole + 1).toInt() == kind
            && (id.isEmpty() || (*it)->data(0, Qt::UserRole).toString() == id))
            return *it;
    }
    return nullptr;
}

} // namespace

class TestEditors final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void moneyAsEachLocaleWritesIt_data();
    void moneyAsEachLocaleWritesIt();
    void moneyInKpisCampaignsAndPdfCover();
    void planPropertiesFromMenuAndTree();
    void brandEditorMakesRulesFire();
    void departmentsAddRenameRecolourRemove();
    void journeyPropertiesRenameAndPersonaOrder();
    void emotionClickReachesEveryPersona();
    void handoffInspector();
    void touchpointPlanFields();
    void stageEmotionFields();
    void channelOwnerAndDescription();
    void everyBuiltInTemplateLeavesAValidPlan();
    void everyFileFieldHasAPlaceInTheUi();
};

void TestEditors::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestEditors::moneyAsEachLocaleWritesIt_data()
{
    QTest::addColumn<double>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    // Written by hand from how each locale writes money (CLDR: ko and en both put the
    // symbol first with no space and group by thousands with ","), KRW without decimals.
    QTest::newRow("KRW ko") << 5000000.0 << "KRW" << "ko" << QStringLiteral("₩5,000,000");
    QTest::newRow("KRW en") << 5000000.0 << "KRW" << "en" << QStringLiteral("₩5,000,000");
    QTest::newRow("KRW rounds") << 68554.4 << "KRW" << "ko" << QStringLiteral("₩68,554");
    QTest::newRow("KRW half up") << 1234.5 << "KRW" << "en" << QStringLiteral("₩1,235");
    QTest::newRow("USD en") << 1234.5 << "USD" << "en" << QStringLiteral("$1,234.50");
    QTest::newRow("USD ko") << 1234.5 << "USD" << "ko" << QStringLiteral("$1,234.50");
    QTest::newRow("EUR en") << 1200.0 << "EUR" << "en" << QStringLiteral("€1,200.00");
    QTest::newRow("EUR ko") << 0.5 << "EUR" << "ko" << QStringLiteral("€0.50");
    QTest::newRow("lower-case code") << 15000.0 << "krw" << "ko" << QStringLiteral("₩15,000");
    QTest::newRow("unknown code") << 12.0 << "CHF" << "en" << QStringLiteral("CHF 12.00");
    QTest::newRow("tiny negative is zero") << -0.4 << "KRW" << "ko" << QStringLiteral("₩0");
}

void TestEditors::moneyAsEachLocaleWritesIt()
{
    QFETCH(double, amount);
    QFETCH(QString, currency);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QCOMPARE(formatMoney(amount, currency, planLocale(language)), expected);
}

void TestEditors::moneyInKpisCampaignsAndPdfCover()
{
    Project p = testing::editorProject();
    p.currency = QStringLiteral("KRW");
    p.locale = QStringLiteral("ko");
    Kpi aov;
    aov.id = QStringLiteral("k-aov");
    aov.name = QStringLiteral("Basket");
    aov.unit = KpiUnit::Currency; // no currency of its own: the plan's
    aov.target = 15000;
    p.kpis = {aov};
    Campaign c;
    c.id = QStringLiteral("cam-1");
    c.name = QStringLiteral("Launch");
    c.budget = {{QStringLiteral("ch-app"), 3000000}, {QStringLiteral("ch-store"), 2000000}};
    p.campaigns = {c};
    // The PDF's KPI table and cover: in won, never "USD" or ".00".
    QCOMPARE(ReportData::formatKpiValue(aov, aov.target, QLocale(QStringLiteral("ko")), p.currency),
             QStringLiteral("₩15,000"));
    QCOMPARE(formatKpiValue(15000, KpiUnit::Currency, p.currency, planLocale(p)), QStringLiteral("₩15,000"));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    ReportOptions options;
    options.language = QStringLiteral("ko");
    QString error;
    QVERIFY2(PdfReport(p, options).writePdf(pdf, &error), qPrintable(error));
    const QString text = testing::pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("₩5,000,000")), qPrintable(text.left(2000))); // 3,000,000 + 2,000,000
    QVERIFY(!text.contains(QStringLiteral("USD")));
}

void TestEditors::planPropertiesFromMenuAndTree()
{
    EditorHarness h;
    QAction *action = planMenuAction(h.window, QStringLiteral("planPropertiesAction"));
    QVERIFY(action);
    action->trigger();
    QPointer<PlanPropertiesDialog> dialog = openedDialog<PlanPropertiesDialog>(h.window);
    QVERIFY(dialog);
    Ui::PlanPropertiesDialog *ui = dialog->form();
    QCOMPARE(ui->name->text(), QStringLiteral("Blank plan"));
    ui->name->setText(QStringLiteral("바로픽업 주문 여정"));
    ui->description->setPlainText(QStringLiteral("Order in the app, pick up in store"));
    ui->language->setCurrentIndex(ui->language->findData(QStringLiteral("ko")));
    ui->currency->setCurrentText(QStringLiteral("krw")); // typed in lower case
    QCOMPARE(ui->example->text(), QStringLiteral("₩5,000,000 · ₩13")); // 12.5 won rounds to 13
    const int before = h.undo()->count();
    ui->buttons->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(h.project().name, QStringLiteral("바로픽업 주문 여정"));
    QCOMPARE(h.project().description, QStringLiteral("Order in the app, pick up in store"));
    QCOMPARE(h.project().locale, QStringLiteral("ko"));
    QCOMPARE(h.project().currency, QStringLiteral("KRW"));
    QCOMPARE(h.undo()->count(), before + 1); // four fields, one undo step
    // The tree names the plan; double-clicking it opens the same editor.
    auto *tree = h.window.findChild<QTreeWidget *>();
    QTreeWidgetItem *planItem = treeItem(tree, int(ItemKind::Project));
    QVERIFY(planItem);
    QVERIFY(planItem->text(0).contains(QStringLiteral("바로픽업 주문 여정")));
    h.undo()->undo();
    QCOMPARE(h.project().name, QStringLiteral("Blank plan"));
    QCOMPARE(h.project().currency, QStringLiteral("USD"));
    QCOMPARE(h.project().locale, QStringLiteral("en"));
    QVERIFY(!dialog || !dialog->isVisible()); // closed (and deleted) by OK
    emit tree->itemActivated(treeItem(tree, int(ItemKind::Project)), 0);
    auto *again = openedDialog<PlanPropertiesDialog>(h.window);
    QVERIFY(again);
    // An invalid currency cannot be committed.
    again->form()->currency->setCurrentText(QStringLiteral("WON1"));
    QVERIFY(!again->form()->buttons->button(QDialogButtonBox::Ok)->isEnabled());
    again->form()->currency->setCurrentText(QStringLiteral("EUR"));
    QVERIFY(again->form()->buttons->button(QDialogButtonBox::Ok)->isEnabled());
    again->form()->buttons->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(h.project().currency, QStringLiteral("USD"));
}

void TestEditors::brandEditorMakesRulesFire()
{
    EditorHarness h;
    auto *tree = h.window.findChild<QTreeWidget *>();
    emit tree->itemActivated(treeItem(tree, int(ItemKind::Brand)), 0);
    auto *dialog = openedDialog<BrandDialog>(h.window);
    QVERIFY(dialog);
    QStringList offered = {QStringLiteral("#0b6e4f"), QStringLiteral("#f2a541")};
    dialog->pickColour = [&offered](const QColor &) { return offered.isEmpty() ? QColor() : QColor(offered.takeFirst()); };
    Ui::BrandDialog *ui = dialog->form();
    ui->tone->setPlainText(QStringLiteral("Warm and quick, never pushy"));
    ui->keywords->setPlainText(QStringLiteral("바로픽업\n\n  fresh  \nfresh"));
    ui->forbidden->setPlainText(QStringLiteral("ready"));
    ui->addColour->click();
    ui->addColour->click();
    ui->palette->setCurrentRow(0);
    offered = {QStringLiteral("#123456")};
    ui->changeColour->click();
    const int before = h.undo()->count();
    ui->buttons->button(QDialogButtonBox::Ok)->click();
    const Brand &b = h.project().brand;
    QCOMPARE(b.toneOfVoice, QStringLiteral("Warm and quick, never pushy"));
    QCOMPARE(b.keywords, (QStringList{QStringLiteral("바로픽업"), QStringLiteral("fresh")}));
    QCOMPARE(b.forbiddenWords, QStringList{QStringLiteral("ready")});
    QCOMPARE(b.palette, (QStringList{QStringLiteral("#123456"), QStringLiteral("#f2a541")}));
    QCOMPARE(h.undo()->count(), before + 1);
    // "Your order is ready" now breaks the brand: the forbidden-word rule fires on it.
    bool found = false;
    for (const RuleFinding &f : runRules(h.project()))
        found = found || (f.ruleId == QLatin1String("message.forbidden-word") && f.itemId == QLatin1String("tp-pickup"));
    QVERIFY(found);
    h.undo()->undo();
    QVERIFY(h.project().brand.forbiddenWords.isEmpty());
    QVERIFY(h.project().brand.palette.isEmpty());
}

void TestEditors::departmentsAddRenameRecolourRemove()
{
    EditorHarness h;
    planMenuAction(h.window, QStringLiteral("departmentsAction"))->trigger();
    auto *dialog = openedDialog<DepartmentsDialog>(h.window);
    QVERIFY(dialog);
    dialog->pickColour = [](const QColor &) { return QColor(QStringLiteral("#aa0000")); };
    Ui::DepartmentsDialog *ui = dialog->form();
    // CRM owns the app channel, and says so.
    QCOMPARE(ui->list->count(), 1);
    QCOMPARE(ui->owns->count(), 1);
    QVERIFY(ui->owns->item(0)->text().contains(QStringLiteral("App")));
    const int start = h.undo()->count();
    ui->add->click();
    QCOMPARE(h.project().departments.size(), 2);
    const Id added = dialog->currentDepartmentId();
    QCOMPARE(h.project().departments.at(1).id, added);
    typeInto(ui->name, QStringLiteral("Store operations"));
    QCOMPARE(h.project().departments.at(1).name, QStringLiteral("Store operations"));
    ui->colour->click();
    QCOMPARE(h.project().departments.at(1).color, QStringLiteral("#aa0000"));
    QCOMPARE(h.undo()->count(), start + 3); // add, rename, recolour
    // The project tree lists it; a double-click opens the dialog on it.
    auto *tree = h.window.findChild<QTreeWidget *>();
    QVERIFY(treeItem(tree, int(ItemKind::Department), added));
    // Removing CRM leaves the app channel without an owner, in one step, nothing dangling.
    dialog->selectDepartment(QStringLiteral("dep-crm"));
    ui->remove->click();
    QCOMPARE(h.project().departments.size(), 1);
    QVERIFY(findById(h.project().channels, QStringLiteral("ch-app"))->ownerDepartmentId.isEmpty());
    QVERIFY(findDanglingReferences(h.project()).isEmpty());
    h.undo()->undo();
    QCOMPARE(findById(h.project().channels, QStringLiteral("ch-app"))->ownerDepartmentId, QStringLiteral("dep-crm"));
    QCOMPARE(h.project().departments.size(), 2);
    h.undo()->undo(); // recolour
    h.undo()->undo(); // rename
    QCOMPARE(h.project().departments.at(1).name, QStringLiteral("Department 2"));
    QVERIFY(h.project().departments.at(1).color.isEmpty());
}

void TestEditors::journeyPropertiesRenameAndPersonaOrder()
{
    EditorHarness h;
    MapScene *scene = h.window.currentMapScene();
    QVERIFY(scene);
    scene->selectIds({});
    Inspector *inspector = h.window.inspector();
    QCOMPARE(inspector->shownKind(), ItemKind::Journey);
    JourneyPage *page = inspector->journeyPage();
    QVERIFY(page->isVisible());
    typeInto(page->nameEdit(), QStringLiteral("앱 주문 · 매장 픽업"));
    QCOMPARE(h.journey().name, QStringLiteral("앱 주문 · 매장 픽업"));
    // The map's tab and the map's own title follow the new name.
    QCOMPARE(h.window.tabs()->tabText(h.window.tabs()->currentIndex()), QStringLiteral("앱 주문 · 매장 픽업"));
    page->ownerCombo()->setCurrentIndex(page->ownerCombo()->findData(QStringLiteral("dep-crm")));
    emit page->ownerCombo()->activated(page->ownerCombo()->currentIndex());
    QCOMPARE(h.journey().ownerDepartmentId, QStringLiteral("dep-crm"));
    typeInto(page->descriptionEdit(), QStringLiteral("BOPIS"));
    QCOMPARE(h.journey().description, QStringLiteral("BOPIS"));

    // Both personas on the map: the list offers the second one, unchecked.
    QListWidget *list = page->personaList();
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(1)->data(Qt::UserRole).toString(), QStringLiteral("pe-b"));
    QCOMPARE(list->item(1)->checkState(), Qt::Unchecked);
    list->item(1)->setCheckState(Qt::Checked);
    QTRY_COMPARE(h.journey().personaIds, (IdList{QStringLiteral("pe-a"), QStringLiteral("pe-b")}));
    QCOMPARE(scene->renderer()->personaIds(), (IdList{QStringLiteral("pe-a"), QStringLiteral("pe-b")}));
    // Min-jun first: the legend order changes with it.
    page->personaList()->setCurrentRow(1);
    page->moveCurrentPersona(-1);
    QTRY_COMPARE(h.journey().personaIds, (IdList{QStringLiteral("pe-b"), QStringLiteral("pe-a")}));
    QCOMPARE(scene->renderer()->personaIds(), (IdList{QStringLiteral("pe-b"), QStringLiteral("pe-a")}));
    h.undo()->undo();
    QCOMPARE(h.journey().personaIds, (IdList{QStringLiteral("pe-a"), QStringLiteral("pe-b")}));
    h.undo()->undo();
    QCOMPARE(h.journey().personaIds, IdList{QStringLiteral("pe-a")});
    // Undo the description, owner and rename: the tab goes back too.
    h.undo()->undo();
    h.undo()->undo();
    h.undo()->undo();
    QCOMPARE(h.journey().name, QStringLiteral("Journey 1"));
    QCOMPARE(h.window.tabs()->tabText(h.window.tabs()->currentIndex()), QStringLiteral("Journey 1"));
}

void TestEditors::emotionClickReachesEveryPersona()
{
    Project p = testing::editorProject();
    p.journeys.first().personaIds = {QStringLiteral("pe-a"), QStringLiteral("pe-b")};
    EditorHarness h(p);
    MapScene *scene = h.window.currentMapScene();
    MapView *view = h.window.currentMapView();
    const MapLayout &layout = scene->renderer()->layout();
    const QRectF lane = layout.emotionLaneRect();
    auto click = [&](double y) {
        const QPoint at = view->mapFromScene(QPointF(layout.stageCenterX(0), y));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    };
    click(lane.top() + 6);    // the first persona's as-is point, near +5
    click(lane.bottom() - 6); // far from it: the second persona's as-is, not the first one's to-be
    const Stage &order = h.journey().stages.first();
    QCOMPARE(order.emotions.size(), 2);
    QCOMPARE(order.emotions.at(0).personaId, QStringLiteral("pe-a"));
    QCOMPARE(order.emotions.at(1).personaId, QStringLiteral("pe-b"));
    QVERIFY(!order.emotions.at(0).toBe);
}

void TestEditors::handoffInspector()
{
    EditorHarness h;
    MapScene *scene = h.window.currentMapScene();
    scene->selectIds({QStringLiteral("ho-1")});
    Inspector *inspector = h.window.inspector();
    QCOMPARE(inspector->shownKind(), ItemKind::Handoff);
    HandoffPage *page = inspector->handoffPage();
    QVERIFY(page->isVisible());
    typeInto(page->labelEdit(), QStringLiteral("QR scan"));
    QCOMPARE(h.journey().handoffs.first().label, QStringLiteral("QR scan"));
    const int qr = page->kindCombo()->findData(int(HandoffKind::QrCode));
    page->kindCombo()->setCurrentIndex(qr);
    emit page->kindCombo()->activated(qr);
    QCOMPARE(h.journey().handoffs.first().kind, HandoffKind::QrCode);
    const int crm = page->ownerCombo()->findData(QStringLiteral("dep-crm"));
    page->ownerCombo()->setCurrentIndex(crm);
    emit page->ownerCombo()->activated(crm);
    QCOMPARE(h.journey().handoffs.first().ownerDepartmentId, QStringLiteral("dep-crm"));
    // Saved and read back: the new fields survive the file.
    const LoadResult back = readProject(writeProject(h.project()), QStringLiteral("x"));
    QVERIFY(back.ok());
    QCOMPARE(back.project->journeys.first().handoffs.first().kind, HandoffKind::QrCode);
    QCOMPARE(back.project->journeys.first().handoffs.first().ownerDepartmentId, QStringLiteral("dep-crm"));
    h.undo()->undo();
    h.undo()->undo();
    QCOMPARE(h.journey().handoffs.first().kind, HandoffKind::Unspecified);
    QCOMPARE(page->kindCombo()->currentData().toInt(), int(HandoffKind::Unspecified));
    h.undo()->undo();
    QVERIFY(h.journey().handoffs.first().label.isEmpty());
    QVERIFY(page->labelEdit()->text().isEmpty());
}

void TestEditors::touchpointPlanFields()
{
    Project p = testing::editorProject();
    p.currency = QStringLiteral("KRW");
    EditorHarness h(p);
    h.window.currentMapScene()->selectIds({QStringLiteral("tp-order")});
    Inspector *inspector = h.window.inspector();
    QCOMPARE(inspector->shownKind(), ItemKind::Touchpoint);
    TouchpointPlanFields *fields = inspector->touchpointPlanFields();
    QVERIFY(fields->isVisible());
    const int primary = fields->roleCombo()->findData(int(RoleLevel::Primary));
    fields->roleCombo()->setCurrentIndex(primary);
    emit fields->roleCombo()->activated(primary);
    typeInto(fields->purposeEdit(), QStringLiteral("orders start here"));
    QCOMPARE(h.journey().roles.size(), 1);
    QCOMPARE(h.journey().roles.first().stageId, QStringLiteral("st-order"));
    QCOMPARE(h.journey().roles.first().channelId, QStringLiteral("ch-app"));
    QCOMPARE(h.journey().roles.first().level, RoleLevel::Primary);
    QCOMPARE(h.journey().roles.first().purpose, QStringLiteral("orders start here"));
    // Cost in won: no decimals, the won sign.
    QCOMPARE(fields->costSpin()->decimals(), 0);
    QCOMPARE(fields->costSpin()->prefix(), QStringLiteral("₩"));
    fields->costSpin()->setValue(1200000);
    QVERIFY(h.journey().touchpoints.first().cost == std::optional<double>(1200000));
    typeInto(fields->assetsEdit(), QStringLiteral("App banner\n\nhttps://brand.example/pickup-screen"));
    QCOMPARE(h.journey().touchpoints.first().assets,
             (QStringList{QStringLiteral("App banner"), QStringLiteral("https://brand.example/pickup-screen")}));
    typeInto(fields->tagsEdit(), QStringLiteral("bopis,  app , bopis"));
    QCOMPARE(h.journey().touchpoints.first().tags, (QStringList{QStringLiteral("bopis"), QStringLiteral("app")}));
    // Each field its own step, undone in turn.
    h.undo()->undo();
    QVERIFY(h.journey().touchpoints.first().tags.isEmpty());
    h.undo()->undo();
    QVERIFY(h.journey().touchpoints.first().assets.isEmpty());
    h.undo()->undo();
    QVERIFY(!h.journey().touchpoints.first().cost);
    QCOMPARE(fields->costSpin()->value(), 0.0);
    h.undo()->undo();
    h.undo()->undo();
    QVERIFY(h.journey().roles.isEmpty());
}

void TestEditors::stageEmotionFields()
{
    EditorHarness h;
    MapScene *scene = h.window.currentMapScene();
    emit scene->stageActivated(QStringLiteral("st-pickup"));
    Inspector *inspector = h.window.inspector();
    QCOMPARE(inspector->shownKind(), ItemKind::Stage);
    StageEmotions *emotions = inspector->stageEmotions();
    QCOMPARE(emotions->rows().size(), 1); // only Ji-woo is on the map
    emotions->rows().first().asIs->setValue(-2.5);
    emotions->rows().first().toBe->setValue(3.0);
    const Stage &pickup = h.journey().stages.at(1);
    QCOMPARE(pickup.emotions.size(), 1);
    QCOMPARE(pickup.emotions.first().personaId, QStringLiteral("pe-a"));
    QCOMPARE(pickup.emotions.first().asIs, -2.5);
    QVERIFY(pickup.emotions.first().toBe == std::optional<double>(3.0));
    // Down to "—": the to-be point goes.
    emotions->rows().first().toBe->setValue(emotions->rows().first().toBe->minimum());
    QVERIFY(!h.journey().stages.at(1).emotions.first().toBe);
    h.undo()->undo();
    QVERIFY(h.journey().stages.at(1).emotions.first().toBe == std::optional<double>(3.0));
}

void TestEditors::channelOwnerAndDescription()
{
    EditorHarness h;
    MapScene *scene = h.window.currentMapScene();
    emit scene->laneActivated(QStringLiteral("ch-store"));
    Inspector *inspector = h.window.inspector();
    QCOMPARE(inspector->shownKind(), ItemKind::Channel);
    QComboBox *owner = inspector->channelOwnerCombo();
    owner->setCurrentIndex(owner->findData(QStringLiteral("dep-crm")));
    emit owner->activated(owner->currentIndex());
    QCOMPARE(findById(h.project().channels, QStringLiteral("ch-store"))->ownerDepartmentId, QStringLiteral("dep-crm"));
    typeInto(inspector->channelDescriptionEdit(), QStringLiteral("Counter pickup"));
    QCOMPARE(findById(h.project().channels, QStringLiteral("ch-store"))->description, QStringLiteral("Counter pickup"));
    h.undo()->undo();
    h.undo()->undo();
    QVERIFY(findById(h.project().channels, QStringLiteral("ch-store"))->ownerDepartmentId.isEmpty());
}

void TestEditors::everyBuiltInTemplateLeavesAValidPlan()
{
    EditorHarness h;
    auto *checklists = h.window.findChild<ChecklistEditor *>(QStringLiteral("checklistEditor"));
    auto *kpis = h.window.findChild<KpiTableView *>(QStringLiteral("kpiTableView"));
    QVERIFY(checklists && kpis);
    const QList<ChecklistTemplate> builtIns = builtInChecklistTemplates();
    QCOMPARE(builtIns.size(), 6);
    for (const ChecklistTemplate &t : builtIns) {
        const Id id = checklists->applyTemplate(t.id);
        QVERIFY2(!id.isEmpty(), qPrintable(t.id));
        const Checklist *applied = findById(h.project().checklists, id);
        QVERIFY(applied);
        QCOMPARE(applied->templateId, t.id);
        // The template came along, with its items.
        const ChecklistTemplate *copied = findById(h.project().checklistTemplates, t.id);
        QVERIFY2(copied, qPrintable(t.id));
        QCOMPARE(copied->items.size(), t.items.size());
        QCOMPARE(applied->items.size(), t.items.size());
    }
    // Applying one again reuses the copy instead of adding a second template.
    checklists->applyTemplate(builtIns.first().id);
    QCOMPARE(h.project().checklistTemplates.size(), builtIns.size());
    for (const KpiLibraryEntry &entry : kpiLibrary())
        QVERIFY2(!kpis->addKpi(QLatin1String(entry.key)).isEmpty(), entry.key);
    QCOMPARE(h.project().kpis.size(), kpiLibrary().size());
    // Valid in the app (Problems panel), on disk and read back (what validate checks).
    const Diagnostics problems = validateReferences(h.project());
    QVERIFY2(problems.isEmpty(), qPrintable(formatDiagnostics(problems)));
    QVERIFY(h.window.problemsList()->count() == 0);
    const LoadResult back = readProject(writeProject(h.project()), QStringLiteral("plan.omnimap"));
    QVERIFY(back.ok());
    QVERIFY(validateReferences(*back.project).isEmpty());
    // Undo takes a checklist and its template together.
    const qsizetype templates = h.project().checklistTemplates.size();
    while (h.undo()->canUndo())
        h.undo()->undo();
    QVERIFY(h.project().checklists.isEmpty());
    QVERIFY(h.project().checklistTemplates.isEmpty());
    QVERIFY(templates > 0);
    // The bundled journey templates (File ▸ New from Template) open valid too.
    for (const QString &name : MainWindow::sampleNames()) {
        QVERIFY(h.window.openSample(name));
        const Diagnostics sample = validateReferences(h.project());
        QVERIFY2(sample.isEmpty(), qPrintable(name + QLatin1Char(' ') + formatDiagnostics(sample)));
    }
}

void TestEditors::everyFileFieldHasAPlaceInTheUi()
{
    checkFieldCoverage();
}

QTEST_MAIN(TestEditors)
#include "tst_editors.moc"
