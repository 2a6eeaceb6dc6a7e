#include "jsonsafety.h"

#include "projectfile.h"

#include <QCoreApplication>

#include <vector>

namespace omnimap {

namespace {

struct JsonsafetyTr { Q_DECLARE_TR_FUNCTIONS(omnimap::JsonReader) };

struct ScanProblem
{
    qint64 offset = -1;
    QString message;
};

// Walks the bytes once, tracking strings and container nesting. It does not validate
// the grammar (the parser does); it only refuses shapes that are too big to build.
ScanProblem prescan(const QByteArray &bytes, const ReadLimits &limits)
{
    struct Level
    {
        bool isArray;
        qint64 items;
    };
    std::vector<Level> stack;
    bool inString = false;
    bool escaped = false;
    qint64 stringStart = 0;
    const char *data = bytes.constData();
    const qint64 size = bytes.size();
    for (qint64 i = 0; i < size; ++i) {
        const char c = data[i];
        // A raw NUL is never valid JSON (controls must be escaped inside strings), and
        // nlohmann's lexer can take it for the end of input after a number.
        if (c == '\0')
            return {i, JsonsafetyTr::tr("invalid JSON: a NUL byte is not allowed")};
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
                if (i - stringStart > limits.maxStringBytes) {
                    return {stringStart,
                            JsonsafetyTr::tr("string longer than %1 bytes").arg(limits.maxStringBytes)};
                }
            }
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            stringStart = i;
            if (!stack.empty() && stack.back().isArray && stack.back().items == 0)
                stack.back().items = 1;
            break;
        case '[':
        case '{':
            if (!stack.empty() && stack.back().isArray && stack.back().items == 0)
                stack.back().items = 1;
            stack.push_back({c == '[', 0});
            if (static_cast<int>(stack.size()) > limits.maxDepth)
                return {i, JsonsafetyTr::tr("nesting deeper than %1 levels").arg(limits.maxDepth)};
            break;
        case ']':
        case '}':
            if (!stack.empty())
                stack.pop_back();
            break;
        case ',':
            if (!stack.empty() && stack.back().isArray) {
                if (++stack.back().items > limits.maxArrayItems) {
                    return {i, JsonsafetyTr::tr("array with more than %1 items").arg(limits.maxArrayItems)};
                }
            }
            break;
        default:
            break;
        }
    }
    return {};
}

} // namespace

QString describeOffset(const QByteArray &bytes, qint64 byteOffset)
{
    qint64 line = 1;
    qint64 lineStart = 0;
    const qint64 end = qMin<qint64>(byteOffset, bytes.size());
    for (qint64 i = 0; i < end; ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return JsonsafetyTr::tr("line %1, column %2 (byte %3)")
        .arg(line)
        .arg(byteOffset - lineStart + 1)
        .arg(byteOffset);
}

SafeJson parseUntrustedJson(const QByteArray &bytes, const ReadLimits &limits)
{
    SafeJson result;
    const ScanProblem problem = prescan(bytes, limits);
    if (problem.offset >= 0) {
        result.where = describeOffset(bytes, problem.offset);
        result.error = problem.message;
        return result;
    }
    try {
        // Iterator range, not a C string: embedded NULs are seen and rejected.
        result.value = nlohmann::json::parse(bytes.cbegin(), bytes.cend());
    } catch (const nlohmann::json::parse_error &e) {
        // e.byte is 1-based and points just past the offending character.
        const qint64 offset = e.byte > 0 ? static_cast<qint64>(e.byte) - 1 : 0;
        result.where = describeOffset(bytes, offset);
        QString detail = QString::fromUtf8(e.what());
        // Keep the parser's own explanation, without its internal prefix and position.
        const qsizetype colon = detail.indexOf(QLatin1String(": "));
        if (colon >= 0)
            detail = detail.mid(colon + 2);
        result.error = JsonsafetyTr::tr("invalid JSON: %1").arg(detail);
    } catch (const nlohmann::json::exception &e) {
        result.error = JsonsafetyTr::tr("invalid JSON: %1").arg(QString::fromUtf8(e.what()));
    }
    return result;
}

} // namespace omnimap
