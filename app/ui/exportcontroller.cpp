#include "exportcontroller.h"

#include "appsettings.h"
#include "atlasdocument.h"
#include "dialogproblemsink.h"
#include "exportdialog.h"
#include "frameexportdialog.h"
#include "frameexporter.h"
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
namespace {

QString defaultFolder(const ExportSettings &settings)
{
    if (!settings.folder.isEmpty() && QFileInfo(settings.folder).isDir())
        return settings.folder;
    return QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
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

WriteResult ExportController::writePng(const QString &path, const ExportSettings &settings)
{
    // Banded straight into the file: a 4K export never holds the whole image in memory.
    const ExportRequest request = viewExportRequest(m_view.viewport(), m_view.options(), settings);
    MapExporter exporter(m_document, mapFor(request));
    return exporter.writePng(request, path);
}

WriteResult ExportController::writeStatusCsv(const QString &path, const QDate &date) const
{
    QSaveFile file(path);
    const QByteArray bytes = toCsv(statusTable(m_document->timeline(), date));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return {false, tr("%1: cannot write: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return {true, {}};
}

FrameRun ExportController::writeFrames(const FrameRequest &request, const ExportSettings &settings,
                                       const std::function<bool(int, int)> &progress)
{
    const ExportRequest frame = viewExportRequest(m_view.viewport(), m_view.options(), settings);
    const FrameExporter exporter(m_document, mapFor(frame), frame);
    return exporter.run(request, frameDates(request, m_document->timeline().changeDates()), progress);
}

QString ExportController::askSaveFile(const QString &title, const QString &name, const QString &filter)
{
    ExportSettings settings = loadExportSettings();
    const QString path = QFileDialog::getSaveFileName(m_window, title, QDir(defaultFolder(settings)).filePath(name), filter);
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
    const QString path = askSaveFile(tr("Export PNG"), name, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const WriteResult result = writePng(path, loadExportSettings());
    QApplication::restoreOverrideCursor();
    if (!result.ok)
        report(result.error);
}

void ExportController::copyMap()
{
    ExportSettings settings = loadExportSettings();
    settings.size = m_view.viewport().pixels();
    QApplication::clipboard()->setImage(renderView(settings));
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
    const QDate today = QDate::currentDate();
    const QDate first = m_document->subject().firstDay;
    const FrameRequest initial{FrameStep::EventDates, first, today,
                               QDir(defaultFolder(settings)).filePath(QStringLiteral("kosovo-frames"))};
    FrameExportDialog dialog(initial, first, today, m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.request().folder.isEmpty())
        return;
    const FrameRequest request = dialog.request();
    QProgressDialog progress(tr("Writing frames…"), tr("Cancel"), 0, 1, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    const FrameRun run = writeFrames(request, settings, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    progress.reset();
    settings.folder = QFileInfo(request.folder).absolutePath();
    saveExportSettings(settings);
    if (!run.error.isEmpty())
        report(tr("%1\n\n%n complete frame(s) were written before the error.", nullptr, run.written).arg(run.error));
}

} // namespace atlas
