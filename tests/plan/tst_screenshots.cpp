// Renders the role matrix and the checklist heat map of the café sample offscreen
// (Korean text included). OMNIMAP_PLAN_SCREENSHOTS=<dir> saves them as the PNGs used in
// docs/plan-tools.md.

#include "testregistry.h"

#include "app/plan/checklisteditor.h"
#include "app/plan/checklistheatmap.h"
#include "app/plan/rolematrixeditor.h"
#include "app/plan/rolematrixmodel.h"
#include "document/document.h"
#include "plan/checklistscore.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QTableView>
#include <QTest>

using namespace omnimap;

class TestPlanScreenshots final : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<Document> openSample()
    {
        const QString path = QStringLiteral(OMNIMAP_SOURCE_DIR "/resources/samples/cafe-order-pickup.omnimap");
        if (!QFileInfo::exists(path))
            return {};
        return Document::open(path);
    }

    static void save(const QPixmap &pixmap, const char *name)
    {
        const QString dir = qEnvironmentVariable("OMNIMAP_PLAN_SCREENSHOTS");
        if (!dir.isEmpty())
            QVERIFY(pixmap.save(QDir(dir).filePath(QLatin1String(name))));
    }

    // Not a blank grab: some pixels differ from the top-left one.
    static bool hasContent(const QPixmap &pixmap)
    {
        const QImage image = pixmap.toImage();
        const QRgb first = image.pixel(0, 0);
        int different = 0;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                different += image.pixel(x, y) != first;
        }
        return different > 50;
    }

private slots:
    void roleMatrix()
    {
        const auto doc = openSample();
        if (!doc)
            QSKIP("sample not bundled");
        RoleMatrixEditor editor(doc.get());
        editor.resize(1280, 560);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.model()->rowCount() > 0);
        editor.table()->setCurrentIndex(editor.model()->index(2, 2));
        const QPixmap shot = editor.grab();
        QVERIFY(hasContent(shot));
        save(shot, "role-matrix.png");
    }

    void checklistHeatMap()
    {
        const auto doc = openSample();
        if (!doc || doc->project().checklists.isEmpty())
            QSKIP("sample not bundled");
        ChecklistEditor editor(doc.get());
        ChecklistHeatMap *map = editor.heatMap();
        map->resize(map->sizeHint());
        const QPixmap shot = map->grab(QRect(QPoint(0, 0), map->sizeHint()));
        QVERIFY(hasContent(shot));
        save(shot, "checklist-heatmap.png");
    }
};

static RegisterPlanTest<TestPlanScreenshots> registration;

#include "tst_screenshots.moc"
