#pragma once

#include <QImage>
#include <QString>

namespace omnimap {

/// The persona's picture for drawing (map header, PDF persona page, editor): decoded
/// only from an embedded PNG/JPEG data URI (format/avatar.h), by that format's decoder,
/// with its size checked before any pixel is allocated. Never reads a file: a null image
/// for anything else, and the caller draws initials.
QImage decodeAvatarImage(const QString &avatar);

/// A picture the user picked in a dialog, made into an avatar: read with the same
/// limits, cropped square, scaled to `side` px and stored as a PNG data URI. Empty and
/// `error` set when the file is not a readable PNG/JPEG (or too large to decode).
QString avatarFromImageFile(const QString &path, QString *error, int side = 160);

} // namespace omnimap
