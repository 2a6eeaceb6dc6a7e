#include "avatar.h"

namespace omnimap::Avatar {

namespace {

QByteArray formatOf(const QByteArray &bytes)
{
    if (bytes.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1a\n")))
        return QByteArrayLiteral("png");
    if (bytes.startsWith(QByteArrayLiteral("\xFF\xD8\xFF")))
        return QByteArrayLiteral("jpeg");
    return {};
}

} // namespace

std::optional<Embedded> decodeDataUri(const QString &avatar)
{
    static const QLatin1String prefixes[] = {QLatin1String("data:image/png;base64,"),
                                             QLatin1String("data:image/jpeg;base64,")};
    // Base64 of kMaxBytes plus padding and the prefix: anything longer is too large.
    if (avatar.size() > (kMaxBytes / 3 + 1) * 4 + 32)
        return std::nullopt;
    for (const QLatin1String &prefix : prefixes) {
        if (!avatar.startsWith(prefix))
            continue;
        const QByteArray text = avatar.mid(prefix.size()).toLatin1();
        const QByteArray::FromBase64Result result =
            QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        if (!result || result.decoded.size() > kMaxBytes)
            return std::nullopt;
        const QByteArray &decoded = result.decoded;
        const QByteArray format = formatOf(decoded);
        // The declared type must be the real one: a decoder is only ever given its own format.
        if (format.isEmpty() || !prefix.endsWith(QLatin1String(format + ";base64,")))
            return std::nullopt;
        return Embedded{decoded, format};
    }
    return std::nullopt;
}

QString toDataUri(const QByteArray &bytes)
{
    const QByteArray format = formatOf(bytes);
    if (format.isEmpty() || bytes.size() > kMaxBytes)
        return {};
    return QStringLiteral("data:image/") + QString::fromLatin1(format) + QStringLiteral(";base64,")
        + QString::fromLatin1(bytes.toBase64());
}

} // namespace omnimap::Avatar
