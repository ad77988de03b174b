// Broken maps (tests/fixtures/bad/): each is refused with a message naming the file, or read with a
// warning naming the feature it skipped; never a crash, a hang or a map in the wrong place.
#include "countryshapesreader.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace atlas;
using namespace atlas::test;

namespace {

struct BrokenMap {
    const char *file;      // in tests/fixtures/bad/
    bool loads;            // read with warnings (true) or refused (false)
    const char *expected;  // part of the first error, or of some warning when it loads
    int countries = 0;     // when it loads: how many of the 18 Balkan outlines are kept
};

std::ostream &operator<<(std::ostream &os, const BrokenMap &m) { return os << m.file; }

class BrokenMapTest : public ::testing::TestWithParam<BrokenMap> {};

bool isLonLat(const CountryShapes &shapes)
{
    for (const CountryShape &c : shapes.countries)
        for (const GeoPolygon &polygon : c.polygons)
            for (const QPolygonF &ring : polygon)
                for (const QPointF &p : ring)
                    if (!(p.x() >= -180 && p.x() <= 180 && p.y() >= -90 && p.y() <= 90))
                        return false;
    return true;
}

} // namespace

TEST_P(BrokenMapTest, IsRefusedOrReadWithAWarningNamingTheFile)
{
    const QString path = badFixture(QString::fromLatin1(GetParam().file));
    const Result<CountryShapes> r = readCountryShapes(path);
    const QList<Problem> &problems = GetParam().loads ? r.warnings : r.errors;
    ASSERT_EQ(r.ok(), GetParam().loads) << joinProblems(r.errors).toStdString();
    ASSERT_FALSE(problems.isEmpty());
    const QString text = joinProblems(problems);
    EXPECT_TRUE(problems.first().file == path) << text.toStdString();
    EXPECT_NE(text.indexOf(QString::fromUtf8(GetParam().expected)), -1) << text.toStdString();
    if (GetParam().loads) {
        EXPECT_EQ(r.value.countries.size(), GetParam().countries);
        EXPECT_TRUE(isLonLat(r.value));
    }
}

INSTANTIATE_TEST_SUITE_P(
    Fixtures, BrokenMapTest,
    ::testing::Values(
        BrokenMap{"no_shx.shp", false, "the index no_shx.shx is missing; rebuild it with: ogrinfo --config SHAPE_RESTORE_SHX YES"},
        BrokenMap{"empty_shx.shp", false, "the index empty_shx.shx is empty"},
        BrokenMap{"truncated_shx.shp", false, "truncated_shx.shx: the header gives a length of 244 bytes but the file has 150"},
        BrokenMap{"no_dbf.shp", false, "the attribute table no_dbf.dbf is missing, so the map has no country codes"},
        BrokenMap{"empty_dbf.shp", false, "the attribute table empty_dbf.dbf is empty"},
        BrokenMap{"truncated_dbf.shp", false, "truncated_dbf.dbf: the header promises 18 rows (4467 bytes) but the file has 1000"},
        BrokenMap{"bad_dbf_header.shp", false, "bad_dbf_header.dbf: the header promises 18 rows"},
        BrokenMap{"truncated.shp", false, "the header gives a length of 43960 bytes but the file has 300"},
        BrokenMap{"truncated_mid.shp", false, "the header gives a length of 43960 bytes but the file has 20000"},
        BrokenMap{"header_length.shp", false, "the header gives a length of 43968 bytes but the file has 43960"},
        BrokenMap{"garbage.shp", false, "not a readable vector map"},
        BrokenMap{"missing.shp", false, "map file does not exist"},
        BrokenMap{"bad_offset.shp", false, "GDAL:"},
        BrokenMap{"bad_prj.shp", false, "its .prj is not a coordinate system GDAL understands"},
        BrokenMap{"no_code_column.shp", false, "no country code column"},
        BrokenMap{"points_only.shp", false, "no polygon layer in this map"},
        BrokenMap{"empty_layer.shp", false, "no country polygons could be read"},
        BrokenMap{"metres_no_prj.shp", false, "no country polygons could be read"},
        BrokenMap{"no_prj.shp", true, "no coordinate system (no_prj.prj is missing or empty)", 18},
        BrokenMap{"empty_prj.shp", true, "no coordinate system (empty_prj.prj is missing or empty)", 18},
        BrokenMap{"nan_vertex.shp", true, "feature 3: ", 17},
        BrokenMap{"null_geometry.shp", true, "feature 17: ALB has no geometry; skipped", 17},
        BrokenMap{"degenerate_ring.shp", true, "feature 17: MKD has no polygon; skipped", 17}));

TEST(BrokenMap, MetresWithoutPrjNameEveryFeatureAndTheMissingPrj)
{
    const Result<CountryShapes> r = readCountryShapes(badFixture(QStringLiteral("metres_no_prj.shp")));
    ASSERT_FALSE(r.ok());
    const QString warnings = joinProblems(r.warnings);
    EXPECT_NE(warnings.indexOf(QStringLiteral("feature 0: ")), -1) << warnings.toStdString();
    EXPECT_NE(warnings.indexOf(QStringLiteral("has coordinates that are not lon/lat degrees (the map has no .prj); skipped")), -1);
}

TEST(BrokenMap, NanVertexSkipsOnlyThatFeature)
{
    const Result<CountryShapes> r = readCountryShapes(badFixture(QStringLiteral("nan_vertex.shp")));
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r.warnings.size(), 1) << joinProblems(r.warnings).toStdString();
    EXPECT_EQ(r.warnings.first().field, QStringLiteral("feature 3"));
    EXPECT_NE(r.warnings.first().message.indexOf(QStringLiteral("not lon/lat degrees; skipped")), -1);
}

TEST(BrokenMap, ASourceInAnotherCrsStillLoadsCleanly)
{
    const Result<CountryShapes> r = readCountryShapes(QStringLiteral(ATLAS_FIXTURE_DIR "/balkans_3857.shp"));
    EXPECT_TRUE(r.ok()) << joinProblems(r.errors).toStdString();
    EXPECT_TRUE(r.warnings.isEmpty()) << joinProblems(r.warnings).toStdString();
    EXPECT_TRUE(isLonLat(r.value));
}

TEST(BrokenMap, ADamagedRecordHeaderIsHarmlessBecauseTheIndexIsUsed)
{
    // GDAL takes each shape's length from the .shx, so the map is read whole and right.
    const Result<CountryShapes> r = readCountryShapes(badFixture(QStringLiteral("bad_record_length.shp")));
    ASSERT_TRUE(r.ok()) << joinProblems(r.errors).toStdString();
    EXPECT_EQ(r.value.countries.size(), 18);
    EXPECT_TRUE(isLonLat(r.value));
}
