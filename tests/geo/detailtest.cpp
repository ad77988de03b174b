// Level of detail of the shipped map: which scale draws 1:10m, and that 1:10m keeps every state.
#include "atlasdocument.h"
#include "projectedmap.h"
#include "regionpresets.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace atlas;
using namespace atlas::test;

namespace {

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
