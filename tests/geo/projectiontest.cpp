// Projections through PROJ at known points, the whole-globe outline, and the antimeridian cut.
#include "mapprojection.h"
#include "projectedmap.h"
#include "regionpresets.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace atlas;
using namespace atlas::test;

namespace {

struct KnownPoint {
    ProjectionKind kind;
    double lon, lat;
    double x, y;  // metres, from PROJ's own test data / the projection's definition
};

std::ostream &operator<<(std::ostream &os, const KnownPoint &p)
{
    return os << projectionWord(p.kind).toStdString() << " (" << p.lon << ", " << p.lat << ")";
}

class ProjectsKnownPoint : public ::testing::TestWithParam<KnownPoint> {};

} // namespace

TEST_P(ProjectsKnownPoint, ForwardAndBack)
{
    const KnownPoint p = GetParam();
    const MapProjection projection(p.kind);
    const auto xy = projection.forward(QPointF(p.lon, p.lat));
    ASSERT_TRUE(xy);
    EXPECT_NEAR(xy->x(), p.x, 1000.0);
    EXPECT_NEAR(xy->y(), p.y, 1000.0);
    const auto back = projection.inverse(*xy);
    ASSERT_TRUE(back);
    EXPECT_NEAR(back->x(), p.lon, 1e-6);
    EXPECT_NEAR(back->y(), p.lat, 1e-6);
}

INSTANTIATE_TEST_SUITE_P(
    Proj, ProjectsKnownPoint,
    ::testing::Values(KnownPoint{ProjectionKind::EqualEarth, 0, 0, 0, 0},
                      KnownPoint{ProjectionKind::EqualEarth, 180, 0, 17243959.06, 0},
                      KnownPoint{ProjectionKind::EqualEarth, 30, 60, 2167538.51, 6924035.14},
                      KnownPoint{ProjectionKind::Robinson, 180, 0, 17005833.33, 0},
                      KnownPoint{ProjectionKind::Robinson, -75, -40, -6530239.89, -4276351.58},
                      KnownPoint{ProjectionKind::PlateCarree, 180, 0, 20037508.34, 0},
                      KnownPoint{ProjectionKind::PlateCarree, 0, 45, 0, 5009377.09}));

TEST(Projection, WordsRoundTrip)
{
    for (ProjectionKind k : {ProjectionKind::EqualEarth, ProjectionKind::Robinson, ProjectionKind::PlateCarree})
        EXPECT_EQ(projectionFromWord(projectionWord(k)), k);
    EXPECT_FALSE(projectionFromWord(QStringLiteral("mercator")));
}

TEST(Projection, PointsOffTheGlobeHaveNoInverse)
{
    const MapProjection projection(ProjectionKind::EqualEarth);
    EXPECT_FALSE(projection.inverse(QPointF(17243959.06, 8000000.0)));  // beyond the curved edge
}

TEST(Projection, NoPolygonCrossesTheAntimeridian)
{
    // A ring running from +180 to -180 would span (almost) the whole map width: a streak.
    for (ProjectionKind kind : {ProjectionKind::EqualEarth, ProjectionKind::Robinson, ProjectionKind::PlateCarree}) {
        const ProjectedMap map(shippedAtlas().shapes(), kind);
        const double worldWidth = map.worldBounds().width();
        for (const ProjectedCountry &c : map.countries()) {
            if (c.code == QLatin1String("ATA"))
                continue;  // Antarctica circles the pole and legitimately spans the map
            for (const QRectF &box : c.polygonBounds)
                EXPECT_LT(box.width(), worldWidth / 2) << c.code.toStdString() << " in " << projectionWord(kind).toStdString();
        }
    }
}

TEST(Projection, RussiaAndFijiReachBothEdges)
{
    const ProjectedMap map(shippedAtlas().shapes(), ProjectionKind::EqualEarth);
    for (const char *code : {"RUS", "FJI"}) {
        const ProjectedCountry &c = map.countries()[map.indexOf(QString::fromLatin1(code))];
        EXPECT_LT(c.bounds.left(), -10e6) << code;   // the part east of 180
        EXPECT_GT(c.bounds.right(), 10e6) << code;   // the part west of 180
    }
}

TEST(Projection, EqualEarthKeepsAreas)
{
    // Brazil is about 8.5 million km2, and so it must be on an equal-area plane.
    const ProjectedMap &map = *shippedMap();
    const ProjectedCountry &brazil = map.countries()[map.indexOf(QStringLiteral("BRA"))];
    EXPECT_NEAR(brazil.area / 1e6, 8.5e6, 0.15e6);
}

TEST(Projection, RegionPresetsCoverTheirPlaces)
{
    const ProjectedMap &map = *shippedMap();
    const auto inside = [&](const char *region, double lon, double lat) {
        return regionWorldArea(*regionPreset(QString::fromLatin1(region)), map)
            .contains(*map.projection().forward(QPointF(lon, lat)));
    };
    EXPECT_TRUE(inside("balkans", 21.17, 42.67));   // Pristina
    EXPECT_FALSE(inside("balkans", 2.35, 48.86));   // Paris
    EXPECT_TRUE(inside("europe", 2.35, 48.86));
    EXPECT_TRUE(inside("africa", 31.2, 30.0));      // Cairo
    EXPECT_TRUE(inside("americas", -99.1, 19.4));   // Mexico City
    EXPECT_TRUE(inside("asia", 116.4, 39.9));       // Beijing
    EXPECT_TRUE(inside("oceania", 151.2, -33.9));   // Sydney
    EXPECT_EQ(regionIds().size(), 7);
}
