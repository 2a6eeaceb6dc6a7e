#pragma once

#include "capturechecks.h"

#include <QKeySequence>
#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>

class QAction;
class QDialog;
class QWidget;

namespace omnimap {
class MainWindow;
namespace insight {
class InsightSession;
}
}

namespace omnimap::screenshots {

struct GuideOptions
{
    QString language = QStringLiteral("en"); ///< "en" or "ko"
    QString outDir;                           ///< where the PNGs go
    QString workDir;                          ///< scratch files (data set, CSV, PDF, copies)
    QSize windowSize{1440, 900};
    int maxWidth = 0;                         ///< scale saved PNGs down to this width (0: as captured)
    QString sample;                           ///< bundled sample; empty: by language
    QString pdfCopy;                          ///< where to keep the exported PDF (empty: not kept)
    QStringList only;                         ///< capture name prefixes to keep (empty: all)
};

/// Drives the real main window through the user guide's tasks — build a journey, add
/// KPIs and a checklist, show a campaign's budget, import data, simulate a scenario,
/// export a PDF, merge two departments' copies — and saves a PNG after each step. Every
/// capture is checked: not blank, no clipped label, button, tab, header or table-cell
/// text, and (Korean) Korean text.
class GuideScript
{
public:
    explicit GuideScript(GuideOptions options);
    ~GuideScript();

    /// Runs every task; returns the problems found (empty: all captures good).
    QList<CaptureProblem> run();
    QStringList savedFiles() const { return m_saved; }

private:
    void buildJourney();
    void kpisAndChecklist();
    void campaigns();
    void importData();
    void simulateScenario();
    void exportPdf();
    void mergeCopies();
    void about();
    void blankPlan();
    void planSetup();
    void appearances();
    void lockDialog();
    void experiments(); // guideexperiments.cpp
    void campaignEffect(); // guidecampaigneffect.cpp
    void customerFeedback();

    /// Grabs `window` (and `dialog` drawn over it, centred), checks and saves it.
    void capture(const QString &name, QWidget *window, QWidget *dialog = nullptr);
    /// Runs `inside` once the modal dialog opened by `trigger` is up, then closes it.
    void withModal(const std::function<void()> &trigger, const std::function<void(QDialog *)> &inside);
    QAction *action(const QKeySequence &shortcut) const;
    bool wanted(const QString &name) const;
    void fail(const QString &capture, const QString &text);
    bool korean() const { return m_options.language == QLatin1String("ko"); }
    QString pick(const char *english, const char *korean) const;

    GuideOptions m_options;
    MainWindow *m_window = nullptr;
    QList<CaptureProblem> m_problems;
    QStringList m_saved;
};

/// Processes events for `ms` milliseconds (layouts, timers, queued signals).
void settle(int ms);
/// Processes events until `done` or `timeoutMs`; returns `done()`.
bool waitFor(const std::function<bool()> &done, int timeoutMs);
/// Runs `start` (which starts a data job on `session`) and waits for that job to end.
/// True when it started and succeeded; otherwise `*error` says why.
bool runDataJob(insight::InsightSession &session, const std::function<bool()> &start, int timeoutMs,
                QString *error);

} // namespace omnimap::screenshots
