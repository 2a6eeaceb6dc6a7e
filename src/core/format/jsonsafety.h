#pragma once

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace omnimap {

struct ReadLimits;

/// Result of parsing untrusted JSON text.
struct SafeJson
{
    std::optional<nlohmann::json> value;
    QString where; ///< "line 3, column 7 (byte 41)" of the first problem
    QString error; ///< translated reason
};

/// Parses JSON without trusting it. A linear pre-scan enforces the nesting depth,
/// string and array limits *before* nlohmann builds a tree, because nlohmann copies,
/// dumps and destroys values recursively: a deep document would overflow the stack
/// there even though its parser is iterative. The whole byte range is parsed (not a
/// NUL-terminated C string), so a NUL after a number is rejected instead of ending input.
SafeJson parseUntrustedJson(const QByteArray &bytes, const ReadLimits &limits);

/// "line L, column C (byte B)" for a byte offset in `bytes` (1-based line and column).
QString describeOffset(const QByteArray &bytes, qint64 byteOffset);

} // namespace omnimap
