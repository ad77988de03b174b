// Window benchmarks for issue 4: launch to first painted map, a date step (recolour only) and a
// pan/zoom step in a 1600x1000 window, measured offscreen. Numbers, not pass/fail: see README.
#include "atlasdocument.h"
#include "mainwindow.h"
#include "mapview.h"
#include "timelinebar.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>

#include <benchmark/benchmark.h>

using namespace atlas;

namespace {

const QString kMap = QStringLiteral(ATLAS_SOURCE_DIR "/maps/ne_50m_admin0.shp");
const QString kData = QStringLiteral(ATLAS_SOURCE_DIR "/resources/data");

bool waitForPaint(const MapView &view, int timeoutMs = 5000)
{
    QElapsedTimer t;
    t.start();
    while (view.lastPaintMs() <= 0 && t.elapsed() < timeoutMs)
        QApplication::processEvents(QEventLoop::AllEvents, 10);
    return view.lastPaintMs() > 0;
}

// Load the shipped atlas, open the window, wait for the first painted map.
void BM_LaunchToFirstPaint(benchmark::State &state)
{
    for (auto _ : state) {
        auto loaded = AtlasDocument::load({kMap, kData});
        MainWindow window(loaded.value, QDate(2013, 1, 1), QDate::currentDate());
        window.resize(1600, 1000);
        window.show();
        if (!waitForPaint(*window.mapView()))
            state.SkipWithError("the map was never painted");
    }
}
BENCHMARK(BM_LaunchToFirstPaint)->Unit(benchmark::kMillisecond)->Iterations(5);

class WindowFixture {
public:
    WindowFixture() : m_window(AtlasDocument::load({kMap, kData}).value, QDate(2008, 2, 17), QDate::currentDate())
    {
        m_window.resize(1600, 1000);
        m_window.show();
        waitForPaint(*m_window.mapView());
    }
    MainWindow &window() { return m_window; }

private:
    MainWindow m_window;
};

// The slider's step as the user sees it: new date on the time bar, map repainted.
void BM_WindowDateStep(benchmark::State &state)
{
    WindowFixture f;
    QDate d(2008, 2, 17);
    for (auto _ : state) {
        d = d.addDays(7);
        if (d > QDate::currentDate())
            d = QDate(2008, 2, 17);
        f.window().timelineBar()->setDate(d);
        f.window().mapView()->repaint();
    }
    state.counters["map_paint_ms"] = f.window().mapView()->lastPaintMs();
}
BENCHMARK(BM_WindowDateStep)->Unit(benchmark::kMillisecond);

// A zoom step rebuilds the geometry layers for the new viewport.
void BM_WindowZoomStep(benchmark::State &state)
{
    WindowFixture f;
    bool in = true;
    for (auto _ : state) {
        f.window().mapView()->zoomBy(in ? 1.01 : 1 / 1.01);
        in = !in;
        f.window().mapView()->repaint();
    }
}
BENCHMARK(BM_WindowZoomStep)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);  // never touch the user's settings
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
