// omnimap-render-icons: renders the application icon SVG into every raster form the
// installers need, at build time, so only the SVG is kept in git:
//   <out>/hicolor/<N>x<N>/apps/<name>.png  for the freedesktop icon theme (Linux),
//   <out>/<name>.ico                       for the Windows executable and installer,
//   <out>/<name>.icns                      for the macOS bundle.
// The ICO and ICNS containers are written here (PNG-compressed entries, supported since
// Windows Vista and macOS 10.7) because Qt has no multi-size writer for either.
//
// Usage: omnimap-render-icons ICON.svg OUTPUT_DIR NAME

#include <QBuffer>
#include <QByteArray>
#include <QDataStream>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>

#include <cstdio>
#include <utility>
#include <vector>

namespace {

constexpr int kThemeSizes[] = { 16, 32, 48, 64, 128, 256 };
constexpr int kIcoSizes[] = { 16, 32, 48, 64, 128, 256 };
// ICNS entry types: PNG payloads, one per pixel size.
const std::pair<const char *, int> kIcnsEntries[]
    = { { "icp4", 16 },  { "icp5", 32 },  { "icp6", 64 },  { "ic07", 128 },
        { "ic08", 256 }, { "ic09", 512 }, { "ic10", 1024 } };

void fail(const QString &message)
{
    std::fprintf(stderr, "omnimap-render-icons: %s\n", qPrintable(message));
}

QByteArray renderPng(QSvgRenderer &renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();

    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        fail(path + QStringLiteral(": ") + file.errorString());
        return false;
    }
    return true;
}

QByteArray icoContainer(const std::vector<std::pair<int, QByteArray>> &images)
{
    QByteArray ico;
    QDataStream out(&ico, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    out << quint16(0) << quint16(1) << quint16(images.size());
    quint32 offset = 6 + 16 * quint32(images.size());
    for (const auto &[size, png] : images) {
        // A width or height of 256 is stored as 0 in the one-byte fields.
        const quint8 side = size >= 256 ? 0 : quint8(size);
        out << side << side << quint8(0) << quint8(0) << quint16(1) << quint16(32) << quint32(png.size())
            << offset;
        offset += quint32(png.size());
    }
    for (const auto &image : images)
        out.writeRawData(image.second.constData(), int(image.second.size()));
    return ico;
}

QByteArray icnsContainer(const std::vector<std::pair<const char *, QByteArray>> &entries)
{
    QByteArray body;
    QDataStream out(&body, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::BigEndian);
    for (const auto &[type, png] : entries) {
        out.writeRawData(type, 4);
        out << quint32(8 + png.size());
        out.writeRawData(png.constData(), int(png.size()));
    }
    QByteArray icns;
    QDataStream header(&icns, QIODevice::WriteOnly);
    header.setByteOrder(QDataStream::BigEndian);
    header.writeRawData("icns", 4);
    header << quint32(8 + body.size());
    return icns + body;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 4) {
        fail(QStringLiteral("usage: omnimap-render-icons ICON.svg OUTPUT_DIR NAME"));
        return 2;
    }
    const QString svgPath = QString::fromLocal8Bit(argv[1]);
    const QDir outDir(QString::fromLocal8Bit(argv[2]));
    const QString name = QString::fromLocal8Bit(argv[3]);

    QSvgRenderer renderer(svgPath);
    if (!renderer.isValid()) {
        fail(svgPath + QStringLiteral(": not a valid SVG file"));
        return 1;
    }

    for (const int size : kThemeSizes) {
        const QString dir = QStringLiteral("hicolor/%1x%1/apps").arg(size);
        if (!outDir.mkpath(dir)) {
            fail(outDir.filePath(dir) + QStringLiteral(": cannot create the folder"));
            return 1;
        }
        if (!writeFile(outDir.filePath(dir + QLatin1Char('/') + name + QStringLiteral(".png")),
                       renderPng(renderer, size)))
            return 1;
    }

    std::vector<std::pair<int, QByteArray>> icoImages;
    for (const int size : kIcoSizes)
        icoImages.emplace_back(size, renderPng(renderer, size));
    if (!writeFile(outDir.filePath(name + QStringLiteral(".ico")), icoContainer(icoImages)))
        return 1;

    std::vector<std::pair<const char *, QByteArray>> icnsImages;
    for (const auto &[type, size] : kIcnsEntries)
        icnsImages.emplace_back(type, renderPng(renderer, size));
    if (!writeFile(outDir.filePath(name + QStringLiteral(".icns")), icnsContainer(icnsImages)))
        return 1;
    return 0;
}
