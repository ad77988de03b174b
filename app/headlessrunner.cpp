#include "headlessrunner.h"

#include "atlasdocument.h"
#include "atlaspaths.h"
#include "datasetreader.h"
#include "recognitiontimeline.h"
#include "maprenderer.h"
#include "mapexporter.h"
#include "projectedmap.h"
#include "regionpresets.h"
#include "reports.h"

#include <QTextStream>

#include <cstdio>

namespace atlas {
namespace {

void printError(const QString &message)
{
    QTextStream(stderr) << "kosovo-atlas: " << message << '\n';
}

void printWarnings(const QList<Problem> &warnings)
{
    for (const Problem &p : warnings)
        QTextStream(stderr) << "kosovo-atlas: warning: " << p.toString() << '\n';
}

int writeTable(const Table &table, const QString &format)
{
    const QByteArray bytes = format == QLatin1String("json") ? toJson(table) : toCsv(table);
    return std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout) == std::size_t(bytes.size()) ? 0 : 1;
}

int exportPng(AtlasDocument &doc, const CommandLine &c, const QDate &date)
{
    const QRectF area = regionWorldArea(*regionPreset(c.region), doc.projectedMap());
    const MapViewport viewport = MapViewport::fit(area, c.size);
    RenderOptions options;
    options.date = date;
    options.theme = *MapTheme::byId(c.theme);
    options.legend = c.legend;
    options.title = c.title;
    options.sourceLine = c.sourceLine;
    const WriteResult written = exportMapPng(doc.renderer(), viewport, options, c.exportPath);
    if (!written.ok) {
        printError(written.error);
        return 1;
    }
    return 0;
}

bool reportProblems(const QList<Problem> &errors, const QList<Problem> &warnings)
{
    printWarnings(warnings);
    for (const Problem &p : errors)
        printError(p.toString());
    return errors.isEmpty();
}

// --list, --stats and --events need the dataset only, not the map.
int runTable(const CommandLine &c, const QString &dataDir, const QDate &date)
{
    const Result<RecognitionDataset> data = readDataset(dataDir);
    if (!reportProblems(data.errors, data.warnings))
        return 1;
    const RecognitionTimeline timeline(data.value);
    switch (c.mode) {
    case CommandMode::List: return writeTable(statusTable(timeline, date), c.format);
    case CommandMode::Stats: return writeTable(statsTable(timeline, date), c.format);
    default: return writeTable(eventsTable(timeline), c.format);
    }
}

} // namespace

int runHeadless(const CommandLine &c, const QDate &today)
{
    if (c.mode == CommandMode::Export && c.exportPath.isEmpty()) {
        printError(QStringLiteral("--export needs a file name"));
        return 2;
    }
    const QString dataDir = c.dataDir.isEmpty() ? defaultDataDir() : c.dataDir;
    const QDate date = c.date.value_or(today);
    if (c.mode != CommandMode::Export)
        return runTable(c, dataDir, date);
    const QString mapPath = c.mapPath.isEmpty() ? defaultMapPath() : c.mapPath;
    const Result<std::shared_ptr<AtlasDocument>> loaded = AtlasDocument::load(mapPath, dataDir, c.projection);
    if (!reportProblems(loaded.errors, loaded.warnings))
        return 1;
    return exportPng(*loaded.value, c, date);
}

} // namespace atlas
