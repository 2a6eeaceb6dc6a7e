// Replays the fuzz corpora through the fuzz targets in the normal build (no libFuzzer):
// the seeds (samples, tests/third_party) and every input that once crashed must keep
// passing. Usage: test_fuzz_corpus [TARGET [FILE...]]; no arguments: every target,
// every file of its corpus folders.
//
// test_fuzz_corpus --mutate SECONDS [TARGET]: a plain random mutator (no coverage
// guidance, no sanitizers) over the same corpora, for machines without the clang build;
// prints executions per target and saves a failing input as fuzz-finding-TARGET.

#include "fuzztargets.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <unistd.h>
#include <fcntl.h>

namespace {

using omnimap::fuzz::Entry;

/// The repository folders a target's corpus is made of (see docs/robustness.md).
QStringList corpusFolders(const QString &target)
{
    const QString source = QStringLiteral(OMNIMAP_SOURCE_DIR);
    QStringList folders{source + QStringLiteral("/tests/fuzz/corpus/") + target};
    if (target == QLatin1String("project") || target == QLatin1String("export") || target == QLatin1String("segment_sql"))
        folders << source + QStringLiteral("/resources/samples");
    if (target == QLatin1String("ojf"))
        folders << source + QStringLiteral("/tests/third_party/interop/openjourney");
    if (target == QLatin1String("events_csv") || target == QLatin1String("paths_csv"))
        folders << source + QStringLiteral("/tests/third_party/conformance/csv-spectrum/csvs");
    if (target == QLatin1String("project"))
        folders << source + QStringLiteral("/tests/third_party/conformance/JSONTestSuite/test_parsing");
    return folders;
}

/// The input being run, written out by the crash handler (async-signal-safe calls only).
QByteArray g_current;
char g_findingPath[256] = {};

void saveCurrent(int)
{
    const int fd = ::open(g_findingPath, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) {
        (void)!::write(fd, g_current.constData(), std::size_t(g_current.size()));
        ::close(fd);
    }
    std::signal(SIGABRT, SIG_DFL);
    std::signal(SIGSEGV, SIG_DFL);
    std::abort();
}

QByteArray mutate(const QByteArray &input, const QList<QByteArray> &corpus, QRandomGenerator &random)
{
    static const char *const tokens[] = {"\"\"", "null", "1e309", "-1", "[]", "{}", "\"id\"", "\"stageId\"", "\\u0000",
                                         "\xff", "\xed\xa0\x80", "inf", "NaN", ",", "\n", "\"", " > ", "../", "<script>",
                                         "data:image/png;base64,"};
    QByteArray data = input;
    const int edits = 1 + int(random.bounded(8));
    for (int e = 0; e < edits; ++e) {
        const qsizetype size = data.size();
        const qsizetype at = size > 0 ? qsizetype(random.bounded(quint32(size))) : 0;
        switch (random.bounded(6)) {
        case 0: // flip a byte
            if (size > 0)
                data[at] = char(data.at(at) ^ (1 << random.bounded(8)));
            break;
        case 1: // random byte
            data.insert(at, char(random.bounded(256)));
            break;
        case 2: // delete a range
            if (size > 0)
                data.remove(at, qsizetype(random.bounded(quint32(qMin<qsizetype>(64, size - at)) + 1)));
            break;
        case 3: { // duplicate a range
            const qsizetype length = qMin<qsizetype>(qsizetype(random.bounded(256)), size - at);
            data.insert(at, data.mid(at, length));
            break;
        }
        case 4: // a token of the formats
            data.insert(at, tokens[random.bounded(int(std::size(tokens)))]);
            break;
        default: { // splice with another input
            const QByteArray &other = corpus.at(random.bounded(int(corpus.size())));
            if (!other.isEmpty()) {
                const qsizetype from = qsizetype(random.bounded(quint32(other.size())));
                data = data.left(at) + other.mid(from, qsizetype(random.bounded(4096)));
            }
            break;
        }
        }
    }
    return data.left(256 * 1024);
}

int mutateFor(const Entry &entry, const QStringList &files, int seconds)
{
    QList<QByteArray> corpus;
    for (const QString &path : files) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            corpus.append(file.readAll());
    }
    if (corpus.isEmpty())
        return 0;
    std::snprintf(g_findingPath, sizeof g_findingPath, "fuzz-finding-%s", entry.name);
    std::signal(SIGABRT, saveCurrent);
    std::signal(SIGSEGV, saveCurrent);
    QRandomGenerator random{quint32(QDateTime::currentMSecsSinceEpoch())};
    QElapsedTimer timer;
    timer.start();
    qint64 runs = 0;
    while (timer.elapsed() < qint64(seconds) * 1000) {
        g_current = mutate(corpus.at(random.bounded(int(corpus.size()))), corpus, random);
        entry.run(reinterpret_cast<const std::uint8_t *>(g_current.constData()), std::size_t(g_current.size()));
        ++runs;
    }
    std::printf("%s: %lld runs in %d s (%.0f/s)\n", entry.name, static_cast<long long>(runs), seconds,
                double(runs) * 1000.0 / double(qMax<qint64>(1, timer.elapsed())));
    std::fflush(stdout);
    return int(qMin<qint64>(runs, 1 << 30));
}

int replay(const Entry &entry, const QStringList &files)
{
    int count = 0;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        std::fprintf(stderr, "%s: %s\n", entry.name, qPrintable(path));
        entry.run(reinterpret_cast<const std::uint8_t *>(bytes.constData()), std::size_t(bytes.size()));
        ++count;
    }
    return count;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    qSetMessagePattern(QStringLiteral("%{if-critical}%{message}%{endif}"));
    QStringList arguments = app.arguments().mid(1);
    int mutateSeconds = 0;
    if (arguments.value(0) == QLatin1String("--mutate")) {
        mutateSeconds = arguments.value(1).toInt();
        arguments = arguments.mid(2);
    }
    int total = 0;
    for (const Entry &entry : omnimap::fuzz::kTargets) {
        if (!arguments.isEmpty() && arguments.constFirst() != QLatin1String(entry.name))
            continue;
        QStringList files = arguments.mid(1);
        if (files.isEmpty()) {
            for (const QString &folder : corpusFolders(QString::fromLatin1(entry.name))) {
                QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
                while (it.hasNext()) {
                    const QString path = it.next();
                    if (!path.endsWith(QLatin1String(".md")) && !path.contains(QLatin1String("LICENSE"))
                        && !path.contains(QLatin1String("NOTICE")))
                        files << path;
                }
            }
            files.sort();
        }
        if (mutateSeconds > 0) {
            total += mutateFor(entry, files, mutateSeconds);
            continue;
        }
        const int n = replay(entry, files);
        std::printf("%s: %d inputs replayed\n", entry.name, n);
        total += n;
    }
    if (total == 0) {
        std::fprintf(stderr, "no inputs replayed (unknown target?)\n");
        return 1;
    }
    return 0;
}
