#include "exporttools.h"

#include "exportdialogs.h"
#include "reportoptionsdialog.h"

#include "document.h"
#include "format/projectfile.h"
#include "format/safefilename.h"
#include "model/lookup.h"
#include "report/csvexport.h"
#include "report/htmlexport.h"
#include "report/mapexport.h"
#include "report/openjourney.h"
#include "report/pdfreport.h"
#include "report/planjson.h"
#include "app/shell/appcontext.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QPointer>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QThread>

#include <atomic>
#include <memory>

namespace omnimap {

namespace {

struct ExporttoolsTr { Q_DECLARE_TR_FUNCTIONS(omnimap::ExportTools) };

QString suggestedPath(AppContext &context, const QString &suffix, const QString &baseName = {})
{
    const QString name = baseName.isEmpty() ? context.document()->project().name : baseName;
    // The plan or journey name is untrusted text: it only suggests a file name, never a folder.
    return QDir::home().filePath(safeFileComponent(name, QStringLiteral("plan")) + suffix);
}

/// Writes the PDF on a worker thread with a progress dialog; the report holds its own
/// copy of the project, so the user may keep editing meanwhile.
void exportPdf(AppContext &context)
{
    QWidget *window = context.window();
    ReportOptionsDialog optionsDialog(context.document()->project(), context.currentJourneyId(),
                                      ReportOptionsDialog::Kind::Pdf, window);
    if (optionsDialog.exec() != QDialog::Accepted)
        return;
    const QString path = exportDialogs().saveFileName(window, ExporttoolsTr::tr("Export PDF Report"), suggestedPath(context, QStringLiteral(".pdf")),
                                                      ExporttoolsTr::tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    ReportOptions options = optionsDialog.options();
    options.mapDecorations = context.mapDecorations(); // the PDF's maps look like the canvas
    if (const auto attribution = context.attribution())
        options.attribution = *attribution;
    options.measureDataSet = context.dataSetVocabulary().path; // KPIs as the dashboard measures them
    auto report = std::make_shared<PdfReport>(context.document()->project(), options);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    auto error = std::make_shared<QString>();
    auto *progress = new QProgressDialog(ExporttoolsTr::tr("Writing %1…").arg(QFileInfo(path).fileName()), ExporttoolsTr::tr("Cancel"), 0,
                                         report->pageCount(), window);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    QPointer<QProgressDialog> guard(progress);
    QObject::connect(progress, &QProgressDialog::canceled, progress, [cancel] { *cancel = true; });
    QThread *worker = QThread::create([report, cancel, error, path, guard] {
        report->writePdf(path, error.get(), [cancel, guard](int done, int) {
            QMetaObject::invokeMethod(guard, [guard, done] {
                if (guard)
                    guard->setValue(done);
            }, Qt::QueuedConnection);
            return !cancel->load();
        });
    });
    QObject::connect(worker, &QThread::finished, window, [&context, worker, progress, error, cancel, path] {
        progress->deleteLater();
        worker->deleteLater();
        if (!error->isEmpty() && !cancel->load())
            exportDialogs().showError(context.window(), *error);
        else if (!cancel->load())
            context.showStatusMessage(ExporttoolsTr::tr("Exported %1").arg(QDir::toNativeSeparators(path)));
    });
    worker->start();
}

void exportJson(AppContext &context)
{
    const QString path = exportDialogs().saveFileName(context.window(), ExporttoolsTr::tr("Export JSON Plan"),
                                                      suggestedPath(context, QStringLiteral(".plan.json")),
                                                      ExporttoolsTr::tr("JSON plan (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!PlanJson::writeFile(path, context.document()->project(), ReportOptions{}, &error))
        exportDialogs().showError(context.window(), error);
    else
        context.showStatusMessage(ExporttoolsTr::tr("Exported %1").arg(QDir::toNativeSeparators(path)));
}

void exportMapPicture(AppContext &context)
{
    const Project &project = context.document()->project();
    if (project.journeys.isEmpty())
        return exportDialogs().showError(context.window(), ExporttoolsTr::tr("The plan has no journey map to export."));
    ReportOptionsDialog optionsDialog(project, context.currentJourneyId(), ReportOptionsDialog::Kind::Picture, context.window());
    if (optionsDialog.exec() != QDialog::Accepted)
        return;
    // The picture is one journey's map: it is named after that journey.
    const Journey *shown = findById(project.journeys, optionsDialog.options().journeyId);
    const QString path = exportDialogs().saveFileName(context.window(), ExporttoolsTr::tr("Export Map Picture"),
                                                      suggestedPath(context, QStringLiteral(".png"), shown ? shown->name : QString()),
                                                      ExporttoolsTr::tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    const Id journeyId = optionsDialog.options().journeyId;
    // The picture shows what the map shows: simulation overlays and department focus included.
    MapRenderOptions mapOptions;
    static_cast<MapDecorations &>(mapOptions) = context.mapDecorations();
    QString error;
    const bool ok = path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)
        ? MapExport::writeSvg(path, project, journeyId, mapOptions, &error)
        : MapExport::writePng(path, project, journeyId, optionsDialog.dpi(), mapOptions, &error);
    if (!ok)
        exportDialogs().showError(context.window(), error);
    else
        context.showStatusMessage(ExporttoolsTr::tr("Exported %1").arg(QDir::toNativeSeparators(path)));
}

void exportCsv(AppContext &context)
{
    ReportOptionsDialog optionsDialog(context.document()->project(), context.currentJourneyId(), ReportOptionsDialog::Kind::Csv,
                                      context.window());
    if (optionsDialog.exec() != QDialog::Accepted)
        return;
    const QString dir = exportDialogs().directory(context.window(), ExporttoolsTr::tr("Export CSV Tables To"));
    if (dir.isEmpty())
        return;
    QString error;
    const QStringList written = CsvExport::writeTables(dir, context.document()->project(), optionsDialog.options(), &error);
    if (!error.isEmpty())
        exportDialogs().showError(context.window(), error);
    else
        context.showStatusMessage(QCoreApplication::translate("omnimap::ExportTools", "Exported %n table(s) to %1", nullptr, int(written.size())).arg(QDir::toNativeSeparators(dir)));
}

/// The plan as one web page for people without Omnimap. Quick (a 2 000-card plan takes
/// well under a second), so it is written on the spot.
void exportHtml(AppContext &context)
{
    ReportOptionsDialog optionsDialog(context.document()->project(), context.currentJourneyId(), ReportOptionsDialog::Kind::Html,
                                      context.window());
    if (optionsDialog.exec() != QDialog::Accepted)
        return;
    const QString path = exportDialogs().saveFileName(context.window(), ExporttoolsTr::tr("Export Web Page"),
                                                      suggestedPath(context, QStringLiteral(".html")),
                                                      ExporttoolsTr::tr("Web page (*.html *.htm)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!HtmlExport::writeFile(path, context.document()->project(), optionsDialog.options(), &error))
        exportDialogs().showError(context.window(), error);
    else
        context.showStatusMessage(ExporttoolsTr::tr("Exported %1").arg(QDir::toNativeSeparators(path)));
}

void exportOjf(AppContext &context)
{
    const Project &project = context.document()->project();
    const Id journeyId = context.currentJourneyId().isEmpty() && !project.journeys.isEmpty() ? project.journeys.constFirst().id
                                                                                             : context.currentJourneyId();
    if (journeyId.isEmpty())
        return exportDialogs().showError(context.window(), ExporttoolsTr::tr("The plan has no journey map to export."));
    const QString path = exportDialogs().saveFileName(context.window(), ExporttoolsTr::tr("Export OpenJourney"),
                                                      suggestedPath(context, QStringLiteral(".ojf")),
                                                      ExporttoolsTr::tr("OpenJourney map (*.ojf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!OpenJourney::writeFile(path, project, journeyId, &error))
        exportDialogs().showError(context.window(), error);
    else
        context.showStatusMessage(ExporttoolsTr::tr("Exported %1").arg(QDir::toNativeSeparators(path)));
}

/// Imports an .ojf into a new project file (the user chooses where) and opens it.
void importOjf(AppContext &context)
{
    const QString source = exportDialogs().openFileName(context.window(), ExporttoolsTr::tr("Import OpenJourney"), ExporttoolsTr::tr("OpenJourney map (*.ojf)"));
    if (source.isEmpty())
        return;
    const OpenJourney::ImportResult result = OpenJourney::load(source);
    if (!result.ok())
        return exportDialogs().showError(context.window(), result.errorString());
    const QFileInfo info(source);
    const QString target = exportDialogs().saveFileName(context.window(), ExporttoolsTr::tr("Save Imported Plan"),
                                                        info.dir().filePath(info.completeBaseName() + QStringLiteral(".omnimap")),
                                                        ExporttoolsTr::tr("Omnimap plan (*.omnimap)"));
    if (target.isEmpty())
        return;
    const SaveResult saved = saveProjectFile(target, *result.project);
    if (!saved.ok)
        return exportDialogs().showError(context.window(), saved.error);
    if (context.openProject(target))
        context.showStatusMessage(ExporttoolsTr::tr("Imported %1 into %2").arg(info.fileName(), QDir::toNativeSeparators(target)), 10000);
    else
        context.showStatusMessage(ExporttoolsTr::tr("Imported %1 into %2; open it with File › Open")
                                      .arg(info.fileName(), QDir::toNativeSeparators(target)), 10000);
}

/// Print and preview paint the same pages as the PDF, on a full-page printer.
void print(AppContext &context, bool preview)
{
    ReportOptions options;
    options.mapDecorations = context.mapDecorations();
    if (const auto attribution = context.attribution())
        options.attribution = *attribution;
    options.measureDataSet = context.dataSetVocabulary().path;
    auto report = std::make_shared<PdfReport>(context.document()->project(), options);
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    printer.setDocName(context.document()->project().name);
    if (preview) {
        QPrintPreviewDialog dialog(&printer, context.window());
        QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                         [report](QPrinter *p) { report->render(p); });
        dialog.exec();
        return;
    }
    QPrintDialog dialog(&printer, context.window());
    if (dialog.exec() == QDialog::Accepted)
        report->render(&printer);
}

QAction *addAction(AppContext &context, AppContext::Menu menu, const QString &text, const QKeySequence &shortcut,
                   std::function<void()> run)
{
    QAction *action = context.menu(menu)->addAction(text);
    action->setShortcut(shortcut);
    QObject::connect(action, &QAction::triggered, context.window(), std::move(run));
    return action;
}

} // namespace

void installExportTools(AppContext &context)
{
    AppContext *c = &context;
    addAction(context, AppContext::Menu::FileExport, ExporttoolsTr::tr("&PDF Report…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
              [c] { exportPdf(*c); });
    addAction(context, AppContext::Menu::FileExport, ExporttoolsTr::tr("&JSON Plan…"), {}, [c] { exportJson(*c); });
    addAction(context, AppContext::Menu::FileExport, ExporttoolsTr::tr("&Map Picture (PNG/SVG)…"), {}, [c] { exportMapPicture(*c); });
    addAction(context, AppContext::Menu::FileExport, ExporttoolsTr::tr("&CSV Tables…"), {}, [c] { exportCsv(*c); });
    addAction(context, AppContext::Menu::FileExport, ExporttoolsTr::tr("&OpenJourney (.ojf)…"), {}, [c] { exportOjf(*c); });
    addAction(context, AppContext::Menu::FileExport, ExporttoolsTr::tr("&Web Page…"), {}, [c] { exportHtml(*c); });
    addAction(context, AppContext::Menu::FileImport, ExporttoolsTr::tr("&OpenJourney (.ojf)…"), {}, [c] { importOjf(*c); });
    addAction(context, AppContext::Menu::File, ExporttoolsTr::tr("Print Pre&view…"), {}, [c] { print(*c, true); });
    addAction(context, AppContext::Menu::File, ExporttoolsTr::tr("&Print…"), QKeySequence::Print, [c] { print(*c, false); });
}

} // namespace omnimap
