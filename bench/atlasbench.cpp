// Benchmarks for issue 2's targets: load, project, render at 1080p and 4K, a date step (recolour
// only), PNG encoding and hit-testing, all on the shipped 50m map and dataset; issue 13's 1:10m
// level of detail: its first load+project (< 300 ms) and a Balkans zoom step drawn from it (< 16 ms);
// country names: the date step with them on, their per-viewport placement and the per-map anchors.
// On a shared machine compare CPU times, and run with --benchmark_repetitions=5.
#include "atlasdocument.h"
#include "countryshapesreader.h"
#include "datasetreader.h"
#include "hittester.h"
#include "labelanchors.h"
#include "labellayer.h"
#include "mapexporter.h"
#include "maprenderer.h"
#include "pngwriter.h"
#include "projectedmap.h"
#include "recognitiontimeline.h"
#include "regionpresets.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace atlas;

namespace {

const QString kMap = QStringLiteral(ATLAS_SOURCE_DIR "/maps/ne_50m_admin0.shp");
const QString kData = QStringLiteral(ATLAS_SOURCE_DIR "/resources/data");

const std::shared_ptr<const AtlasDocument> &sharedDoc()
{
    static const std::shared_ptr<const AtlasDocument> doc = AtlasDocument::load({kMap, kData}).value;
    return doc;
}

const AtlasDocument &atlasDoc()
{
    return *sharedDoc();
}

const std::shared_ptr<const ProjectedMap> &sharedMap()
{
    static const std::shared_ptr<const ProjectedMap> map = atlasDoc().projectedMap(ProjectionKind::EqualEarth);
    return map;
}

MapViewport worldView(QSize size)
{
    return MapViewport::fit(regionWorldArea(*regionPreset(QStringLiteral("world")), *sharedMap()), size);
}

RenderOptions optionsOn(const QDate &date)
{
    RenderOptions o;
    o.date = date;
    return o;
}

QSize sizeArg(const benchmark::State &state) { return QSize(int(state.range(0)), int(state.range(1))); }

void BM_LoadMap(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(readCountryShapes(kMap));
}
BENCHMARK(BM_LoadMap)->Unit(benchmark::kMillisecond);

// The 1:10m layer alone, read and keyed as the document reads it (FlatGeobuf: see maps/README.md).
void BM_Load10m(benchmark::State &state)
{
    const QString path = QStringLiteral(ATLAS_SOURCE_DIR "/maps/ne_10m_admin0.fgb");
    for (auto _ : state)
        benchmark::DoNotOptimize(readCountryShapes(path, {QStringLiteral("countries"), nullptr}));
}
BENCHMARK(BM_Load10m)->Unit(benchmark::kMillisecond);

void BM_LoadDataset(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(readDataset(kData));
}
BENCHMARK(BM_LoadDataset)->Unit(benchmark::kMillisecond);

void BM_Project(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(ProjectedMap(atlasDoc().shapes(), ProjectionKind::EqualEarth));
}
BENCHMARK(BM_Project)->Unit(benchmark::kMillisecond);

// A new viewport: geometry is rasterised again (what pan and zoom cost).
void BM_RenderNewViewport(benchmark::State &state)
{
    MapRenderer renderer(sharedDoc(), sharedMap());
    const RenderOptions o = optionsOn(QDate(2013, 2, 17));
    double nudge = 0;
    for (auto _ : state) {
        MapViewport v = worldView(sizeArg(state)).pannedBy(QPointF(nudge, 0));
        nudge = nudge > 0 ? 0 : 1;
        benchmark::DoNotOptimize(renderer.composeMap(v, o));
    }
}
BENCHMARK(BM_RenderNewViewport)->Args({1920, 1080})->Args({3840, 2160})->Unit(benchmark::kMillisecond);

// Level of detail: the first need of 1:10m (read, link, project) on a freshly loaded document.
// Wall time (two threads project); CPU time is the whole process's.
void BM_First10mLoadAndProject(benchmark::State &state)
{
    for (auto _ : state) {
        state.PauseTiming();
        const auto doc = AtlasDocument::load({kMap, kData}).value;
        state.ResumeTiming();
        const auto fine = doc->projectedMap(ProjectionKind::EqualEarth, MapDetail::Fine);
        if (fine->detail() != MapDetail::Fine)
            state.SkipWithError("the 1:10m layer did not load");
        benchmark::DoNotOptimize(fine);
    }
}
BENCHMARK(BM_First10mLoadAndProject)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime()->MeasureProcessCPUTime();

const std::shared_ptr<const ProjectedMap> &fineMap()
{
    static const std::shared_ptr<const ProjectedMap> map = atlasDoc().projectedMap(ProjectionKind::EqualEarth, MapDetail::Fine);
    return map;
}

MapViewport balkansView()
{
    return MapViewport::fit(regionWorldArea(*regionPreset(QStringLiteral("balkans")), *fineMap()), QSize(1920, 1080));
}

// A wheel step in the Balkans preset at 1920x1080, drawn from 1:10m (new viewport each time).
void BM_BalkansZoomStep10m(benchmark::State &state)
{
    MapRenderer renderer(sharedDoc(), fineMap());
    const RenderOptions o = optionsOn(QDate(2013, 2, 17));
    const MapViewport balkans = balkansView();
    bool in = false;
    for (auto _ : state) {
        const MapViewport v = in ? balkans.zoomedAt(QPointF(960, 540), 1.25) : balkans;
        in = !in;
        benchmark::DoNotOptimize(renderer.composeMap(v, o));
    }
}
BENCHMARK(BM_BalkansZoomStep10m)->Unit(benchmark::kMillisecond)->UseRealTime()->MeasureProcessCPUTime();

// The zoom step's two parts: rasterising the geometry layers, and composing their pixels.
void BM_BalkansZoomStep10mLayers(benchmark::State &state)
{
    MapLayerCache layers;
    const MapViewport balkans = balkansView();
    const QVector<MarkerRule> &rules = atlasDoc().link(MapDetail::Fine).markerRules;
    bool in = false;
    for (auto _ : state) {
        layers.ensure(*fineMap(), in ? balkans.zoomedAt(QPointF(960, 540), 1.25) : balkans, rules, 1.0);
        in = !in;
    }
}
BENCHMARK(BM_BalkansZoomStep10mLayers)->Unit(benchmark::kMillisecond)->UseRealTime()->MeasureProcessCPUTime();

// The slider's step: same viewport, another date. Only colours change.
void BM_DateStep(benchmark::State &state)
{
    MapRenderer renderer(sharedDoc(), sharedMap());
    const MapViewport v = worldView(sizeArg(state));
    QDate date(2008, 2, 17);
    renderer.composeMap(v, optionsOn(date));
    for (auto _ : state) {
        date = date.addDays(1);
        benchmark::DoNotOptimize(renderer.composeMap(v, optionsOn(date)));
    }
}
BENCHMARK(BM_DateStep)->Args({1920, 1080})->Args({3840, 2160})->Unit(benchmark::kMillisecond);

// A date step as the window paints it: map plus title, counter and legend.
void BM_DateStepWithAnnotations(benchmark::State &state)
{
    MapRenderer renderer(sharedDoc(), sharedMap());
    const MapViewport v = worldView(sizeArg(state));
    QImage target(v.pixels(), QImage::Format_RGB32);
    QDate date(2008, 2, 17);
    for (auto _ : state) {
        date = date.addDays(1);
        QPainter p(&target);
        renderer.render(p, v, optionsOn(date));
    }
}
BENCHMARK(BM_DateStepWithAnnotations)->Args({1920, 1080})->Args({3840, 2160})->Unit(benchmark::kMillisecond);

// The same date step with country names on (world and Balkans at 1:10m): the names are placed
// once for the viewport, so a step only draws their sprites. Issue 8's budget: 4 ms at 1920x1080.
void BM_DateStepWithLabels(benchmark::State &state, const char *region, bool labels)
{
    const MapViewport fitted = MapViewport::fit(regionWorldArea(*regionPreset(QString::fromLatin1(region)), *sharedMap()),
                                                QSize(1920, 1080));
    MapRenderer renderer(sharedDoc(), atlasDoc().projectedMapFor(ProjectionKind::EqualEarth, fitted));
    const MapViewport v = MapViewport::fit(regionWorldArea(*regionPreset(QString::fromLatin1(region)), renderer.map()),
                                           QSize(1920, 1080));
    QImage target(v.pixels(), QImage::Format_RGB32);
    QDate date(2008, 2, 17);
    RenderOptions o = optionsOn(date);
    o.labels = labels;
    {
        QPainter p(&target);
        renderer.render(p, v, o);  // the viewport's layers, anchors and placement: made once, before the steps
    }
    for (auto _ : state) {
        o.date = date = date.addDays(1);
        QPainter p(&target);
        renderer.render(p, v, o);
    }
    state.counters["placements"] = renderer.labelLayer().placements();  // 1: never per date step
}
BENCHMARK_CAPTURE(BM_DateStepWithLabels, world, "world", true)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_DateStepWithLabels, balkans, "balkans", true)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_DateStepWithLabels, world_unlabelled, "world", false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_DateStepWithLabels, balkans_unlabelled, "balkans", false)->Unit(benchmark::kMillisecond);

// A region at 1920x1080 on the level of detail it calls for, with names on: what the label
// benchmarks share.
struct LabelScene {
    explicit LabelScene(const char *region)
        : map(atlasDoc().projectedMapFor(
              ProjectionKind::EqualEarth,
              MapViewport::fit(regionWorldArea(*regionPreset(QString::fromLatin1(region)), *sharedMap()), QSize(1920, 1080)))),
          v(MapViewport::fit(regionWorldArea(*regionPreset(QString::fromLatin1(region)), *map), QSize(1920, 1080))),
          in{*map, atlasDoc().link(map->detail()), atlasDoc().dataset(), atlasDoc().stateNames(), NameLanguage::English},
          o(optionsOn(QDate(2013, 2, 17)))
    {
        o.labels = true;
    }
    std::shared_ptr<const ProjectedMap> map;
    MapViewport v;
    LabelInputs in;
    RenderOptions o;
};

// The per-viewport label pass alone, uncached (a new image size: obstacles and collision pass over
// the cached anchors); a pan through LabelLayer reuses the obstacles (BM_LabelPan).
void BM_LabelPlacement(benchmark::State &state, const char *region)
{
    LabelScene scene(region);
    const MapViewport &v = scene.v;
    const LabelInputs &in = scene.in;
    const RenderOptions &o = scene.o;
    const auto &map = scene.map;
    map->labelAnchors();
    bool panned = false;
    for (auto _ : state) {
        panned = !panned;
        benchmark::DoNotOptimize(mapLabels(in, atlasDoc().timeline(), panned ? v.pannedBy(QPointF(7, 0)) : v, o));
    }
}
BENCHMARK_CAPTURE(BM_LabelPlacement, world, "world")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_LabelPlacement, balkans, "balkans")->Unit(benchmark::kMillisecond);

// A pan step's label pass as the renderer runs it: the obstacles kept, the collision pass redone.
void BM_LabelPan(benchmark::State &state, const char *region)
{
    LabelScene scene(region);
    const MapViewport &v = scene.v;
    const LabelInputs &in = scene.in;
    const RenderOptions &o = scene.o;
    LabelLayer layer;
    layer.placed(in, atlasDoc().timeline(), v, o);
    bool panned = false;
    for (auto _ : state) {
        panned = !panned;
        benchmark::DoNotOptimize(layer.placed(in, atlasDoc().timeline(), panned ? v.pannedBy(QPointF(7, 0)) : v, o));
    }
}
BENCHMARK_CAPTURE(BM_LabelPan, world, "world")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_LabelPan, balkans, "balkans")->Unit(benchmark::kMillisecond);

// Drawing the placed names alone (what labels add to a date step).
void BM_LabelPaint(benchmark::State &state, const char *region)
{
    LabelScene scene(region);
    const MapViewport &v = scene.v;
    const LabelInputs &in = scene.in;
    const RenderOptions &o = scene.o;
    LabelLayer layer;
    QImage target(v.pixels(), QImage::Format_RGB32);
    for (auto _ : state) {
        QPainter p(&target);
        layer.paint(p, in, atlasDoc().timeline(), v, o, true);
    }
    state.counters["labels"] = layer.placed(in, atlasDoc().timeline(), v, o).size();
}
BENCHMARK_CAPTURE(BM_LabelPaint, world, "world")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_LabelPaint, balkans, "balkans")->Unit(benchmark::kMillisecond);

// The anchors of a map (GEOS MaximumInscribedCircle per feature): once per projection and level.
void BM_LabelAnchors(benchmark::State &state, MapDetail detail)
{
    const auto map = atlasDoc().projectedMap(ProjectionKind::EqualEarth, detail);
    for (auto _ : state)
        benchmark::DoNotOptimize(computeLabelAnchors(*map));
}
BENCHMARK_CAPTURE(BM_LabelAnchors, standard, MapDetail::Standard)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_LabelAnchors, fine, MapDetail::Fine)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_PngEncode(benchmark::State &state)
{
    MapRenderer renderer(sharedDoc(), sharedMap());
    const QImage image = renderer.renderImage(worldView(sizeArg(state)), optionsOn(QDate(2013, 2, 17)));
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("bench.png"));
    for (auto _ : state)
        benchmark::DoNotOptimize(writePng(image, path));
}
BENCHMARK(BM_PngEncode)->Args({1920, 1080})->Args({3840, 2160})->Unit(benchmark::kMillisecond);

// Issue: SVG and PDF of the world at the default size under 0.5 s, the SVG under 3 MB.
void BM_ExportVector(benchmark::State &state, const char *extension)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("world.") + QLatin1String(extension));
    ExportRequest request = regionExportRequest(*sharedMap(), *regionPreset(QStringLiteral("world")), QSize(1920, 1080));
    request.date = QDate(2013, 2, 17);
    MapExporter exporter(sharedDoc(), sharedMap());
    for (auto _ : state)
        benchmark::DoNotOptimize(exporter.write(request, path).ok);
    state.counters["bytes"] = double(QFileInfo(path).size());
}
BENCHMARK_CAPTURE(BM_ExportVector, svg, "svg")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ExportVector, pdf, "pdf")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ExportVector, png, "png")->Unit(benchmark::kMillisecond);

void BM_HitTest(benchmark::State &state)
{
    HitTester tester(*sharedMap(), atlasDoc().link());
    const MapViewport v = worldView(QSize(1920, 1080));
    // A fixed walk over the whole map: land, sea and circles alike.
    QList<QPointF> points;
    for (int y = 0; y < 1080; y += 37)
        for (int x = 0; x < 1920; x += 41)
            points << QPointF(x, y);
    qsizetype i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(tester.hitAt(v, points[i]));
        i = (i + 1) % points.size();
    }
}
BENCHMARK(BM_HitTest)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
