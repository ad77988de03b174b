// Hit-testing: points on land, at sea and on microstate circles.
#include "hittester.h"
#include "maprenderer.h"
#include "projectedmap.h"
#include "regionpresets.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace atlas;
using namespace atlas::test;

namespace {

class HitTest : public ::testing::Test {
protected:
    const ProjectedMap &map = shippedAtlas().projectedMap();
    HitTester tester{map, shippedAtlas().renderer().link().markerRules};

    QString codeAt(const char *region, QSize size, double lon, double lat) const
    {
        const MapViewport view = MapViewport::fit(regionWorldArea(*regionPreset(QString::fromLatin1(region)), map), size);
        const int feature = tester.featureAt(view, view.toPixel(*map.projection().forward(QPointF(lon, lat))));
        return feature < 0 ? QString() : map.countries()[feature].code;
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
    const QList<MarkerCircle> circles = markerCircles(map, view, shippedAtlas().renderer().link().markerRules);
    ASSERT_GE(circles.size(), 25);
    for (const MarkerCircle &c : circles)
        EXPECT_EQ(tester.featureAt(view, c.centre), c.feature) << map.countries()[c.feature].code.toStdString();
}

TEST_F(HitTest, WorldPointLookupMatchesThePolygons)
{
    const auto world = map.projection().forward(QPointF(-3.70, 40.42));
    ASSERT_TRUE(world);
    EXPECT_EQ(map.countries()[tester.featureAtWorld(*world)].code, QStringLiteral("ESP"));
}
