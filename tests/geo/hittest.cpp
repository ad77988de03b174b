// Hit-testing: points on land, at sea and on microstate circles.
#include "hittester.h"
#include "mapmarkers.h"
#include "projectedmap.h"
#include "regionpresets.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace atlas;
using namespace atlas::test;

namespace {

class HitTest : public ::testing::Test {
protected:
    const ProjectedMap &map = *shippedMap();
    HitTester tester{map, shippedAtlas().link()};

    QString codeAt(const char *region, QSize size, double lon, double lat) const
    {
        const MapViewport view = MapViewport::fit(regionWorldArea(*regionPreset(QString::fromLatin1(region)), map), size);
        return tester.hitAt(view, view.toPixel(*map.projection().forward(QPointF(lon, lat)))).placeCode;
    }
};

} // namespace

TEST_F(HitTest, PristinaIsKosovoAtEveryScale)
{
    EXPECT_EQ(codeAt("balkans", QSize(1200, 800), 21.17, 42.67), QStringLiteral("XKX"));
    EXPECT_EQ(codeAt("world", QSize(1920, 1080), 21.17, 42.67), QStringLiteral("XKX"));  // on its circle
}

TEST_F(HitTest, LandAndSea)
{
    EXPECT_EQ(codeAt("europe", QSize(1200, 800), 2.35, 48.86), QStringLiteral("FRA"));
    EXPECT_EQ(codeAt("europe", QSize(1200, 800), 20.46, 44.82), QStringLiteral("SRB"));
    EXPECT_EQ(codeAt("world", QSize(1920, 1080), -30.0, 0.0), QString());  // Atlantic
    EXPECT_EQ(codeAt("world", QSize(1920, 1080), 0.0, -82.0), QStringLiteral("ATA"));
}

TEST_F(HitTest, MicrostateCirclesAreClickable)
{
    EXPECT_EQ(codeAt("world", QSize(1920, 1080), 166.93, -0.53), QStringLiteral("NRU"));  // Nauru
    EXPECT_EQ(codeAt("europe", QSize(1200, 800), 12.45, 43.94), QStringLiteral("SMR"));   // San Marino
}

TEST_F(HitTest, EveryCircleDrawnAtWorldScaleHitsItsState)
{
    const MapViewport view = MapViewport::fit(map.worldBounds(), QSize(1920, 1080));
    const QList<MarkerCircle> circles = markerCircles(map, view, shippedAtlas().link().markerRules);
    ASSERT_GE(circles.size(), 25);
    for (const MarkerCircle &c : circles) {
        const QString code = map.countries()[c.featureIndex].code;
        const MapHit hit = tester.hitAt(view, c.centre);
        EXPECT_EQ(hit.placeCode, code);
        EXPECT_EQ(hit.stateIndex, shippedAtlas().dataset().indexOf(code)) << code.toStdString();
        EXPECT_TRUE(hit.isStateItself) << code.toStdString();
    }
}

TEST_F(HitTest, WorldPointLookupMatchesThePolygons)
{
    const auto world = map.projection().forward(QPointF(-3.70, 40.42));
    ASSERT_TRUE(world);
    EXPECT_EQ(map.countries()[tester.featureIndexAtWorld(*world)].code, QStringLiteral("ESP"));
}

TEST_F(HitTest, ATerritoryIsItsOwnPlaceAndItsSovereignsState)
{
    const MapViewport view = MapViewport::fit(map.worldBounds(), QSize(1920, 1080));
    const MapHit greenland = tester.hitAt(view, view.toPixel(*map.projection().forward(QPointF(-42.0, 72.0))));
    EXPECT_EQ(greenland.placeCode, QStringLiteral("GRL"));
    EXPECT_EQ(greenland.stateIndex, shippedAtlas().dataset().indexOf(QStringLiteral("DNK")));
    EXPECT_FALSE(greenland.isStateItself);
    const MapHit sea = tester.hitAt(view, view.toPixel(*map.projection().forward(QPointF(-30.0, 0.0))));
    EXPECT_FALSE(sea.isLand());
    EXPECT_EQ(sea.stateIndex, -1);
}

TEST(HitTestAcrossProjections, TheSameStateUnderEveryProjection)
{
    // Results are keyed by code and state index, so they hold whatever map the view swaps in.
    for (const ProjectionKind kind : {ProjectionKind::EqualEarth, ProjectionKind::Robinson, ProjectionKind::PlateCarree}) {
        const auto map = shippedAtlas().projectedMap(kind);
        const HitTester tester(*map, shippedAtlas().link());
        const MapViewport view = MapViewport::fit(regionWorldArea(*regionPreset(QStringLiteral("balkans")), *map), QSize(1200, 800));
        const MapHit hit = tester.hitAt(view, view.toPixel(*map->projection().forward(QPointF(20.46, 44.82))));
        EXPECT_EQ(hit.placeCode, QStringLiteral("SRB")) << projectionWord(kind).toStdString();
        EXPECT_EQ(hit.stateIndex, shippedAtlas().dataset().indexOf(QStringLiteral("SRB")));
    }
}
