#include "headlessrunner.h"

#include "atlasdocument.h"
#include "atlaspaths.h"
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

} // namespace

int runHeadless(const CommandLine &c, const QDate &today)
{
    if (c.mode == CommandMode::Export && c.exportPath.isEmpty()) {
        printError(QStringLiteral("--export needs a file name"));
        return 2;
    }
    const QString mapPath = c.mapPath.isEmpty() ? defaultMapPath() : c.mapPath;
    const QString dataDir = c.dataDir.isEmpty() ? defaultDataDir() : c.dataDir;
    Result<std::shared_ptr<AtlasDocument>> loaded = AtlasDocument::load(mapPath, dataDir, c.projection);
    printWarnings(loaded.warnings);
    if (!loaded.ok()) {
        for (const Problem &p : std::as_const(loaded.errors))
            printError(p.toString());
        return 1;
    }
    AtlasDocument &doc = *loaded.value;
    const QDate date = c.date.value_or(today);
    switch (c.mode) {
    case CommandMode::Export: return exportPng(doc, c, date);
    case CommandMode::List: return writeTable(statusTable(doc.timeline(), date), c.format);
    case CommandMode::Stats: return writeTable(statsTable(doc.timeline(), date), c.format);
    case CommandMode::Events: return writeTable(eventsTable(doc.timeline()), c.format);
    default: return 2;
    }
}

} // namespace atlas
