// Level of detail of the shipped map: which scale draws 1:10m, and that 1:10m keeps every state.
#include "atlasdocument.h"
#include "projectedmap.h"
#include "regionpresets.h"
#include "viewculling.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace atlas;
using namespace atlas::test;

namespace {

int projectedVertices(const ProjectedMap &map)
{
    int vertices = 0;
    for (const ProjectedCountry &c : map.countries())
        for (const QList<QPolygonF> &polygon : c.rings)
            for (const QPolygonF &ring : polygon)
                vertices += int(ring.size());
    return vertices;
}

MapViewport regionView(const char *region, const QSize &pixels = {1920, 1080})
{
    return MapViewport::fit(regionWorldArea(*regionPreset(QString::fromLatin1(region)), *shippedMap()), pixels);
}

} // namespace

TEST(Detail, TheWorldAtScreenSizesStays50mAndEuropeAndTheBalkansDraw10m)
{
    const AtlasDocument &doc = shippedAtlas();
    ASSERT_TRUE(doc.hasFineDetail());
    EXPECT_EQ(doc.detailFor(regionView("world")), MapDetail::Standard);
    EXPECT_EQ(doc.detailFor(regionView("world", {3840, 2160})), MapDetail::Standard);
    EXPECT_EQ(doc.detailFor(regionView("europe")), MapDetail::Fine);
    EXPECT_EQ(doc.detailFor(regionView("balkans")), MapDetail::Fine);
}

TEST(Detail, The10mLayerMatchesKosovoAndItsNeighboursAndEveryUnMember)
{
    const AtlasDocument &doc = shippedAtlas();
    const CountryShapes &fine = doc.shapes(MapDetail::Fine);
    ASSERT_TRUE(doc.isFineDetailLoaded());
    EXPECT_GT(fine.vertexCount(), 400000);
    const CountryStateLink &link = doc.link(MapDetail::Fine);
    ASSERT_EQ(link.stateIndexOf.size(), fine.countries.size());
    for (const char *code : {"XKX", "SRB", "ALB", "MKD", "MNE", "BIH", "HRV", "BGR", "GRC"}) {
        const int feature = link.featureIndexOfState(stateIndex(code));
        ASSERT_GE(feature, 0) << code;
        EXPECT_EQ(fine.countries[feature].code, QString::fromLatin1(code));
    }
    int unMembers = 0;
    for (int s = 0; s < doc.dataset().states.size(); ++s)
        unMembers += doc.dataset().states[s].kind == StateKind::UnMember && link.featureIndexOfState(s) >= 0;
    EXPECT_EQ(unMembers, 193);
}

TEST(Detail, AProjected10mMapIsThinnedToHalfAPixelAtTheClosestZoom)
{
    const auto fine = shippedDocument()->projectedMap(ProjectionKind::EqualEarth, MapDetail::Fine);
    EXPECT_EQ(fine->detail(), MapDetail::Fine);
    int vertices = 0;
    for (const ProjectedCountry &c : fine->countries())
        for (const QList<QPolygonF> &polygon : c.rings)
            for (const QPolygonF &ring : polygon)
                vertices += int(ring.size());
    EXPECT_LT(vertices, shippedAtlas().shapes(MapDetail::Fine).vertexCount());
    EXPECT_GT(vertices, 200000);
    EXPECT_GE(fine->indexOf(QStringLiteral("XKX")), 0);
}

TEST(Detail, AMapFileHasOneLevel)
{
    const auto r = AtlasDocument::load({fixture(QStringLiteral("balkans_ne_style.shp")), shippedDataDir()});
    ASSERT_TRUE(r.ok()) << joinProblems(r.errors).toStdString();
    EXPECT_FALSE(r.value->hasFineDetail());
    EXPECT_EQ(r.value->detailFor(regionView("balkans")), MapDetail::Standard);
    EXPECT_EQ(r.value->projectedMap(ProjectionKind::EqualEarth, MapDetail::Fine)->detail(), MapDetail::Standard);
}

TEST(Detail, The50mLevelIsThinnedForTheScalesItIsDrawnAtButAMapFileIsNot)
{
    const auto standard = shippedDocument()->projectedMap(ProjectionKind::EqualEarth);
    const int vertices = projectedVertices(*standard);
    // 1:50m's vertices are mostly farther apart than 3.5 km already: about 9% go.
    EXPECT_LT(vertices, 0.95 * shippedAtlas().shapes().vertexCount());
    EXPECT_GT(vertices, 80000);
    EXPECT_GE(standard->indexOf(QStringLiteral("SMR")), 0);  // microstates keep a shape
    const auto r = AtlasDocument::load({fixture(QStringLiteral("balkans_ne_style.shp")), shippedDataDir()});
    ASSERT_TRUE(r.ok()) << joinProblems(r.errors).toStdString();
    EXPECT_EQ(projectedVertices(*r.value->projectedMap(ProjectionKind::EqualEarth)), r.value->shapes().vertexCount());
}

// Zoomed into the Balkans, only Italy's polygons that meet the view are drawn (not Sicily's far
// side nor Sardinia when they lie outside), in pixels; a country far away gives nothing.
TEST(Detail, DrawingCullsPolygonsOutsideTheViewAndWorksInPixels)
{
    const auto fine = shippedDocument()->projectedMap(ProjectionKind::EqualEarth, MapDetail::Fine);
    const MapViewport view = MapViewport::fit(regionWorldArea(*regionPreset(QStringLiteral("balkans")), *fine), {1920, 1080});
    const QRectF visible = view.visibleWorld();
    const ProjectedCountry &kosovo = fine->countries()[fine->indexOf(QStringLiteral("XKX"))];
    const QPainterPath whole = pixelPathInView(kosovo, visible, view.worldToPixel());
    EXPECT_TRUE(QRectF(QPointF(0, 0), QSizeF(view.pixels())).contains(whole.boundingRect()));
    EXPECT_NEAR(whole.boundingRect().width(), view.worldToPixel().mapRect(kosovo.bounds).width(), 1.0);
    const ProjectedCountry &usa = fine->countries()[fine->indexOf(QStringLiteral("USA"))];
    EXPECT_TRUE(pixelPathInView(usa, visible, view.worldToPixel()).isEmpty());
    const ProjectedCountry &greece = fine->countries()[fine->indexOf(QStringLiteral("GRC"))];
    int meeting = 0;
    for (const QRectF &box : greece.polygonBounds)
        meeting += box.intersects(visible);
    ASSERT_GT(meeting, 0);
    const QPainterPath part = pixelPathInView(greece, visible, view.worldToPixel());
    int subpaths = 0;
    for (int i = 0; i < part.elementCount(); ++i)
        subpaths += part.elementAt(i).type == QPainterPath::MoveToElement;
    EXPECT_EQ(subpaths, meeting);  // Greek islands have no holes: one ring a polygon
    EXPECT_LT(meeting, greece.polygonBounds.size());  // Crete's south, the Dodecanese...: outside
}
