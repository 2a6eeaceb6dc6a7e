// Targets over the core: project load → save → load, segment rule → SQL, three-way merge.

#include "fuzztargets.h"

#include "dataset.h"
#include "format/projectfile.h"
#include "merge/projectmerge.h"
#include "segmentfilter.h"

#include <QByteArray>

namespace omnimap::fuzz {

namespace {

QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace

/// Anything the loader accepts saves and loads back to the same bytes (save is a fixed
/// point after one round), with no error on the second load.
int projectRoundTrip(const std::uint8_t *data, std::size_t size)
{
    const LoadResult first = readProject(bytesOf(data, size), QStringLiteral("fuzz.omnimap"));
    if (!first.ok())
        return 0;
    const QByteArray saved = writeProject(*first.project);
    const LoadResult second = readProject(saved, QStringLiteral("saved.omnimap"));
    if (!second.ok())
        finding("a loaded project does not load again after saving", qPrintable(second.errorString()));
    if (writeProject(*second.project) != saved)
        finding("save → load → save changed the bytes");
    return 0;
}

/// Segment rules from a project become SQL that prepares against the real schema, with
/// exactly one bound value per placeholder: text from the file that reached the SQL
/// would break the statement or change the number of placeholders.
int segmentSql(const std::uint8_t *data, std::size_t size)
{
    const LoadResult loaded = readProject(bytesOf(data, size), QStringLiteral("fuzz.omnimap"));
    if (!loaded.ok() || loaded.project->personas.isEmpty())
        return 0;
    static sim::DataSet *dataSet = [] {
        auto *d = new sim::DataSet;
        if (!d->open(QStringLiteral(":memory:"), sim::DataSet::OpenMode::Create))
            finding("cannot create an in-memory data set", qPrintable(d->errorString()));
        return d;
    }();
    for (const Persona &persona : loaded.project->personas) {
        const sim::SegmentSql sql = sim::segmentSql(persona.segmentRule);
        const QByteArray query = "SELECT count(*) FROM customers c WHERE " + sql.where.toUtf8();
        sim::SqliteStatement stmt = dataSet->db().prepare(query.constData());
        if (!stmt.isValid())
            finding("segment SQL does not prepare", query.constData());
        if (sqlite3_bind_parameter_count(stmt.handle()) != int(sql.values.size()))
            finding("placeholders and bound values differ", query.constData());
        for (int i = 0; i < sql.values.size(); ++i)
            stmt.bindText(i + 1, sql.values.at(i));
        if (stmt.step() != SQLITE_ROW)
            finding("segment SQL does not run", query.constData());
        std::vector<std::uint8_t> mask;
        QString error;
        if (!sim::segmentCustomerMask(*dataSet, persona.segmentRule, 16, mask, &error))
            finding("segmentCustomerMask failed", qPrintable(error));
    }
    return 0;
}

/// Input: "ours" and "theirs" project files separated by one NUL byte; the base is
/// "ours" as loaded. Merging must not crash, and a merge that says ok() gives a plan that
/// saves and loads back without error.
int threeWayMerge(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = bytesOf(data, size);
    const qsizetype cut = bytes.indexOf('\0');
    if (cut < 0)
        return 0;
    const LoadResult ours = readProject(bytes.left(cut), QStringLiteral("ours.omnimap"));
    const LoadResult theirs = readProject(bytes.mid(cut + 1), QStringLiteral("theirs.omnimap"));
    if (!ours.ok() || !theirs.ok())
        return 0;
    // Three different versions: base = ours minus its last journey and persona, so items
    // are added on one side, changed on both, and deleted.
    Project base = *ours.project;
    if (!base.journeys.isEmpty())
        base.journeys.removeLast();
    if (!base.personas.isEmpty())
        base.personas.removeLast();
    for (const auto &[b, o, t] : {std::tuple<const Project *, const Project *, const Project *>{&base, &*ours.project, &*theirs.project},
                                  {&*theirs.project, &*ours.project, &base}}) {
        const MergeResult merged = mergeProjects(*b, *o, *t);
        if (!merged.ok())
            continue;
        const Project recorded = withRecordedConflicts(merged.merged, merged.conflicts);
        const LoadResult back = readProject(writeProject(recorded), QStringLiteral("merged.omnimap"));
        if (!back.ok())
            finding("a successful merge does not load back", qPrintable(back.errorString()));
    }
    return 0;
}

} // namespace omnimap::fuzz
