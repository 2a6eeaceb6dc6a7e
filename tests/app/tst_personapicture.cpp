// The persona picture through the real window: open a plan whose persona names a picture
// file (an older version's format) — it is not read —, open the persona's editor, Choose
// Photo… (a scripted dialog answers), undo, redo, Remove Photo.

#include "fixture.h"
#include "mainwindow.h"
#include "persona/personaeditor.h"
#include "scripteddialogs.h"

#include "document/document.h"
#include "document/render/avatarimage.h"
#include "format/projectfile.h"
#include "model/lookup.h"

#include <QApplication>
#include <QImage>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace omnimap;

class TestPersonaPicture : public QObject
{
    Q_OBJECT

private slots:
    void chooseUndoRemove();
};

void TestPersonaPicture::chooseUndoRemove()
{
    QTemporaryDir dir;
    MainWindow window;
    auto scripted = std::make_unique<testing::ScriptedDialogs>();
    testing::ScriptedDialogs *dialogs = scripted.get();
    window.setDialogService(std::move(scripted));
    window.setRecoveryDirectory(dir.filePath(QStringLiteral("recovery")));
    window.resize(1600, 1000);
    window.show();

    // A readable picture at the path the file names: were it opened, the avatar would show.
    const QString oldPicture = dir.filePath(QStringLiteral("old.png"));
    QImage red(64, 64, QImage::Format_RGB32);
    red.fill(Qt::red);
    QVERIFY(red.save(oldPicture));
    Project project = testing::cafeProject();
    QVERIFY(!project.personas.isEmpty());
    const Id personaId = project.personas.constFirst().id;
    project.personas[0].avatar = oldPicture;
    const QString path = dir.filePath(QStringLiteral("plan.omnimap"));
    QVERIFY(saveProjectFile(path, project).ok);
    QVERIFY(window.openFile(path));
    auto persona = [&window, &personaId] { return *findById(window.document()->project().personas, personaId); };
    QVERIFY(persona().avatar.isEmpty()); // dropped with a warning, never read

    window.showPersona(personaId);
    auto *editor = window.findChild<PersonaEditor *>();
    QVERIFY(editor && editor->isVisible());
    auto *choose = editor->findChild<QPushButton *>(QStringLiteral("choosePhotoButton"));
    auto *remove = editor->findChild<QPushButton *>(QStringLiteral("removePhotoButton"));
    QVERIFY(choose && remove);

    // A 300 × 200 JPEG whose centre square is blue and sides are green: cropped to the square.
    QImage photo(300, 200, QImage::Format_RGB32);
    photo.fill(Qt::green);
    for (int y = 0; y < 200; ++y)
        for (int x = 50; x < 250; ++x)
            photo.setPixel(x, y, qRgb(0, 0, 255));
    const QString photoPath = dir.filePath(QStringLiteral("photo.jpg"));
    QVERIFY(photo.save(photoPath, "JPEG", 95));
    dialogs->imageName = photoPath;
    QTest::mouseClick(choose, Qt::LeftButton);
    const QString embedded = persona().avatar;
    QVERIFY(embedded.startsWith(QStringLiteral("data:image/png;base64,")));
    const QImage shown = decodeAvatarImage(embedded);
    QCOMPARE(shown.size(), QSize(160, 160));
    QVERIFY(qBlue(shown.pixel(2, 80)) > 200 && qGreen(shown.pixel(2, 80)) < 80); // the green sides were cut off

    QUndoStack *undo = window.document()->undoStack();
    undo->undo();
    QVERIFY(persona().avatar.isEmpty());
    undo->redo();
    QCOMPARE(persona().avatar, embedded);

    // Not a picture: an error, the avatar unchanged.
    const QString notPicture = dir.filePath(QStringLiteral("notes.png"));
    QFile text(notPicture);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("not an image");
    text.close();
    dialogs->imageName = notPicture;
    dialogs->asked.clear();
    QTest::mouseClick(choose, Qt::LeftButton);
    QCOMPARE(dialogs->asked.size(), 1);
    QVERIFY(dialogs->asked.constFirst().startsWith(QStringLiteral("error:")));
    QCOMPARE(persona().avatar, embedded);

    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(persona().avatar.isEmpty());
    undo->undo();
    QCOMPARE(persona().avatar, embedded);
}

QTEST_MAIN(TestPersonaPicture)
#include "tst_personapicture.moc"
