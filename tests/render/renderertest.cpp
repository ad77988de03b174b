// The one renderer, checked by the colour of pixels at known places on rendered images.
#include "mapannotations.h"
#include "mapexporter.h"
#include "maprenderer.h"
#include "projectedmap.h"
#include "regionpresets.h"
#include "testsupport.h"

#include <QPicture>
#include <QTemporaryDir>

#include <cstring>

#include <gtest/gtest.h>

using namespace atlas;
using namespace atlas::test;

namespace {

// The tests' own renderer, as the window and every export own theirs.
MapRenderer &renderer()
{
    static MapRenderer shared(shippedDocument(), shippedMap());
    return shared;
}

MapViewport regionView(const char *region, QSize size)
{
    return MapViewport::fit(regionWorldArea(*regionPreset(QString::fromLatin1(region)), *shippedMap()), size);
}

QPoint pixelOf(const MapViewport &view, double lon, double lat)
{
    return view.toPixel(*shippedMap()->projection().forward(QPointF(lon, lat))).toPoint();
}

RenderOptions mapOnly(const char *date)
{
    RenderOptions o;
    o.date = day(date);
    o.legend = o.title = o.sourceLine = false;
    return o;
}

QColor statusColour(Status s) { return MapTheme::light().statusColour(s); }

QImage render(const MapViewport &view, const RenderOptions &o)
{
    return renderer().renderImage(view, o);
}

} // namespace

TEST(Renderer, CitiesTakeTheirStatesColour)
{
    const MapViewport view = regionView("europe", QSize(1200, 800));
    const QImage img = render(view, mapOnly("2013-02-17"));
    EXPECT_EQ(img.pixelColor(pixelOf(view, 2.35, 48.86)), statusColour(Status::Recognizes));         // Paris
    EXPECT_EQ(img.pixelColor(pixelOf(view, 20.46, 44.82)), statusColour(Status::DoesNotRecognize));  // Belgrade
    EXPECT_EQ(img.pixelColor(pixelOf(view, 21.17, 42.67)), statusColour(Status::Self));              // Pristina
    EXPECT_EQ(img.pixelColor(pixelOf(view, -3.70, 40.42)), statusColour(Status::DoesNotRecognize));  // Madrid
    EXPECT_EQ(img.pixelColor(pixelOf(view, -12.0, 45.0)), MapTheme::light().sea);                   // Bay of Biscay
}

TEST(Renderer, BeijingAndWashingtonOnTheWorldMap)
{
    const MapViewport view = regionView("world", QSize(1600, 900));
    const QImage img = render(view, mapOnly("2020-01-01"));
    EXPECT_EQ(img.pixelColor(pixelOf(view, 116.4, 39.9)), statusColour(Status::DoesNotRecognize));
    EXPECT_EQ(img.pixelColor(pixelOf(view, -98.0, 39.0)), statusColour(Status::Recognizes));  // Kansas
    EXPECT_EQ(img.pixelColor(pixelOf(view, 0.0, -82.0)), MapTheme::light().noData);           // Antarctica
}

TEST(Renderer, ADateStepRecoloursAStateThatRecognisedInBetween)
{
    const MapViewport view = regionView("africa", QSize(1000, 1000));
    const QPoint cairo = pixelOf(view, 31.2, 30.0);
    EXPECT_EQ(render(view, mapOnly("2013-06-25")).pixelColor(cairo), statusColour(Status::DoesNotRecognize));
    EXPECT_EQ(render(view, mapOnly("2013-06-26")).pixelColor(cairo), statusColour(Status::Recognizes));
}

TEST(Renderer, WithdrawalClaimsAreHatched)
{
    // Suriname after Serbia's claim of October 2017: both the fill and the hatch colour appear.
    const MapViewport view = regionView("americas", QSize(1000, 1000));
    const QImage img = render(view, mapOnly("2018-01-01"));
    const QPoint centre = pixelOf(view, -56.0, 4.0);
    QSet<QRgb> seen;
    for (int dy = -6; dy <= 6; ++dy)
        for (int dx = -6; dx <= 6; ++dx)
            seen.insert(img.pixel(centre + QPoint(dx, dy)));
    EXPECT_TRUE(seen.contains(statusColour(Status::WithdrawalClaimed).rgb()));
    EXPECT_TRUE(seen.contains(MapTheme::light().hatch.rgb()));
}

TEST(Renderer, MicrostatesAreDrawnAsCirclesInTheirColour)
{
    const MapViewport view = regionView("world", QSize(1920, 1080));
    const QImage img = render(view, mapOnly("2020-01-01"));
    const ProjectedMap &map = *shippedMap();
    // The colour most of the circle's inner pixels have (a hatch stripe may cross the centre).
    const auto colourAtAnchor = [&](const char *code) {
        const ProjectedCountry &c = map.countries()[map.indexOf(QString::fromLatin1(code))];
        const QPoint centre = view.toPixel(c.anchor).toPoint();
        QHash<QRgb, int> votes;
        for (int dy = -2; dy <= 2; ++dy)
            for (int dx = -2; dx <= 2; ++dx)
                ++votes[img.pixel(centre + QPoint(dx, dy))];
        QRgb best = 0;
        for (auto it = votes.cbegin(); it != votes.cend(); ++it)
            if (it.value() > votes.value(best))
                best = it.key();
        return QColor(best);
    };
    EXPECT_EQ(colourAtAnchor("TUV"), statusColour(Status::Recognizes));         // Tuvalu, 2010
    EXPECT_EQ(colourAtAnchor("NRU"), statusColour(Status::WithdrawalClaimed));  // Nauru, claim of Nov 2019
    EXPECT_EQ(colourAtAnchor("MCO"), statusColour(Status::Recognizes));
    EXPECT_EQ(colourAtAnchor("VAT"), statusColour(Status::DoesNotRecognize));
    const QList<MarkerCircle> &markers = renderer().layers().markers();
    EXPECT_GE(markers.size(), 25);
    EXPECT_TRUE(std::any_of(markers.begin(), markers.end(), [&](const MarkerCircle &m) {
        return map.countries()[m.featureIndex].code == QLatin1String("XKX");
    })) << "Kosovo, the subject, must stay visible at world scale";
}

TEST(Renderer, RenderIntoAnyPainterMatchesTheImage)
{
    // A vector device (QPicture, as SVG would be) gets the same colours as the raster path.
    const MapViewport view = regionView("europe", QSize(800, 600));
    const RenderOptions o = mapOnly("2013-02-17");
    QPicture picture;
    QPainter recorder(&picture);
    renderer().render(recorder, view, o);
    recorder.end();
    QImage played(view.pixels(), QImage::Format_RGB32);
    played.fill(Qt::white);
    QPainter player(&played);
    picture.play(&player);
    player.end();
    for (const auto &[lon, lat] : {std::pair{2.35, 48.86}, {20.46, 44.82}, {-3.70, 40.42}, {10.0, 51.0}})
        EXPECT_EQ(played.pixelColor(pixelOf(view, lon, lat)), render(view, o).pixelColor(pixelOf(view, lon, lat)))
            << lon << "," << lat;
}

TEST(Renderer, AnnotationsDrawTitleAndLegendAndCanBeSwitchedOff)
{
    const MapViewport view = regionView("world", QSize(1280, 720));
    RenderOptions with = mapOnly("2013-02-17");
    with.title = with.legend = with.sourceLine = true;
    const QImage plain = render(view, mapOnly("2013-02-17"));
    const QImage annotated = render(view, with);
    // Top-left (title) and bottom-left (legend) differ; the middle of the Pacific does not.
    const auto differs = [&](QRect area) {
        for (int y = area.top(); y <= area.bottom(); ++y)
            for (int x = area.left(); x <= area.right(); ++x)
                if (plain.pixel(x, y) != annotated.pixel(x, y))
                    return true;
        return false;
    };
    EXPECT_TRUE(differs(QRect(20, 20, 200, 30)));
    EXPECT_TRUE(differs(QRect(20, 620, 150, 80)));
    EXPECT_FALSE(differs(QRect(80, 300, 40, 40)));
}

TEST(Renderer, DarkThemeChangesSeaAndKeepsStatusHues)
{
    const MapViewport view = regionView("europe", QSize(800, 600));
    RenderOptions o = mapOnly("2013-02-17");
    o.theme = MapTheme::dark();
    const QImage img = render(view, o);
    EXPECT_EQ(img.pixelColor(pixelOf(view, -12.0, 45.0)), MapTheme::dark().sea);
    EXPECT_EQ(img.pixelColor(pixelOf(view, -3.70, 40.42)), MapTheme::dark().statusColour(Status::DoesNotRecognize));
}

TEST(Renderer, BandedExportEqualsTheWholeImage)
{
    // Exports are rendered in bands to bound memory; apart from rare edge pixels of the
    // non-antialiased fills, every band must show what the whole image shows.
    const MapViewport view = regionView("world", QSize(1000, 700));
    RenderOptions o = mapOnly("2019-06-01");
    o.title = o.legend = o.sourceLine = true;
    const QImage whole = render(view, o);
    QImage stitched(view.pixels(), QImage::Format_RGB32);
    int top = 0;
    ASSERT_TRUE(renderer().renderBands(view, o, 64, [&](const QImage &band) {
        for (int y = 0; y < band.height(); ++y)
            std::memcpy(stitched.scanLine(top + y), band.constScanLine(y), std::size_t(band.bytesPerLine()));
        top += band.height();
        return true;
    }));
    EXPECT_EQ(top, 700);
    int differing = 0;
    for (int y = 0; y < 700; ++y)
        for (int x = 0; x < 1000; ++x)
            differing += whole.pixel(x, y) != stitched.pixel(x, y);
    EXPECT_LT(differing, 700);  // < 0.1 % of the pixels
}

TEST(Renderer, ExportsOfEverySizeFinish)
{
    // Qt's cosmetic stroker once hung on the globe outline in the last band of a 4K export.
    QTemporaryDir dir;
    for (const QSize size : {QSize(3840, 2160), QSize(2560, 1440), QSize(1280, 720), QSize(777, 333)}) {
        ExportRequest request;
        request.viewport = regionView("world", size);
        request.date = day("2019-06-01");
        request.title = request.legend = request.sourceLine = false;
        const QString path = dir.filePath(QStringLiteral("w.png"));
        const WriteResult r = MapExporter(shippedDocument(), shippedMap()).writePng(request, path);
        ASSERT_TRUE(r.ok) << r.error.toStdString();
        EXPECT_EQ(QImage(path).size(), size);
    }
}

TEST(Renderer, TheSourceLineNamesTheDatasetEdition)
{
    RenderOptions o = mapOnly("2013-02-17");
    const AnnotationText text = annotationText(shippedAtlas().timeline(), o);
    EXPECT_TRUE(text.source.contains(shippedAtlas().subject().version)) << text.source.toStdString();
    EXPECT_TRUE(text.title.contains(QStringLiteral("17 February 2013"))) << text.title.toStdString();
}

TEST(Renderer, AnExportLeavesAnotherRenderersLayersAlone)
{
    // The window's renderer keeps its layers while an export (with a renderer of its own) runs.
    MapRenderer window(shippedDocument(), shippedMap());
    const MapViewport view = regionView("europe", QSize(640, 400));
    window.composeMap(view, mapOnly("2013-02-17"));
    ASSERT_EQ(window.layers().viewport(), view);
    QTemporaryDir dir;
    ExportRequest request;
    request.viewport = regionView("world", QSize(900, 500));
    request.date = day("2013-02-17");
    ASSERT_TRUE(MapExporter(shippedDocument(), shippedMap()).writePng(request, dir.filePath(QStringLiteral("x.png"))).ok);
    EXPECT_EQ(window.layers().viewport(), view);
    EXPECT_EQ(window.layers().region(), QRect(QPoint(0, 0), view.pixels()));
}
