// The checks omnimap-screenshots runs on every capture: each must catch the fault it
// is for (a blank grab, a label, button, check box, group title, tab or header section
// too small for its text) and leave text that fits alone.

#include "capturechecks.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QVBoxLayout>

using namespace omnimap::screenshots;

class TestCaptureChecks final : public QObject
{
    Q_OBJECT

private:
    /// A shown window holding one widget at a fixed geometry (no layout).
    static QWidget *place(QWidget &window, QWidget *widget, const QRect &geometry)
    {
        widget->setParent(&window);
        widget->setGeometry(geometry);
        return widget;
    }

    static void show(QWidget &window)
    {
        window.resize(600, 400);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
    }

    static QString problemsText(const QList<CaptureProblem> &problems)
    {
        QStringList lines;
        for (const CaptureProblem &p : problems)
            lines << p.widget + QStringLiteral(": ") + p.text;
        return lines.join(QLatin1Char('\n'));
    }

private slots:
    void blankImages()
    {
        QImage flat(400, 300, QImage::Format_RGB32);
        flat.fill(QColor(0xEF, 0xEF, 0xEF));
        double share = 0.0;
        QVERIFY(isBlank(flat, &share));
        QCOMPARE(share, 1.0);
        QVERIFY(isBlank(QImage()));

        // A window with some real content is not blank.
        QImage drawn = flat;
        QPainter p(&drawn);
        p.fillRect(QRect(20, 20, 200, 120), QColor(0x33, 0x66, 0x99));
        p.fillRect(QRect(250, 150, 100, 100), Qt::white);
        p.end();
        QVERIFY(!isBlank(drawn, &share));
        QVERIFY(share < 0.8);
    }

    void clippedLabelIsReported()
    {
        QWidget window;
        auto *label = new QLabel(QStringLiteral("A label with a fairly long text"));
        label->setObjectName(QStringLiteral("longLabel"));
        place(window, label, QRect(10, 10, 60, 24));
        auto *fits = new QLabel(QStringLiteral("Short"));
        place(window, fits, QRect(10, 50, 200, 24));
        show(window);
        const QList<CaptureProblem> problems = clippedTexts(QStringLiteral("x.png"), &window);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().capture, QStringLiteral("x.png"));
        QVERIFY(problems.first().widget.contains(QStringLiteral("QLabel#longLabel")));
        QVERIFY(problems.first().text.contains(QStringLiteral("has 60 px")));

        // Widened to its size hint, it fits.
        label->resize(label->sizeHint().width(), 24);
        QVERIFY2(clippedTexts(QStringLiteral("x.png"), &window).isEmpty(),
                 qPrintable(problemsText(clippedTexts(QStringLiteral("x.png"), &window))));
        // Eliding on purpose is allowed; hidden widgets are not looked at.
        label->resize(60, 24);
        label->setProperty("omnimapElides", true);
        QVERIFY(clippedTexts(QStringLiteral("x.png"), &window).isEmpty());
        label->setProperty("omnimapElides", false);
        label->hide();
        QVERIFY(clippedTexts(QStringLiteral("x.png"), &window).isEmpty());
    }

    void wrappedLabelTooShort()
    {
        QWidget window;
        auto *label = new QLabel(QStringLiteral("This label wraps over several lines because its text is long "
                                                "and the label is narrow."));
        label->setWordWrap(true);
        place(window, label, QRect(10, 10, 120, 20));
        show(window);
        QCOMPARE(clippedTexts(QStringLiteral("w.png"), &window).size(), 1);
        label->resize(120, label->heightForWidth(120));
        QVERIFY(clippedTexts(QStringLiteral("w.png"), &window).isEmpty());
    }

    void buttonsAndCheckBoxes()
    {
        QWidget window;
        auto *button = new QPushButton(QStringLiteral("&Generate sample data"));
        place(window, button, QRect(10, 10, 70, 30));
        auto *check = new QCheckBox(QStringLiteral("Skip rows that cannot be read"));
        place(window, check, QRect(10, 60, 80, 24));
        show(window);
        QList<CaptureProblem> problems = clippedTexts(QStringLiteral("b.png"), &window);
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.at(0).widget.startsWith(QStringLiteral("QPushButton")));
        QVERIFY(problems.at(0).text.contains(QStringLiteral("\"Generate sample data\""))); // mnemonic not counted
        QVERIFY(problems.at(1).widget.startsWith(QStringLiteral("QCheckBox")));
        button->resize(button->sizeHint());
        check->resize(check->sizeHint());
        problems = clippedTexts(QStringLiteral("b.png"), &window);
        QVERIFY2(problems.isEmpty(), qPrintable(problemsText(problems)));
    }

    void groupBoxTitle()
    {
        QWidget window;
        auto *box = new QGroupBox(QStringLiteral("Paper size and orientation of map pages"));
        place(window, box, QRect(10, 10, 90, 80));
        show(window);
        QCOMPARE(clippedTexts(QStringLiteral("g.png"), &window).size(), 1);
        box->resize(box->minimumSizeHint().width() + 40, 80);
        QVERIFY(clippedTexts(QStringLiteral("g.png"), &window).isEmpty());
    }

    void tabsThatElide()
    {
        QWidget window;
        auto *tabs = new QTabWidget;
        tabs->tabBar()->setElideMode(Qt::ElideRight);
        tabs->tabBar()->setUsesScrollButtons(false);
        for (const char *title : {"Customer journey map", "Channel role matrix", "Brand checklists"})
            tabs->addTab(new QWidget, QString::fromLatin1(title));
        place(window, tabs, QRect(10, 10, 200, 150));
        show(window);
        const QList<CaptureProblem> problems = clippedTexts(QStringLiteral("t.png"), &window);
        QVERIFY(!problems.isEmpty());
        QVERIFY(problems.first().widget.contains(QStringLiteral(" tab ")));
        tabs->resize(580, 150);
        QVERIFY2(clippedTexts(QStringLiteral("t.png"), &window).isEmpty(),
                 qPrintable(problemsText(clippedTexts(QStringLiteral("t.png"), &window))));
    }

    void headerSections()
    {
        QWidget window;
        QStandardItemModel model(3, 3);
        model.setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("Conversion rate target"),
                                         QStringLiteral("Unit")});
        auto *table = new QTableView;
        table->setModel(&model);
        place(window, table, QRect(10, 10, 500, 200));
        show(window);
        table->horizontalHeader()->resizeSection(0, 120);
        table->horizontalHeader()->resizeSection(1, 40);
        table->horizontalHeader()->resizeSection(2, 80);
        QCOMPARE(table->horizontalHeader()->sectionSize(1), 40);
        const QList<CaptureProblem> problems = clippedTexts(QStringLiteral("h.png"), &window);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().widget.endsWith(QStringLiteral("section 1")));
        table->resizeColumnsToContents();
        QVERIFY2(clippedTexts(QStringLiteral("h.png"), &window).isEmpty(),
                 qPrintable(problemsText(clippedTexts(QStringLiteral("h.png"), &window))));

        // A last section running past the edge is fine while the view scrolls to it,
        // and clipped when it cannot.
        table->horizontalHeader()->resizeSection(2, 600);
        QTRY_VERIFY(table->horizontalScrollBar()->maximum() > 0);
        QVERIFY(clippedTexts(QStringLiteral("h.png"), &window).isEmpty());
        table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        const QList<CaptureProblem> cut = clippedTexts(QStringLiteral("h.png"), &window);
        QCOMPARE(cut.size(), 1);
        QVERIFY(cut.first().text.contains(QStringLiteral("cannot scroll")));
    }

    /// A table that wraps (QTableView's default) cuts a word wider than its column:
    /// "Conversion rate" in a column sized for an empty table showed as "Con… rate".
    void wrappedTableCells()
    {
        QWidget window;
        QStandardItemModel model(2, 2);
        model.setItem(0, 0, new QStandardItem(QStringLiteral("Conversion rate")));
        model.setItem(1, 0, new QStandardItem(QStringLiteral("전환율과 재방문율")));
        model.setItem(0, 1, new QStandardItem(QStringLiteral("ok")));
        auto *table = new QTableView;
        table->setModel(&model);
        place(window, table, QRect(10, 10, 500, 200));
        show(window);
        QVERIFY(table->wordWrap());
        const QFontMetrics metrics(table->font());
        // Room for "rate" but not for "Conversion": the word is cut.
        table->setColumnWidth(0, metrics.horizontalAdvance(QStringLiteral("rate")) + 16);
        QVERIFY(metrics.horizontalAdvance(QStringLiteral("Conversion")) > table->columnWidth(0));
        const QList<CaptureProblem> problems = clippedTexts(QStringLiteral("w.png"), &window);
        QCOMPARE(problems.size(), 1); // not the Hangul cell: lines break between syllables
        QVERIFY2(problems.first().widget.endsWith(QStringLiteral("cell 0,0")), qPrintable(problemsText(problems)));
        QVERIFY(problems.first().text.contains(QStringLiteral("\"Conversion\"")));
        // Wide enough for the longest word: it wraps, nothing is cut.
        table->setColumnWidth(0, metrics.horizontalAdvance(QStringLiteral("Conversion")) + 24);
        QVERIFY2(clippedTexts(QStringLiteral("w.png"), &window).isEmpty(),
                 qPrintable(problemsText(clippedTexts(QStringLiteral("w.png"), &window))));
    }

    /// Combo and spin boxes in table cells (the scenario editor's columns): a channel name
    /// or value wider than its cell is reported; given the box's size hint it is not.
    void editorsInTableCells()
    {
        QWidget window;
        auto *table = new QTableWidget(1, 2);
        auto *channel = new QComboBox;
        channel->addItem(QStringLiteral("카카오 알림톡·친구톡"));
        auto *value = new QDoubleSpinBox;
        value->setRange(0, 100);
        value->setSuffix(QStringLiteral(" %"));
        value->setValue(20);
        table->setCellWidget(0, 0, channel);
        table->setCellWidget(0, 1, value);
        place(window, table, QRect(10, 10, 560, 200));
        show(window);
        table->setColumnWidth(0, 40);
        table->setColumnWidth(1, 30);
        QTest::qWait(20);
        const QList<CaptureProblem> cut = clippedTexts(QStringLiteral("e.png"), &window);
        QCOMPARE(cut.size(), 2);
        QVERIFY2(cut.at(0).widget.endsWith(QStringLiteral("cell 0,0")) && cut.at(0).text.contains(QStringLiteral("카카오")),
                 qPrintable(problemsText(cut)));
        QVERIFY2(cut.at(1).widget.endsWith(QStringLiteral("cell 0,1")), qPrintable(problemsText(cut)));
        table->setColumnWidth(0, channel->sizeHint().width() + 2);
        table->setColumnWidth(1, value->sizeHint().width() + 2);
        QTest::qWait(20);
        QVERIFY2(clippedTexts(QStringLiteral("e.png"), &window).isEmpty(),
                 qPrintable(problemsText(clippedTexts(QStringLiteral("e.png"), &window))));
    }

    void hangul()
    {
        QVERIFY(containsHangul(QStringLiteral("고객 여정")));
        QVERIFY(containsHangul(QStringLiteral("KPI 목표")));
        QVERIFY(!containsHangul(QStringLiteral("Customer journey")));
        QVERIFY(!containsHangul(QStringLiteral("顧客")));

        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(new QLabel(QStringLiteral("전환율")));
        layout->addWidget(new QPushButton(QStringLiteral("Run")));
        show(window);
        const QStringList texts = visibleTexts(&window);
        QVERIFY(texts.contains(QStringLiteral("전환율")));
        QVERIFY(texts.contains(QStringLiteral("Run")));
    }
};

QTEST_MAIN(TestCaptureChecks)
#include "tst_capturechecks.moc"
