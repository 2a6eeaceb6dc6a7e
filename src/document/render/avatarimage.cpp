#include "avatarimage.h"

#include "format/avatar.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>

namespace omnimap {

namespace {

struct AvatarimageTr { Q_DECLARE_TR_FUNCTIONS(omnimap::Avatar) };

/// Decodes `device` as `format` only (no content sniffing of other formats), refusing
/// pictures whose header claims more than Avatar::kMaxSide pixels a side.
QImage readLimited(QIODevice *device, const QByteArray &format, QString *error)
{
    QImageReader reader(device, format);
    reader.setDecideFormatFromContent(false);
    reader.setAutoTransform(false);
    const QSize size = reader.size();
    if (!size.isValid() || size.width() > Avatar::kMaxSide || size.height() > Avatar::kMaxSide) {
        if (error)
            *error = AvatarimageTr::tr("the picture is larger than %1 × %1 pixels or its size cannot be read").arg(Avatar::kMaxSide);
        return {};
    }
    QImage image;
    if (!reader.read(&image)) {
        if (error)
            *error = reader.errorString();
        return {};
    }
    return image;
}

} // namespace

QImage decodeAvatarImage(const QString &avatar)
{
    const std::optional<Avatar::Embedded> embedded = Avatar::decodeDataUri(avatar);
    if (!embedded)
        return {};
    QBuffer buffer;
    buffer.setData(embedded->bytes);
    buffer.open(QIODevice::ReadOnly);
    return readLimited(&buffer, embedded->format, nullptr);
}

QString avatarFromImageFile(const QString &path, QString *error, int side)
{
    // A picture the user chose; still only a regular file (opening a FIFO would block
    // until someone writes to it) and at most what a photo plausibly is.
    if (!QFileInfo(path).isFile()) {
        if (error)
            *error = AvatarimageTr::tr("%1 is not a picture file").arg(path);
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = AvatarimageTr::tr("cannot open %1: %2").arg(path, file.errorString());
        return {};
    }
    constexpr qint64 kMaxFileBytes = 32LL * 1024 * 1024;
    if (file.isSequential() || file.size() > kMaxFileBytes) {
        if (error)
            *error = AvatarimageTr::tr("%1 is not a picture file of at most 32 MB").arg(path);
        return {};
    }
    const QByteArray head = file.peek(8);
    QByteArray format;
    if (head.startsWith(QByteArrayLiteral("\x89PNG")))
        format = "png";
    else if (head.startsWith(QByteArrayLiteral("\xFF\xD8\xFF")))
        format = "jpeg";
    if (format.isEmpty()) {
        if (error)
            *error = AvatarimageTr::tr("%1 is not a PNG or JPEG picture").arg(path);
        return {};
    }
    QString reason;
    QImage image = readLimited(&file, format, &reason);
    if (image.isNull()) {
        if (error)
            *error = AvatarimageTr::tr("cannot read the picture %1: %2").arg(path, reason);
        return {};
    }
    const int square = std::min(image.width(), image.height());
    image = image.copy((image.width() - square) / 2, (image.height() - square) / 2, square, square)
                .scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    const QString uri = Avatar::toDataUri(png);
    if (uri.isEmpty() && error)
        *error = AvatarimageTr::tr("the picture is too large to embed");
    return uri;
}

} // namespace omnimap
