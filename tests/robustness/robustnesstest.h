#pragma once

#include <QObject>
#include <QTemporaryDir>

namespace omnimap::test {

/// import-ojf: never a crash, always a valid project or a clear error.
class OjfImportTest final : public QObject
{
    Q_OBJECT

private slots:
    void hostileMaps_data();
    void hostileMaps();
    void emptyNamesGetPositions();
    void emptyStageIdNamesThePlace();
    void extensionTypeConfusionDoesNotThrow();
    void mutatedSamplesStayValid();
    void ownExportsReimportWithExtension();
    void cliWritesValidProjectOrFails();
};

/// SVG/PDF text escaping and export file names.
class ExportSafetyTest final : public QObject
{
    Q_OBJECT

private slots:
    void svgEscapesEveryText_data();
    void svgEscapesEveryText();
    void pdfWithHostileNames();
    void fileComponentIsSafe_data();
    void fileComponentIsSafe();
    void exportsStayInsideFolder();
    void pathInsideRefusesEscapes();
};

/// Persona pictures: embedded only, decoded with limits, paths never opened.
class AvatarTest final : public QObject
{
    Q_OBJECT

private slots:
    void embeddedPngDecodes();
    void rejectsWhatIsNotEmbedded_data();
    void rejectsWhatIsNotEmbedded();
    void loaderDropsPathsWithWarning();
    void exportsNeverOpenAvatarPath();
    void hugeDimensionsAreRefused();
    void pickedFileBecomesEmbedded();
};

/// CSV numbers, text encoding, and concurrent data-set creation.
class CsvInputTest final : public QObject
{
    Q_OBJECT

private slots:
    void nonFiniteCountsRejected_data();
    void nonFiniteCountsRejected();
    void nonFiniteAmountsRejected();
    void invalidUtf8Rejected_data();
    void invalidUtf8Rejected();
    void validUtf8Accepted();
    void concurrentImportsCreateOneDataSet();
    void importRestoresForeignKeySetting();
};

/// Fault injection: failed writes, flushes, renames and SQLite steps lose nothing.
class FaultInjectionTest final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void saveFailsCleanly_data();
    void saveFailsCleanly();
    void importFailsCleanly_data();
    void importFailsCleanly();
};

} // namespace omnimap::test
