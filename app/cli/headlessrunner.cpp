#include "headlessrunner.h"

#include "atlasdocument.h"
#include "datasetreader.h"
#include "exportrequest.h"
#include "mapexporter.h"
#include "problemsink.h"
#include "projectedmap.h"
#include "recognitiontimeline.h"
#include "regionpresets.h"
#include "reports.h"

#include <cstdio>

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
    return r;
}

int runExport(const CommandLine &c, const AtlasSources &sources, const QDate &date, ProblemSink &sink)
{
    const Result<std::shared_ptr<const AtlasDocument>> loaded = AtlasDocument::load(sources);
    if (!sink.report(loaded.errors, loaded.warnings))
        return 1;
    const std::shared_ptr<const ProjectedMap> standard = loaded.value->projectedMap(c.projection);
    const ExportRequest request = exportRequest(c, *standard, date);
    // The level of detail the export's scale calls for (the same rule as the window's).
    const MapDetail detail = loaded.value->detailFor(request.viewport);
    MapExporter exporter(loaded.value, detail == MapDetail::Standard ? standard : loaded.value->projectedMap(c.projection, detail));
    const WriteResult written = exporter.writePng(request, c.exportPath);
    if (!written.ok) {
        sink.error(written.error);
        return 1;
    }
    return 0;
}

// --list, --stats and --events need the dataset only, not the map.
int runTable(const CommandLine &c, const QString &dataDir, const QDate &date, ProblemSink &sink)
{
    const Result<RecognitionDataset> data = readDataset(dataDir);
    if (!sink.report(data.errors, data.warnings))
        return 1;
    const RecognitionTimeline timeline(data.value);
    switch (c.mode) {
    case CommandMode::List: return writeTable(statusTable(timeline, date), c.format);
    case CommandMode::Stats: return writeTable(statsTable(timeline, date), c.format);
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
    if (c.mode != CommandMode::Export)
        return runTable(c, sources.dataDir, date, sink);
    return runExport(c, sources, date, sink);
}

} // namespace atlas
