#pragma once

#include <QObject>
#include <QTemporaryDir>

namespace omnimap::test {

/// PDF, JSON plan, map pictures, CSV and the export CLI.
class ReportTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csvQuotingRoundTrip();
    void csvTablesParse();
    void planJsonValidatesAndRoundTrips();
    void svgHasShapePerTouchpoint();
    void pngHasRequestedResolution();
    void pngDrawsMapDecorations();
    void pdfMapPagesDrawDecorations();
    void pdfOpensWithTextInBothLanguages();
    void pdfLetterSplitMaps();
    void samplesExport_data();
    void samplesExport();
    void largeProjectWithinBudget();
    void cliExportAndImport();

private:
    QTemporaryDir m_dir;
};

/// OpenJourney import and export.
class OpenJourneyTest final : public QObject
{
    Q_OBJECT

private slots:
    void sampleRoundTrip_data();
    void sampleRoundTrip();
    void omnimapRoundTrip();
    void notesByName();
    void malformed_data();
    void malformed();
};

/// The KPI and scenario pages of the PDF (issue 19).
class ReportPagesTest final : public QObject
{
    Q_OBJECT

private slots:
    void kpiPagePrintsTheMeasuredValue();
    void scenarioPagePrintsWordsNotKeys();
    void feedbackPageShowsTextLiterally();
    void channelFlowLabelsStayApart();
    void channelFlowPageShowsTheMoves();

private:
    QTemporaryDir m_dir;
};

} // namespace omnimap::test
