// Persona pictures are images embedded in the project; a path in a project file is never
// opened (issue 21: /etc/shadow embedded in a PDF, a FIFO hanging export --pdf).

#include "robustnesstest.h"

#include "format/avatar.h"
#include "format/projectfile.h"
#include "render/avatarimage.h"
#include "report/mapexport.h"
#include "report/pdfreport.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTest>

#include <sys/stat.h>

namespace omnimap::test {

namespace {

QByteArray encoded(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

QImage checker(int side)
{
    QImage image(side, side, QImage::Format_RGB32);
    for (int y = 0; y < side; ++y)
        for (int x = 0; x < side; ++x)
            image.setPixel(x, y, ((x / 4 + y / 4) % 2) ? qRgb(255, 0, 0) : qRgb(0, 0, 255));
    return image;
}

/// A PNG whose header claims `width` × `height` (the rest is a valid-looking stub).
QByteArray pngHeaderClaiming(quint32 width, quint32 height)
{
    QByteArray png = encoded(checker(8), "png");
    auto put = [&png](int offset, quint32 v) {
        png[offset] = char(v >> 24);
        png[offset + 1] = char(v >> 16);
        png[offset + 2] = char(v >> 8);
        png[offset + 3] = char(v);
    };
    put(16, width); // IHDR data starts at 16: width, height (CRC left stale on purpose)
    put(20, height);
    return png;
}

Project sampleWithAvatar(const QString &avatar)
{
    LoadResult loaded = loadProjectFile(QStringLiteral(OMNIMAP_SOURCE_DIR "/resources/samples/cafe-order-pickup.omnimap"));
    Project project = loaded.ok() ? *loaded.project : Project{};
    for (Persona &p : project.personas)
        p.avatar = avatar;
    return project;
}

} // namespace

void AvatarTest::embeddedPngDecodes()
{
    const QImage original = checker(32);
    for (const char *format : {"png", "jpeg"}) {
        const QString uri = Avatar::toDataUri(encoded(original, format));
        QVERIFY(uri.startsWith(QStringLiteral("data:image/") + QLatin1String(format) + QStringLiteral(";base64,")));
        const QImage decoded = decodeAvatarImage(uri);
        QCOMPARE(decoded.size(), QSize(32, 32));
        // Top-left 4×4 block is blue in the original (x/4 + y/4 even).
        QVERIFY(qBlue(decoded.pixel(1, 1)) > 200 && qRed(decoded.pixel(1, 1)) < 60);
    }
}

void AvatarTest::rejectsWhatIsNotEmbedded_data()
{
    QTest::addColumn<QString>("avatar");
    const QByteArray png = encoded(checker(8), "png");
    const QByteArray jpeg = encoded(checker(8), "jpeg");
    QTest::newRow("absolute path") << QStringLiteral("/etc/passwd");
    QTest::newRow("traversal") << QStringLiteral("../../secret.png");
    QTest::newRow("file url") << QStringLiteral("file:///etc/shadow");
    QTest::newRow("resource") << QStringLiteral(":/avatars/a1.png");
    QTest::newRow("http") << QStringLiteral("https://example.com/a.png");
    QTest::newRow("svg data") << QStringLiteral("data:image/svg+xml;base64,") + QString::fromLatin1(QByteArray("<svg/>").toBase64());
    QTest::newRow("jpeg declared png") << QStringLiteral("data:image/png;base64,") + QString::fromLatin1(jpeg.toBase64());
    QTest::newRow("not base64") << QStringLiteral("data:image/png;base64,%%%%");
    QTest::newRow("no base64 marker") << QStringLiteral("data:image/png,") + QString::fromLatin1(png.toBase64());
    QByteArray big = png;
    big.append(QByteArray(Avatar::kMaxBytes, 'x')); // a valid signature but more than the limit
    QTest::newRow("too large") << QStringLiteral("data:image/png;base64,") + QString::fromLatin1(big.toBase64());
}

void AvatarTest::rejectsWhatIsNotEmbedded()
{
    QFETCH(QString, avatar);
    QVERIFY(!Avatar::decodeDataUri(avatar).has_value());
    QVERIFY(decodeAvatarImage(avatar).isNull());
}

void AvatarTest::loaderDropsPathsWithWarning()
{
    QTemporaryDir dir;
    // A real, readable picture at the path: if anything opened it, the avatar would decode.
    const QString picture = dir.filePath(QStringLiteral("face.png"));
    QVERIFY(checker(16).save(picture));
    Project project = sampleWithAvatar(picture);
    const QString embedded = Avatar::toDataUri(encoded(checker(16), "png"));
    project.personas[0].avatar = embedded;
    const LoadResult loaded = readProject(writeProject(project), QStringLiteral("old.omnimap"));
    QVERIFY(loaded.ok());
    QVERIFY(!hasErrors(loaded.diagnostics)); // a warning: the file still opens and validates
    int warnings = 0;
    for (const Diagnostic &d : loaded.diagnostics) {
        if (d.severity == Diagnostic::Severity::Warning && d.where.endsWith(QStringLiteral("/avatar")))
            ++warnings;
    }
    QCOMPARE(warnings, int(project.personas.size()) - 1);
    QCOMPARE(loaded.project->personas.at(0).avatar, embedded);
    for (qsizetype i = 1; i < loaded.project->personas.size(); ++i)
        QVERIFY(loaded.project->personas.at(i).avatar.isEmpty());
}

void AvatarTest::exportsNeverOpenAvatarPath()
{
    // A model built in memory (not through the loader) with a FIFO as avatar: opening it
    // would block forever. Both the SVG map and the PDF must finish and not read it.
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("avatar.png"));
    QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const Project project = sampleWithAvatar(fifo);
    QVERIFY(!project.personas.isEmpty());
    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY2(MapExport::writeSvg(dir.filePath(QStringLiteral("m.svg")), project, project.journeys.constFirst().id, {}, &error),
             qPrintable(error));
    PdfReport report(project, ReportOptions{});
    QVERIFY2(report.writePdf(dir.filePath(QStringLiteral("p.pdf")), &error), qPrintable(error));
    QVERIFY(timer.elapsed() < 60000);

    // The CLI on a project file naming the FIFO: loads with a warning, exports, returns.
    QFile file(dir.filePath(QStringLiteral("plan.omnimap")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(writeProject(project));
    file.close();
    QProcess cli;
    cli.start(QStringLiteral(OMNIMAP_CLI_PATH), {QStringLiteral("export"), file.fileName(), QStringLiteral("--pdf"),
                                                   dir.filePath(QStringLiteral("cli.pdf"))});
    QVERIFY(cli.waitForFinished(90000));
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("cli.pdf"))));
}

void AvatarTest::hugeDimensionsAreRefused()
{
    // 60000 × 60000 RGBA would be 14 GB: refused from the header, before allocating.
    const QString uri = Avatar::toDataUri(pngHeaderClaiming(60000, 60000));
    QVERIFY(!uri.isEmpty());
    QVERIFY(decodeAvatarImage(uri).isNull());
}

void AvatarTest::pickedFileBecomesEmbedded()
{
    QTemporaryDir dir;
    const QString photo = dir.filePath(QStringLiteral("photo.jpg"));
    QImage wide = checker(64).scaled(128, 64);
    QVERIFY(wide.save(photo, "JPEG"));
    QString error;
    const QString uri = avatarFromImageFile(photo, &error, 40);
    QVERIFY2(!uri.isEmpty(), qPrintable(error));
    QVERIFY(uri.startsWith(QStringLiteral("data:image/png;base64,")));
    QCOMPARE(decodeAvatarImage(uri).size(), QSize(40, 40)); // cropped square, then scaled
    // Not a picture, a FIFO, a folder: refused with a reason, never blocking.
    QFile text(dir.filePath(QStringLiteral("notes.png")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("hello");
    text.close();
    QVERIFY(avatarFromImageFile(text.fileName(), &error).isEmpty());
    QVERIFY(!error.isEmpty());
    const QString fifo = dir.filePath(QStringLiteral("pipe.png"));
    QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QVERIFY(avatarFromImageFile(fifo, &error).isEmpty());
    QVERIFY(avatarFromImageFile(dir.path(), &error).isEmpty());
    const QString huge = dir.filePath(QStringLiteral("huge.png"));
    QFile hugeFile(huge);
    QVERIFY(hugeFile.open(QIODevice::WriteOnly));
    hugeFile.write(pngHeaderClaiming(50000, 50000));
    hugeFile.close();
    QVERIFY(avatarFromImageFile(huge, &error).isEmpty());
}

} // namespace omnimap::test
