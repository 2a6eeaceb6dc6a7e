// Replays the fuzz corpora through the fuzz targets in the normal build (no libFuzzer):
// the seeds (samples, tests/third_party) and every input that once crashed must keep
// passing. Usage: omnimap-fuzz-replay [TARGET [FILE...]]; no arguments: every target,
// every file of its corpus folders.

#include "fuzztargets.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>

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
    const QStringList arguments = app.arguments().mid(1);
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
