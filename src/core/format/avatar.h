#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace omnimap {

/// A persona's picture is embedded in the project as a data URI, never a path: a project
/// file travels between companies, and a path in it would make Omnimap open (and export)
/// whatever local file it names. See docs/robustness.md.
namespace Avatar {

/// Largest embedded picture, decoded bytes (the persona editor stores 160 px PNGs, ~30 KB).
constexpr qint64 kMaxBytes = 512 * 1024;
/// Largest picture dimension a decoder is allowed to allocate for.
constexpr int kMaxSide = 2048;

struct Embedded
{
    QByteArray bytes;  ///< the PNG or JPEG file
    QByteArray format; ///< "png" or "jpeg", as QImageReader names them
};

/// The picture inside `avatar` when it is a `data:image/png;base64,…` or
/// `data:image/jpeg;base64,…` URI whose bytes start like that format and are at most
/// kMaxBytes; nothing otherwise (paths, other schemes, other types, bad base64).
std::optional<Embedded> decodeDataUri(const QString &avatar);

/// A data URI for a PNG or JPEG file's bytes (format from its signature); empty when the
/// bytes are neither or larger than kMaxBytes.
QString toDataUri(const QByteArray &bytes);

} // namespace Avatar
} // namespace omnimap
