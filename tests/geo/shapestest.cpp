// The map loader on the shipped Natural Earth file, on Natural Earth style fixtures and on broken maps.
#include "countryshapesreader.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace atlas;
using namespace atlas::test;

TEST(Shapes, EveryUnMemberAndKosovoHasAShapeInTheShippedMap)
{
    const CountryShapes &shapes = shippedAtlas().shapes();
    const RecognitionDataset &data = shippedAtlas().dataset();
    int matched = 0;
    for (const StateInfo &s : data.states) {
        if (s.kind != StateKind::UnMember && s.kind != StateKind::Subject)
            continue;
        const int i = shapes.indexOf(s.code);
        EXPECT_GE(i, 0) << s.code.toStdString() << " (" << s.name.toStdString() << ") has no shape";
        matched += i >= 0 && !shapes.countries[i].polygons.isEmpty();
    }
    EXPECT_EQ(matched, 194);
}

TEST(Shapes, ShippedMapLoadsCleanlyWithTheExpectedDetail)
{
    const auto r = readCountryShapes(shippedMapPath());
    ASSERT_TRUE(r.ok()) << joinProblems(r.errors).toStdString();
    EXPECT_TRUE(r.warnings.isEmpty()) << joinProblems(r.warnings).toStdString();
    EXPECT_GE(r.value.countries.size(), 230);
    EXPECT_GT(r.value.vertexCount(), 90000);  // 1:50m detail, not 1:110m
    const CountryShape &kosovo = r.value.countries[r.value.indexOf(QStringLiteral("XKX"))];
    EXPECT_EQ(kosovo.name, QStringLiteral("Kosovo"));
}

TEST(Shapes, NaturalEarthMinus99IsResolvedThroughAdm0)
{
    const auto r = readCountryShapes(fixture(QStringLiteral("balkans_ne_style.shp")));
    ASSERT_TRUE(r.ok()) << joinProblems(r.errors).toStdString();
    EXPECT_GE(r.value.indexOf(QStringLiteral("XKX")), 0);
    EXPECT_EQ(r.value.indexOf(QStringLiteral("-99")), -1);
    EXPECT_GE(r.value.indexOf(QStringLiteral("SRB")), 0);
}

TEST(Shapes, ASourceInAnotherCrsIsReprojectedToLonLat)
{
    const auto r = readCountryShapes(fixture(QStringLiteral("balkans_3857.shp")));
    ASSERT_TRUE(r.ok()) << joinProblems(r.errors).toStdString();
    const CountryShape &kosovo = r.value.countries[r.value.indexOf(QStringLiteral("XKX"))];
    const QRectF box = kosovo.polygons.first().first().boundingRect();
    EXPECT_NEAR(box.center().x(), 20.9, 0.5);  // lon
    EXPECT_NEAR(box.center().y(), 42.6, 0.5);  // lat
}

namespace {

struct BrokenMap {
    const char *file;
    const char *expected;  // part of the message
};

class BrokenMapIsRefused : public ::testing::TestWithParam<BrokenMap> {};

} // namespace

TEST_P(BrokenMapIsRefused, WithAMessageNamingTheFile)
{
    const QString path = fixture(QString::fromLatin1(GetParam().file));
    const auto r = readCountryShapes(path);
    ASSERT_FALSE(r.ok());
    const QString message = joinProblems(r.errors);
    EXPECT_TRUE(message.startsWith(path)) << message.toStdString();
    EXPECT_NE(message.indexOf(QString::fromLatin1(GetParam().expected)), -1) << message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Fixtures, BrokenMapIsRefused,
                         ::testing::Values(BrokenMap{"bad/missing.shp", "does not exist"},
                                           BrokenMap{"bad/garbage.shp", "not a readable vector map"},
                                           BrokenMap{"bad/truncated.shp", ""},
                                           BrokenMap{"bad/no_dbf.shp", ""},
                                           BrokenMap{"bad/no_code_column.shp", "no country code column"},
                                           BrokenMap{"bad/points_only.geojson", "no polygon layer"}));
