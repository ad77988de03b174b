#include "headlessrunner.h"

#include "animationexporter.h"
#include "exportlanguage.h"
#include "atlasdocument.h"
#include "datasetreader.h"
#include "exportrequest.h"
#include "frameexporter.h"
#include "mapexporter.h"
#include "problemsink.h"
#include "projectedmap.h"
#include "recognitiontimeline.h"
#include "regionpresets.h"
#include "tourreader.h"
#include "tourvideo.h"
#include "reports.h"

#include <QDir>
#include <QTextStream>

#include <cstdio>

#include <unistd.h>

namespace atlas {
namespace {

int writeTable(const Table &table, const QString &format)
{
    const QByteArray bytes = format == QLatin1String("json") ? toJson(table) : toCsv(table);
    return std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout) == std::size_t(bytes.size()) ? 0 : 1;
}

// What --export draws, from its flags.
ExportRequest exportRequest(const CommandLine &c, const ProjectedMap &map, const QDate &date)
{
    ExportRequest r = regionExportRequest(map, *regionPreset(c.region), c.size);
    r.date = date;
    r.theme = *MapTheme::byId(c.theme);
    r.legend = c.legend;
    r.title = c.title;
    r.sourceLine = c.sourceLine;
    r.labels = c.labels;
    r.counting = c.counting.value_or(CountingRule::Net);
    r.locale = StateNames::localeFor(c.language);
    return r;
}

// The projection of the shipped map at the level of detail the request's scale calls for (the
// same rule as the window's); a --map file has one level.
std::shared_ptr<const ProjectedMap> mapFor(const AtlasDocument &document, ProjectionKind projection, const ExportRequest &request)
{
    return document.projectedMap(projection, document.detailFor(request.viewport));
}

int runExport(const CommandLine &c, const AtlasSources &sources, const QDate &date, ProblemSink &sink)
{
    const Result<std::shared_ptr<const AtlasDocument>> loaded = AtlasDocument::load(sources);
    if (!sink.report(loaded.errors, loaded.warnings))
        return 1;
    std::shared_ptr<const ProjectedMap> map = loaded.value->projectedMap(c.projection);
    const ExportRequest request = exportRequest(c, *map, date);
    if (loaded.value->detailFor(request.viewport) != MapDetail::Standard) {
        map.reset();  // 1:50m goes before 1:10m comes: a 4K Balkans export stays under 160 MiB
        map = mapFor(*loaded.value, c.projection, request);
    }
    MapExporter exporter(loaded.value, map);
    const WriteResult written = exporter.write(request, c.exportPath, c.exportFormat);
    if (!written.ok) {
        sink.error(written.error);
        return 1;
    }
    return 0;
}

// A terminal's progress line on stderr for a long run; nothing when stderr is not a terminal.
std::function<bool(int, int)> terminalProgress(QTextStream &err)
{
    const bool terminal = ::isatty(STDERR_FILENO) == 1;
    return [terminal, &err](int done, int total) {
        if (terminal) {
            err << "\rkosovo-atlas: frame " << done << " of " << total << (done == total ? "\n" : "");
            err.flush();
        }
        return true;
    };
}

// --frames: the series through FrameExporter, into a folder that must be new or empty.
int runFrames(const CommandLine &c, const AtlasSources &sources, const QDate &today, ProblemSink &sink)
{
    const QString problem = frameFolderProblem(c.framesDir);
    if (!problem.isEmpty()) {
        sink.error(problem);
        return 2;
    }
    const Result<std::shared_ptr<const AtlasDocument>> loaded = AtlasDocument::load(sources);
    if (!sink.report(loaded.errors, loaded.warnings))
        return 1;
    const std::shared_ptr<const AtlasDocument> &document = loaded.value;
    const std::shared_ptr<const ProjectedMap> standard = document->projectedMap(c.projection);
    const FrameRequest request{c.step, c.from.value_or(document->subject().firstDay), c.to.value_or(today), c.framesDir};
    const QList<QDate> dates = frameDates(request, eventDates(document->dataset()));
    QTextStream err(stderr);
    const ExportRequest frame = exportRequest(c, *standard, request.from);
    const FrameExporter exporter(document, mapFor(*document, c.projection, frame), frame);
    const FrameRun run = exporter.run(request, dates, terminalProgress(err));
    if (!run.error.isEmpty()) {
        if (::isatty(STDERR_FILENO) == 1)
            err << '\n';
        err.flush();
        sink.error(run.error);
        return 1;
    }
    if (c.verbose)
        err << "kosovo-atlas: wrote " << run.written << " frames and frames.csv to " << QDir::toNativeSeparators(c.framesDir)
            << '\n';
    return 0;
}

// What --animate reports after the encoders ran: notes, the error, or with --verbose what it wrote.
int reportAnimation(const CommandLine &c, const AnimationRun &run, const QString &what, QTextStream &err, ProblemSink &sink)
{
    for (const QString &note : run.notes)
        err << "kosovo-atlas: note: " << note << '\n';
    err.flush();
    if (!run.error.isEmpty()) {
        sink.error(run.error);
        return 1;
    }
    if (c.verbose)
        err << "kosovo-atlas: wrote " << run.frames << " frames (" << what << ") to "
            << QDir::toNativeSeparators(c.animationPath) << '\n';
    return 0;
}

// --animate --tour: the tour's chapters, each held --chapter-seconds with its caption.
int runTourAnimation(const CommandLine &c, const std::shared_ptr<const AtlasDocument> &document, const QString &dataDir,
                     const QDate &today, ProblemSink &sink)
{
    const QString path = c.tourFile.isEmpty() ? shippedTourPath(dataDir) : c.tourFile;
    const Result<QList<TourChapter>> tour = readTour(path, {&document->dataset(), regionIds(), today});
    if (!sink.report(tour.errors, tour.warnings))
        return 1;
    const ExportRequest frame = exportRequest(c, *document->projectedMap(c.projection), today);
    const TourVideoExporter exporter(document, c.projection, frame);
    TourVideoSettings settings;
    settings.speed = {c.fps, c.holdSeconds};
    settings.chapterSeconds = c.chapterSeconds;
    settings.language = c.language;
    QTextStream err(stderr);
    const AnimationRun run = exporter.run(c.animationPath, c.animationFormat, tour.value, settings, terminalProgress(err));
    return reportAnimation(c, run, QStringLiteral("%1 chapters").arg(tour.value.size()), err, sink);
}

// --animate: frames streamed into a GIF, MP4 or WebM encoder.
int runAnimation(const CommandLine &c, const AtlasSources &sources, const QDate &today, ProblemSink &sink)
{
    if (!animationFormatAvailable(c.animationFormat)) {
        sink.error(QStringLiteral("%1: cannot write: this build has no video encoder (built with ATLAS_WITH_FFMPEG=OFF); "
                                  "GIF is available")
                       .arg(QDir::toNativeSeparators(c.animationPath)));
        return 1;
    }
    const Result<std::shared_ptr<const AtlasDocument>> loaded = AtlasDocument::load(sources);
    if (!sink.report(loaded.errors, loaded.warnings))
        return 1;
    const std::shared_ptr<const AtlasDocument> &document = loaded.value;
    if (c.tour)
        return runTourAnimation(c, document, sources.dataDir, today, sink);
    const std::shared_ptr<const ProjectedMap> standard = document->projectedMap(c.projection);
    const FrameRequest request{c.step, c.from.value_or(document->subject().firstDay), c.to.value_or(today), {}};
    const QList<QDate> dates = frameDates(request, eventDates(document->dataset()));
    QTextStream err(stderr);
    const ExportRequest frame = exportRequest(c, *standard, request.from);
    const AnimationExporter exporter(document, mapFor(*document, c.projection, frame), frame);
    AnimationSettings settings;
    settings.fps = c.fps;
    settings.holdSeconds = c.holdSeconds;
    const AnimationRun run = exporter.run(c.animationPath, c.animationFormat, dates, settings, terminalProgress(err));
    return reportAnimation(c, run, QStringLiteral("%1 dates").arg(dates.size()), err, sink);
}

// --list, --stats and --events need the dataset only, not the map.
int runTable(const CommandLine &c, const QString &dataDir, const QDate &date, ProblemSink &sink)
{
    const Result<RecognitionDataset> data = readDataset(dataDir);
    if (!sink.report(data.errors, data.warnings))
        return 1;
    const RecognitionTimeline timeline(data.value);
    switch (c.mode) {
    case CommandMode::List: return writeTable(statusTable(timeline, date, c.counting), c.format);
    case CommandMode::Stats: return writeTable(statsTable(timeline, date, c.counting), c.format);
    default: return writeTable(eventsTable(timeline), c.format);
    }
}

} // namespace

int runHeadless(const CommandLine &c, const AtlasSources &sources, const QDate &today, ProblemSink &sink)
{
    if (c.mode == CommandMode::Export && c.exportPath.isEmpty()) {
        sink.error(QStringLiteral("--export needs a file name"));
        return 2;
    }
    const QDate date = c.date.value_or(today);
    const std::unique_ptr<QTranslator> language = installExportLanguage(c.language);
    if (c.mode == CommandMode::Frames)
        return runFrames(c, sources, today, sink);
    if (c.mode == CommandMode::Animate)
        return runAnimation(c, sources, today, sink);
    if (c.mode != CommandMode::Export)
        return runTable(c, sources.dataDir, date, sink);
    return runExport(c, sources, date, sink);
}

} // namespace atlas
