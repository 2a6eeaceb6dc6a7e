#pragma once

#include "format/diagnostic.h"
#include "model/project.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace omnimap {

/// Interop with the open OpenJourney format (.ojf, Ptolemy journey mapper; see
/// docs/export.md). One .ojf file holds one journey map: stages (columns), swimlanes
/// (rows) and nodes. Omnimap maps swimlanes to channels, or to its note lanes when the
/// lane's name says so ("Pain points", "Opportunities", "Thoughts"); nodes become
/// touchpoints (or notes). What one side has and the other lacks is kept: OJF-only node
/// fields (score, sentiment, severity, purpose, icon, blueprint, …) in the item's
/// `extra.ojf`, Omnimap-only data (hand-offs, roles, KPIs, goals, emotions, channel
/// kinds and colours, messages, …) in an `x-omnimap` extension object of the .ojf file.
namespace OpenJourney {

/// Name of the root extension object Omnimap writes and reads back.
constexpr const char *kExtensionKey = "x-omnimap";

struct ImportOptions
{
    /// Swimlanes named like note lanes become note lanes; false: every swimlane is a channel.
    bool noteLanesByName = true;
    /// Limits on the untrusted file (size, depth, strings, arrays).
    qint64 maxFileBytes = 16LL * 1024 * 1024;
};

struct ImportResult
{
    std::optional<Project> project; ///< none when the file cannot be read
    Diagnostics diagnostics;        ///< errors (no project) and warnings, with JSON pointers
    bool ok() const { return project.has_value(); }
    QString errorString() const { return formatDiagnostics(diagnostics); }
};

/// Reads an .ojf document into a new project with one journey. `fileName` labels diagnostics.
ImportResult read(const QByteArray &bytes, const QString &fileName, const ImportOptions &options = {});
/// Reads an .ojf file (its size checked before reading).
ImportResult load(const QString &path, const ImportOptions &options = {});

/// Writes one journey as an .ojf document (UTF-8, two-space indent).
QByteArray write(const Project &project, const Id &journeyId);
bool writeFile(const QString &path, const Project &project, const Id &journeyId, QString *error);
/// Writes every journey (or only `journeyId`) into `directory`; returns the paths written.
QStringList writeAll(const QString &directory, const Project &project, const Id &journeyId, QString *error);

} // namespace OpenJourney
} // namespace omnimap
