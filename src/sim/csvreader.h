#pragma once

#include <QFile>
#include <QString>

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace omnimap::sim {

/// Streaming RFC 4180 reader: quoted fields with "" escapes and embedded line breaks,
/// CRLF / LF / CR record ends, an optional UTF-8 byte-order mark, and `,` `;` or tab as
/// delimiter, detected from the header line. Memory stays bounded by one read chunk
/// plus the longest record, whatever the file size.
class CsvReader final
{
public:
    struct Options
    {
        char delimiter = 0;                          ///< 0: detect from the first line
        std::int64_t maxFieldBytes = 64 * 1024 * 1024; ///< longer fields are an error
    };

    CsvReader();
    explicit CsvReader(const Options &options);

    /// Opens a file (or, for tests, reads from `bytes`). False with errorString() on failure.
    bool open(const QString &path);
    void openBytes(const QByteArray &bytes);

    /// Reads the next record. False at the end of input or on an error (see hasError()).
    /// Blank lines are skipped.
    bool readRecord();

    int fieldCount() const { return int(m_fieldEnds.size()); }
    std::string_view field(int index) const
    {
        const std::size_t begin = index == 0 ? 0 : m_fieldEnds[std::size_t(index) - 1];
        return std::string_view(m_data.data() + begin, m_fieldEnds[std::size_t(index)] - begin);
    }
    /// Field `index` of the NEXT record, when it can be seen cheaply: unquoted, before any
    /// quote of that record and already in the read buffer; else an empty view. Only a
    /// hint for prefetching (the record is still read and checked by readRecord()).
    std::string_view peekNextField(int index) const;

    /// Whether field `index` of the current record was quoted.
    bool fieldQuoted(int index) const { return m_quoted[std::size_t(index)] != 0; }

    /// Physical line (1-based) where the current record starts.
    std::int64_t recordLine() const { return m_recordLine; }
    char delimiter() const { return m_delimiter; }
    bool hadByteOrderMark() const { return m_bom; }

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    std::int64_t errorLine() const { return m_errorLine; }
    int errorColumn() const { return m_errorColumn; }

    std::int64_t bytesConsumed() const { return m_consumedBefore + std::int64_t(m_pos); }
    std::int64_t totalBytes() const { return m_totalBytes; }

private:
    static constexpr int kEof = -1;

    int next()
    {
        if (m_pos < m_end)
            return static_cast<unsigned char>(m_buffer[m_pos++]);
        return refillAndNext();
    }
    int peek()
    {
        if (m_pos < m_end)
            return static_cast<unsigned char>(m_buffer[m_pos]);
        if (refill())
            return static_cast<unsigned char>(m_buffer[m_pos]);
        return kEof;
    }
    int refillAndNext();
    bool refill();
    void start();
    void detectDelimiter();
    bool fail(const QString &message, std::int64_t line, int column);
    void appendByte(char c);

    Options m_options;
    QFile m_file;
    QByteArray m_bytes; ///< in-memory source, when not reading a file
    bool m_fromBytes = false;
    bool m_eof = false;
    std::vector<char> m_buffer;
    std::size_t m_pos = 0;
    std::size_t m_end = 0;
    std::int64_t m_consumedBefore = 0;
    std::int64_t m_totalBytes = 0;

    std::vector<char> m_data;
    std::size_t m_dataSize = 0;
    std::vector<std::size_t> m_fieldEnds;
    std::vector<char> m_quoted;

    char m_delimiter = ',';
    std::array<unsigned char, 256> m_stops{}; ///< 1 for the delimiter, CR, LF and NUL
    bool m_bom = false;
    std::int64_t m_line = 1;
    std::int64_t m_recordLine = 1;
    QString m_error;
    std::int64_t m_errorLine = 0;
    int m_errorColumn = 0;
};

} // namespace omnimap::sim
