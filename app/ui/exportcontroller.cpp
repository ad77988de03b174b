#include "exportcontroller.h"

#include "animationexportdialog.h"
#include "appsettings.h"
#include "atlasdocument.h"
#include "dialogproblemsink.h"
#include "exportdialog.h"
#include "frameexportdialog.h"
#include "frameexporter.h"
#include "exportformat.h"
#include "mapexporter.h"
#include "projectedmap.h"
#include "outputnames.h"
#include "mapview.h"
#include "recognitiontimeline.h"
#include "reports.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QProgressDialog>
#include <QSaveFile>
#include <QStandardPaths>

namespace atlas {

QString defaultExportFolder(const ExportSettings &settings)
{
    if (!settings.folder.isEmpty() && QFileInfo(settings.folder).isDir())
        return settings.folder;
    // The pictures folder is not created everywhere (fresh accounts, minimal desktops): the first
    // of these that exists, so the file dialog never opens on a folder that is not there.
    for (const auto location : {QStandardPaths::PicturesLocation, QStandardPaths::DocumentsLocation,
                                QStandardPaths::HomeLocation}) {
        const QString folder = QStandardPaths::writableLocation(location);
        if (!folder.isEmpty() && QFileInfo(folder).isDir())
            return folder;
    }
    return QDir::currentPath();
}

namespace {

// Runs `work` (a frame series or an animation) under a window-modal progress dialog whose Cancel
// stops it: `work` gets the progress callback the exporters take.
template <typename Work>
auto withProgress(QWidget *window, const QString &label, const QString &cancel, Work work)
{
    QProgressDialog progress(label, cancel, 0, 1, window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    const std::function<bool(int, int)> step = [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    };
    auto run = work(step);
    progress.reset();
    return run;
}

} // namespace

ExportController::ExportController(std::shared_ptr<const AtlasDocument> document, const MapView &view, QWidget *window)
    : QObject(window), m_document(std::move(document)), m_view(view), m_window(window)
{
}

std::shared_ptr<const ProjectedMap> ExportController::mapFor(const ExportRequest &request) const
{
    // The export's own scale decides its level of detail, by the rule the view follows.
    const MapDetail detail = m_document->detailFor(request.viewport);
    return detail == m_view.projectedMap()->detail() ? m_view.projectedMap()
                                                      : m_document->projectedMap(m_view.projection(), detail);
}

QImage ExportController::renderView(const ExportSettings &settings)
{
    const ExportRequest request = viewExportRequest(m_view.viewport(), m_view.options(), settings);
    MapExporter exporter(m_document, mapFor(request));
    return exporter.renderImage(request);
}

WriteResult ExportController::writeMap(const QString &path, const ExportSettings &settings)
{
    // The format by the extension, as on the command line: PNG, SVG or PDF.
    const ExportRequest request = viewExportRequest(m_view.viewport(), m_view.options(), settings);
    MapExporter exporter(m_document, mapFor(request));
    const WriteResult result = exporter.write(request, path);
    if (result.ok)
        wrote(path);
    return result;
}

WriteResult ExportController::writeStatusCsv(const QString &path, const QDate &date)
{
    QSaveFile file(path);
    const QByteArray bytes = toCsv(statusTable(m_document->timeline(), date));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return {false, tr("%1: cannot write: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    emit fileWritten(tr("Wrote %1").arg(QDir::toNativeSeparators(path)));
    return {true, {}};
}

FrameRun ExportController::writeFrames(const FrameRequest &request, const ExportSettings &settings,
                                       const std::function<bool(int, int)> &progress)
{
    const ExportRequest frame = viewExportRequest(m_view.viewport(), m_view.options(), settings);
    const FrameExporter exporter(m_document, mapFor(frame), frame);
    const FrameRun run = exporter.run(request, frameDates(request, eventDates(m_document->dataset())), progress);
    if (run.error.isEmpty() && !run.cancelled)
        emit fileWritten(tr("Wrote %n frame(s) and frames.csv to %1", nullptr, run.written)
                             .arg(QDir::toNativeSeparators(request.folder)));
    return run;
}

AnimationRun ExportController::writeAnimation(const AnimationRequest &request, const ExportSettings &settings,
                                              const std::function<bool(int, int)> &progress)
{
    ExportSettings sized = settings;
    sized.size = request.range.size;
    const ExportRequest frame = viewExportRequest(m_view.viewport(), m_view.options(), sized);
    const AnimationExporter exporter(m_document, mapFor(frame), frame);
    const QDate to = request.range.to.isValid() ? request.range.to : QDate::currentDate();
    const FrameRequest frames{request.range.step, request.range.from.isValid() ? request.range.from : m_document->subject().firstDay, to, {}};
    const AnimationRun run = exporter.run(request.path, request.format,
                                          frameDates(frames, eventDates(m_document->dataset())), request.speed, progress);
    if (run.error.isEmpty() && !run.cancelled)
        emit fileWritten(tr("Wrote %1 (%n frame(s))", nullptr, run.frames).arg(QDir::toNativeSeparators(request.path)));
    return run;
}

QString ExportController::askSaveFile(const QString &title, const QString &name, const QString &filter,
                                      QString *selectedFilter)
{
    ExportSettings settings = loadExportSettings();
    const QString path = QFileDialog::getSaveFileName(m_window, title, QDir(defaultExportFolder(settings)).filePath(name),
                                                      filter, selectedFilter);
    if (!path.isEmpty()) {
        settings.folder = QFileInfo(path).absolutePath();
        saveExportSettings(settings);
    }
    return path;
}

void ExportController::report(const QString &error) const
{
    DialogProblemSink(m_window, tr("Export failed")).error(error);
}

void ExportController::exportPng()
{
    ExportDialog dialog(loadExportSettings(), m_view.viewport().pixels(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    saveExportSettings(dialog.settings());
    const QString name = datedFileName(m_document->subject(), m_view.date(), QStringLiteral("png"));
    const QString png = tr("PNG images (*.png)"), svg = tr("SVG drawings (*.svg)"), pdf = tr("PDF documents (*.pdf)");
    QString filter = png;
    QString path = askSaveFile(tr("Export Map"), name, QStringList{png, svg, pdf}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    if (extensionOf(path).isEmpty())  // no extension typed: the chosen filter's
        path += filter == svg ? QStringLiteral(".svg") : filter == pdf ? QStringLiteral(".pdf") : QStringLiteral(".png");
    else if (!exportFormatForPath(path))  // "map.jpg": the filter's format, with its extension added
        path += filter == svg ? QStringLiteral(".svg") : filter == pdf ? QStringLiteral(".pdf") : QStringLiteral(".png");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const WriteResult result = writeMap(path, loadExportSettings());
    QApplication::restoreOverrideCursor();
    if (!result.ok)
        report(result.error);
}

void ExportController::copyMap()
{
    ExportSettings settings = loadExportSettings();
    settings.size = m_view.viewport().pixels();
    QApplication::clipboard()->setImage(renderView(settings));
    emit fileWritten(tr("Map copied to the clipboard"));
}

void ExportController::wrote(const QString &path)
{
    emit fileWritten(tr("Wrote %1").arg(QDir::toNativeSeparators(path)));
}

void ExportController::exportStatusCsv()
{
    const QDate date = m_view.date();
    const QString name = datedFileName(m_document->subject(), date, QStringLiteral("csv"));
    const QString path = askSaveFile(tr("Export status table"), name, tr("CSV tables (*.csv)"));
    if (path.isEmpty())
        return;
    const WriteResult result = writeStatusCsv(path, date);
    if (!result.ok)
        report(result.error);
}

void ExportController::exportFrames()
{
    ExportSettings settings = loadExportSettings();
    SeriesSettings series = loadSeriesSettings();
    const QDate today = QDate::currentDate();
    const QString folder = series.framesFolder.isEmpty()
                               ? QDir(defaultExportFolder(settings)).filePath(QStringLiteral("kosovo-frames"))
                               : series.framesFolder;
    FrameExportDialog dialog(series.frames, unusedFolderName(folder), m_document->subject().firstDay, today, m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.folder().isEmpty())
        return;
    series.frames = dialog.range();
    series.framesFolder = dialog.folder();
    saveSeriesSettings(series, today);
    settings.size = series.frames.size;
    const FrameRun run = withProgress(m_window, tr("Writing frames…"), tr("Cancel"), [&](const auto &progress) {
        return writeFrames(dialog.request(), settings, progress);
    });
    if (!run.error.isEmpty())
        report(tr("%1\n\nNo frames were written.").arg(run.error));
}

void ExportController::exportAnimation()
{
    const ExportSettings settings = loadExportSettings();
    SeriesSettings series = loadSeriesSettings();
    const QDate today = QDate::currentDate();
    AnimationRequest initial;
    initial.format = series.format;
    initial.range = series.animation;
    initial.speed = series.speed;
    initial.path = series.animationPath.isEmpty()
                       ? QDir(defaultExportFolder(settings)).filePath(QStringLiteral("kosovo-recognition.gif"))
                       : series.animationPath;
    AnimationExportDialog dialog(initial, m_document->subject().firstDay, today, m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.request().path.isEmpty())
        return;
    const AnimationRequest request = dialog.request();
    series.format = request.format;
    series.animation = request.range;
    series.speed = request.speed;
    series.animationPath = request.path;
    saveSeriesSettings(series, today);
    const AnimationRun run = withProgress(m_window, tr("Writing animation…"), tr("Cancel"), [&](const auto &progress) {
        return writeAnimation(request, settings, progress);
    });
    if (!run.error.isEmpty())
        report(run.error);
}

} // namespace atlas
