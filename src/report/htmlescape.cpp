#include "htmlescape.h"

#include <QRegularExpression>
#include <QStringList>

namespace omnimap::Html {

QString escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            continue;
        case '<':
            out += QLatin1String("&lt;");
            continue;
        case '>':
            out += QLatin1String("&gt;");
            continue;
        case '"':
            out += QLatin1String("&quot;");
            continue;
        case '\'':
            out += QLatin1String("&#39;");
            continue;
        case '\t':
        case '\n':
        case '\r':
            out += c;
            continue;
        default:
            break;
        }
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || (c.unicode() >= 0x80 && c.unicode() < 0xa0))
            continue; // controls have no business in a page (and some are invalid in XML/SVG)
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
            continue;
        }
        if (c.isSurrogate() || c.unicode() == 0xfffe || c.unicode() == 0xffff) {
            out += QChar(QChar::ReplacementCharacter);
            continue;
        }
        out += c;
    }
    return out;
}

QString escapeJoined(const QStringList &items, const QString &separator)
{
    QStringList escaped;
    escaped.reserve(items.size());
    for (const QString &item : items)
        escaped << escape(item);
    return escaped.join(escape(separator));
}

QString imageDataUri(const QString &uri)
{
    static const QRegularExpression safe(
        QStringLiteral("\\Adata:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/]+={0,2}\\z"));
    return safe.match(uri).hasMatch() ? uri : QString();
}

} // namespace omnimap::Html
