#include "csvreader.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace omnimap::sim {

namespace {

constexpr std::size_t kChunkBytes = 1 << 20;

struct CsvreaderTr { Q_DECLARE_TR_FUNCTIONS(omnimap::sim) };

/// Index of the first byte that is not part of well-formed UTF-8 (RFC 3629: no overlong
/// forms, no surrogates, nothing above U+10FFFF), or `size` when all of it is.
std::size_t firstInvalidUtf8(const unsigned char *s, std::size_t size)
{
    std::size_t i = 0;
    while (i < size) {
        // ASCII eight bytes at a time (ids, times and numbers are ASCII).
        while (i + 8 <= size) {
            std::uint64_t word;
            std::memcpy(&word, s + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const unsigned char b = s[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        std::size_t n = 0;
        unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (b >= 0xC2 && b <= 0xDF) {
            n = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            n = 2;
            if (b == 0xE0)
                lo = 0xA0;
            else if (b == 0xED)
                hi = 0x9F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            n = 3;
            if (b == 0xF0)
                lo = 0x90;
            else if (b == 0xF4)
                hi = 0x8F;
        } else {
            return i;
        }
        if (i + n >= size)
            return i;
        if (s[i + 1] < lo || s[i + 1] > hi)
            return i;
        for (std::size_t k = 2; k <= n; ++k) {
            if (s[i + k] < 0x80 || s[i + k] > 0xBF)
                return i;
        }
        i += n + 1;
    }
    return size;
}

} // namespace

CsvReader::CsvReader() = default;

CsvReader::CsvReader(const Options &options)
    : m_options(options)
{
}

bool CsvReader::open(const QString &path)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_error = m_file.errorString();
        return false;
    }
    m_fromBytes = false;
    m_totalBytes = m_file.size();
    start();
    return true;
}

void CsvReader::openBytes(const QByteArray &bytes)
{
    m_bytes = bytes;
    m_fromBytes = true;
    m_totalBytes = bytes.size();
    start();
}

void CsvReader::start()
{
    // No bigger than the input: a fresh 1 MB zero-filled buffer per small import (a pasted
    // table, a fuzz input) cost more than parsing it, most of it page faults.
    const std::int64_t chunk = m_totalBytes > 0 ? std::min<std::int64_t>(std::int64_t(kChunkBytes), m_totalBytes)
                                                : std::int64_t(kChunkBytes);
    m_buffer.resize(std::size_t(std::max<std::int64_t>(chunk, 4)));
    m_pos = m_end = 0;
    m_consumedBefore = 0;
    m_eof = false;
    m_line = 1;
    m_data.resize(4096);
    refill();
    if (m_end - m_pos >= 3 && std::memcmp(m_buffer.data() + m_pos, "\xEF\xBB\xBF", 3) == 0) {
        m_bom = true;
        m_pos += 3;
    }
    if (m_options.delimiter != 0)
        m_delimiter = m_options.delimiter;
    else
        detectDelimiter();
    // The bytes that end an unquoted run: one table look-up per byte instead of four
    // compares in the reader's innermost loop.
    m_stops.fill(0);
    for (const char c : {m_delimiter, '\n', '\r', '\0'})
        m_stops[static_cast<unsigned char>(c)] = 1;
}

bool CsvReader::refill()
{
    if (m_eof)
        return false;
    // Keep nothing: fields are copied into m_data as they are parsed, so the old chunk
    // can be dropped entirely.
    m_consumedBefore += std::int64_t(m_end);
    m_pos = m_end = 0;
    if (m_fromBytes) {
        const std::int64_t offset = m_consumedBefore;
        const std::int64_t n = std::min<std::int64_t>(std::int64_t(m_buffer.size()), m_bytes.size() - offset);
        if (n > 0) {
            std::memcpy(m_buffer.data(), m_bytes.constData() + offset, std::size_t(n));
            m_end = std::size_t(n);
        }
    } else {
        const qint64 n = m_file.read(m_buffer.data(), qint64(m_buffer.size()));
        if (n > 0)
            m_end = std::size_t(n);
    }
    if (m_end == 0) {
        m_eof = true;
        return false;
    }
    return true;
}

int CsvReader::refillAndNext()
{
    if (!refill())
        return kEof;
    return static_cast<unsigned char>(m_buffer[m_pos++]);
}

void CsvReader::detectDelimiter()
{
    // Count candidates on the first line of the first chunk, outside quotes; the most
    // frequent wins, `,` on a tie or when there is none.
    int counts[3] = {0, 0, 0};
    const char candidates[3] = {',', ';', '\t'};
    bool inQuotes = false;
    for (std::size_t i = m_pos; i < m_end; ++i) {
        const char c = m_buffer[i];
        if (c == '"')
            inQuotes = !inQuotes;
        else if (!inQuotes && (c == '\n' || c == '\r'))
            break;
        else if (!inQuotes) {
            for (int k = 0; k < 3; ++k)
                counts[k] += c == candidates[k] ? 1 : 0;
        }
    }
    int best = 0;
    for (int k = 1; k < 3; ++k) {
        if (counts[k] > counts[best])
            best = k;
    }
    m_delimiter = candidates[best];
}

bool CsvReader::fail(const QString &message, std::int64_t line, int column)
{
    m_error = message;
    m_errorLine = line;
    m_errorColumn = column;
    return false;
}

void CsvReader::appendByte(char c)
{
    if (m_dataSize == m_data.size())
        m_data.resize(m_data.size() * 2);
    m_data[m_dataSize++] = c;
}

std::string_view CsvReader::peekNextField(int index) const
{
    const char *p = m_buffer.data() + m_pos;
    const char *const end = m_buffer.data() + m_end;
    const char *begin = p;
    for (int field = 0; p < end; ++p) {
        const char c = *p;
        if (c == '"')
            return {};
        if (c == m_delimiter || c == '\n' || c == '\r') {
            if (field == index)
                return std::string_view(begin, std::size_t(p - begin));
            if (c != m_delimiter)
                return {};
            ++field;
            begin = p + 1;
        }
    }
    return {};
}

bool CsvReader::readRecord()
{
    if (hasError())
        return false;
    const char delimiter = m_delimiter;
    for (;;) {
        m_dataSize = 0;
        m_fieldEnds.clear();
        m_quoted.clear();
        m_recordLine = m_line;
        int c = next();
        if (c == kEof)
            return false;
        for (;;) {
            const int column = int(m_fieldEnds.size()) + 1;
            const std::size_t fieldStart = m_dataSize;
            const std::int64_t fieldLine = m_line;
            bool quoted = false;
            if (c == '"') {
                quoted = true;
                const std::int64_t quoteLine = m_line;
                for (;;) {
                    c = next();
                    if (c == kEof)
                        return fail(CsvreaderTr::tr("unclosed quote (the field starts on line %1)").arg(quoteLine), quoteLine, column);
                    if (c == '"') {
                        if (peek() == '"') {
                            next();
                            appendByte('"');
                            continue;
                        }
                        c = next();
                        break;
                    }
                    if (c == 0)
                        return fail(CsvreaderTr::tr("NUL byte in the data"), m_line, column);
                    if (c == '\n')
                        ++m_line;
                    else if (c == '\r' && peek() != '\n')
                        ++m_line;
                    appendByte(char(c));
                    if (std::int64_t(m_dataSize - fieldStart) > m_options.maxFieldBytes)
                        return fail(CsvreaderTr::tr("field longer than %1 bytes").arg(m_options.maxFieldBytes), m_recordLine, column);
                }
                if (c != delimiter && c != '\n' && c != '\r' && c != kEof)
                    return fail(CsvreaderTr::tr("unexpected character after a closing quote"), m_line, column);
            } else {
                // Fast path: copy the run of ordinary bytes straight from the chunk.
                while (c != delimiter && c != '\n' && c != '\r' && c != kEof) {
                    if (c == 0)
                        return fail(CsvreaderTr::tr("NUL byte in the data"), m_line, column);
                    appendByte(char(c));
                    std::size_t run = m_pos;
                    while (run < m_end && !m_stops[static_cast<unsigned char>(m_buffer[run])])
                        ++run;
                    const std::size_t n = run - m_pos;
                    if (n > 0) {
                        while (m_dataSize + n > m_data.size())
                            m_data.resize(m_data.size() * 2);
                        std::memcpy(m_data.data() + m_dataSize, m_buffer.data() + m_pos, n);
                        m_dataSize += n;
                        m_pos = run;
                    }
                    if (std::int64_t(m_dataSize - fieldStart) > m_options.maxFieldBytes)
                        return fail(CsvreaderTr::tr("field longer than %1 bytes").arg(m_options.maxFieldBytes), m_recordLine, column);
                    c = next();
                }
            }
            // One rule for text encoding, the same as the project loader's: the file must be
            // UTF-8; a field that is not is an error with its line and column (a CSV saved
            // as CP949 or Latin-1 is refused instead of storing unreadable names).
            const std::size_t bad = firstInvalidUtf8(reinterpret_cast<const unsigned char *>(m_data.data()) + fieldStart,
                                                     m_dataSize - fieldStart);
            if (bad != m_dataSize - fieldStart) {
                return fail(CsvreaderTr::tr("not UTF-8 text (byte 0x%1 at offset %2 of the field); save the file as CSV UTF-8")
                                .arg(uint(static_cast<unsigned char>(m_data[fieldStart + bad])), 2, 16, QLatin1Char('0'))
                                .arg(bad + 1),
                            fieldLine, column);
            }
            m_fieldEnds.push_back(m_dataSize);
            m_quoted.push_back(quoted ? 1 : 0);
            if (c == delimiter) {
                c = next();
                continue;
            }
            if (c == '\r') {
                if (peek() == '\n')
                    next();
                ++m_line;
            } else if (c == '\n') {
                ++m_line;
            }
            break;
        }
        const bool blank = m_fieldEnds.size() == 1 && m_dataSize == 0 && !m_quoted[0];
        if (!blank)
            return true;
    }
}

} // namespace omnimap::sim
