// --map with the Natural Earth files people already have: world-atlas TopoJSON, QGIS's
// world_map.gpkg, shapefiles keyed by name and ISO numeric id, and a map that matches nothing.
// Fixtures: tests/fixtures/maps/ (README there). The full-size sources (world-atlas 50m/10m,
// geopandas' naturalearth_lowres, QGIS's world_map.gpkg) are tested too when
// ATLAS_FOREIGN_MAPS_DIR names a folder holding them (see tests/fixtures/maps/README.md).
#include "atlasdocument.h"
#include "countrycodes.h"
#include "countryshapesreader.h"
#include "projectedmap.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cctype>
#include <iostream>
#include <string>

using namespace atlas;
using namespace atlas::test;

namespace {

QString mapFixture(const char *name)
{
    return fixture(QStringLiteral("maps/") + QString::fromLatin1(name));
}

Result<std::shared_ptr<const AtlasDocument>> loadWithMap(const QString &path, const QString &layer = {})
{
    return AtlasDocument::load({path, shippedDataDir(), layer});
}

int unMembersDrawn(const AtlasDocument &doc)
{
    int n = 0;
    for (int s = 0; s < doc.dataset().states.size(); ++s)
        n += doc.dataset().states[s].kind == StateKind::UnMember && doc.link().featureIndexOfState(s) >= 0;
    return n;
}

bool mentions(const QList<Problem> &problems, const char *text)
{
    return joinProblems(problems).contains(QString::fromLatin1(text));
}

// No polygon (except Antarctica's, which circles the pole) may reach across the antimeridian.
void expectNoBandAcrossTheMap(const CountryShapes &shapes)
{
    for (const CountryShape &c : shapes.countries) {
        for (const GeoPolygon &p : c.polygons) {
            const QRectF box = p.first().boundingRect();
            EXPECT_GE(box.left(), -180.000001) << c.name.toStdString();
            EXPECT_LE(box.right(), 180.000001) << c.name.toStdString();
            if (c.code != QLatin1String("ATA")) {
                EXPECT_LT(box.width(), 180) << c.name.toStdString() << " spans the map";
            }
        }
    }
}

} // namespace

TEST(ForeignMaps, WorldAtlasTopoJsonIsReadAsLonLatWithoutMentioningAPrj)
{
    const auto r = readCountryShapes(mapFixture("world-atlas-countries-110m.json"));
    ASSERT_TRUE(r.ok()) << joinProblems(r.errors).toStdString();
    EXPECT_FALSE(mentions(r.warnings, ".prj")) << joinProblems(r.warnings).toStdString();
    EXPECT_TRUE(mentions(r.warnings, "names no coordinate system")) << joinProblems(r.warnings).toStdString();
    EXPECT_TRUE(joinProblems(r.warnings).contains(mapFixture("world-atlas-countries-110m.json")));
    EXPECT_EQ(r.value.layer, QStringLiteral("countries"));  // not "land"
    EXPECT_TRUE(mentions(r.warnings, "drawing 'countries'"));
    EXPECT_EQ(r.value.keyColumn, QStringLiteral("ID"));
    EXPECT_EQ(r.value.featureCount, 177);
    EXPECT_TRUE(r.value.unmatchedNames.isEmpty()) << r.value.unmatchedNames.join(QStringLiteral(", ")).toStdString();
    for (const char *code : {"XKX", "SRB", "XNC", "XSL", "FJI", "RUS", "USA"})
        EXPECT_GE(r.value.indexOf(QString::fromLatin1(code)), 0) << code;
}

TEST(ForeignMaps, SphericalRingsAreCutAtTheAntimeridian)
{
    const auto r = readCountryShapes(mapFixture("world-atlas-countries-110m.json"));
    ASSERT_TRUE(r.ok());
    expectNoBandAcrossTheMap(r.value);
    // Fiji and Russia lie on both sides of the antimeridian: parts east and west of it.
    for (const char *code : {"FJI", "RUS"}) {
        const CountryShape &c = r.value.countries[r.value.indexOf(QString::fromLatin1(code))];
        bool east = false, west = false;
        for (const GeoPolygon &p : c.polygons) {
            east |= p.first().boundingRect().right() > 179;
            west |= p.first().boundingRect().left() < -179;
        }
        EXPECT_TRUE(east && west) << code;
    }
    // Projected, no country is as wide as the map (a band).
    const auto doc = loadWithMap(mapFixture("world-atlas-countries-110m.json"));
    ASSERT_TRUE(doc.ok());
    const auto map = doc.value->projectedMap(ProjectionKind::EqualEarth);
    for (const ProjectedCountry &c : map->countries()) {
        if (c.code == QLatin1String("ATA"))
            continue;
        for (const QRectF &box : c.polygonBounds) {
            EXPECT_LT(box.width(), 0.5 * map->worldBounds().width()) << c.name.toStdString();
        }
    }
}

TEST(ForeignMaps, WorldAtlas110mCoversTheLargeUnMembersAndWarnsAboutTheRest)
{
    const auto r = loadWithMap(mapFixture("world-atlas-countries-110m.json"));
    ASSERT_TRUE(r.ok()) << joinProblems(r.errors).toStdString();
    EXPECT_EQ(unMembersDrawn(*r.value), 165);
    EXPECT_TRUE(mentions(r.warnings, "28 UN member states are not in this map")) << joinProblems(r.warnings).toStdString();
    EXPECT_TRUE(mentions(r.warnings, "Andorra"));
    EXPECT_GE(r.value->link().featureIndexOfState(stateIndex("XKX")), 0);
}

TEST(ForeignMaps, QgisWorldMapDrawsItsCountriesLayerNotTheProvinces)
{
    const QString path = mapFixture("qgis_world_map_balkans.gpkg");
    const auto r = readCountryShapes(path);
    ASSERT_TRUE(r.ok()) << joinProblems(r.errors).toStdString();
    EXPECT_EQ(r.value.layer, QStringLiteral("countries"));
    EXPECT_TRUE(mentions(r.warnings, "2 polygon layers (states_provinces, countries): drawing 'countries'"))
        << joinProblems(r.warnings).toStdString();
    EXPECT_TRUE(mentions(r.warnings, "--layer"));
    // Kosovo is -99 in its ISO_A3 and XK in iso_a2.
    ASSERT_GE(r.value.indexOf(QStringLiteral("XKX")), 0);
    EXPECT_EQ(r.value.countries[r.value.indexOf(QStringLiteral("XKX"))].name, QStringLiteral("Kosovo"));
    EXPECT_GE(r.value.indexOf(QStringLiteral("SRB")), 0);
    EXPECT_EQ(r.value.featureCount, 14);
}

// Neither layer is named like admin-0: the one whose features match the most states is drawn,
// though it is not the first (the first matches 5 states around Pristina, the second 14).
TEST(ForeignMaps, WithNoTellingLayerNameTheLayerMatchingTheMostStatesIsDrawn)
{
    const auto r = loadWithMap(mapFixture("unnamed_layers_balkans.gpkg"));
    ASSERT_TRUE(r.ok()) << joinProblems(r.errors).toStdString();
    const CountryShapes &shapes = r.value->shapes();
    EXPECT_EQ(shapes.layer, QStringLiteral("balkan_states"));
    EXPECT_TRUE(mentions(r.warnings, "2 polygon layers (around_pristina, balkan_states): drawing 'balkan_states' "
                                     "(its features match the most countries)"))
        << joinProblems(r.warnings).toStdString();
    EXPECT_EQ(shapes.featureCount, 14);
    for (const char *code : {"XKX", "SRB", "HRV", "GRC", "ITA", "AUT"})
        EXPECT_GE(r.value->link().featureIndexOfState(stateIndex(code)), 0) << code;
    // --layer still takes the other one.
    const auto first = loadWithMap(mapFixture("unnamed_layers_balkans.gpkg"), QStringLiteral("around_pristina"));
    ASSERT_TRUE(first.ok()) << joinProblems(first.errors).toStdString();
    EXPECT_EQ(first.value->shapes().featureCount, 5);
}

TEST(ForeignMaps, LayerChoosesAnotherLayerAndAnUnknownOneIsAnError)
{
    const QString path = mapFixture("qgis_world_map_balkans.gpkg");
    const auto provinces = readCountryShapes(path, {QStringLiteral("states_provinces"), nullptr});
    ASSERT_TRUE(provinces.ok()) << joinProblems(provinces.errors).toStdString();
    EXPECT_EQ(provinces.value.layer, QStringLiteral("states_provinces"));
    EXPECT_FALSE(mentions(provinces.warnings, "polygon layers"));  // chosen, not guessed
    const auto missing = readCountryShapes(path, {QStringLiteral("nope"), nullptr});
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(mentions(missing.errors, "no polygon layer 'nope'"));
    EXPECT_TRUE(mentions(missing.errors, "states_provinces, countries"));
}

TEST(ForeignMaps, ShapefileKeyedByNameAndIsoNumericIdIsMatched)
{
    const auto r = readCountryShapes(mapFixture("balkans_name_id.shp"));
    ASSERT_TRUE(r.ok()) << joinProblems(r.errors).toStdString();
    EXPECT_EQ(r.value.keyColumn, QStringLiteral("ID"));
    EXPECT_TRUE(r.value.unmatchedNames.isEmpty()) << r.value.unmatchedNames.join(QStringLiteral(", ")).toStdString();
    EXPECT_FALSE(mentions(r.warnings, "no usable country code"));
    for (const char *code : {"XKX", "SRB", "MKD", "BIH", "MNE", "ALB"})
        EXPECT_GE(r.value.indexOf(QString::fromLatin1(code)), 0) << code;
}

TEST(ForeignMaps, RowNumbersInIdAreNotTakenForIsoCodes)
{
    // id = 1, 2, 3...: 8 would be Albania and 20 Andorra. The names decide instead.
    const auto r = readCountryShapes(mapFixture("balkans_rownumber_id.shp"));
    ASSERT_TRUE(r.ok()) << joinProblems(r.errors).toStdString();
    EXPECT_EQ(r.value.keyColumn, QStringLiteral("NAME"));
    EXPECT_EQ(r.value.indexOf(QStringLiteral("AND")), -1);
    for (const char *code : {"XKX", "SRB", "MKD", "BIH", "MNE", "ALB"})
        EXPECT_GE(r.value.indexOf(QString::fromLatin1(code)), 0) << code;
}

TEST(ForeignMaps, AMapWhoseCodesMatchNothingIsRefusedNamingFileKeyAndNames)
{
    const QString path = mapFixture("unknown_codes.geojson");
    const auto r = loadWithMap(path);
    ASSERT_FALSE(r.ok());
    const QString message = joinProblems(r.errors);
    EXPECT_TRUE(message.startsWith(path)) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("ISO_A3"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("Atlantis 1"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("2 of 14 features"))) << message.toStdString();
}

TEST(ForeignMaps, TheCommandLineExitsOneAndWritesNoExportForAMapMatchingNothing)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("x.png"));
    const AtlasRun r = runAtlas({QStringLiteral("--export"), png, QStringLiteral("--map"), mapFixture("unknown_codes.geojson")});
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(png));
    EXPECT_TRUE(r.err.contains(QStringLiteral("Atlantis"))) << r.err.toStdString();
}

TEST(ForeignMaps, TheCommandLineTakesLayer)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("x.png"));
    const AtlasRun r = runAtlas({QStringLiteral("--export"), png, QStringLiteral("--region"), QStringLiteral("balkans"),
                                 QStringLiteral("--map"), mapFixture("qgis_world_map_balkans.gpkg"),
                                 QStringLiteral("--layer"), QStringLiteral("countries")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QFileInfo::exists(png));
    EXPECT_FALSE(r.err.contains(QStringLiteral("polygon layers"))) << r.err.toStdString();
    const AtlasRun help = runAtlas({QStringLiteral("--help")});
    EXPECT_TRUE(help.out.contains(QStringLiteral("--layer <name>"))) << help.out.toStdString();
}

TEST(ForeignMaps, KeylessAreasOfWorldAtlas10mAreNoDataNeverGuessed)
{
    FeatureAttributes spratly{{QStringLiteral("NAME"), QStringLiteral("Spratly Is.")}};
    const LayerKeys keys = detectLayerKeys({QStringLiteral("ID"), QStringLiteral("NAME")}, {spratly}, nullptr);
    for (const char *name : {"Dhekelia", "USNB Guantanamo Bay", "Cyprus U.N. Buffer Zone", "Baikonur", "Akrotiri",
                             "Coral Sea Is.", "Spratly Is.", "Clipperton I.", "Bajo Nuevo Bank", "Serranilla Bank",
                             "Scarborough Reef"}) {
        const FeatureKey key = resolveFeatureKey({{QStringLiteral("NAME"), QString::fromUtf8(name)}}, keys, nullptr);
        EXPECT_TRUE(key.noData) << name;
        EXPECT_TRUE(key.code.isEmpty()) << name;
    }
    for (const auto &[name, code] : {std::pair{"Kosovo", "XKX"}, std::pair{"N. Cyprus", "XNC"}, std::pair{"Somaliland", "XSL"},
                                     std::pair{"Siachen Glacier", "XSG"}, std::pair{"Indian Ocean Ter.", "XIO"}})
        EXPECT_EQ(resolveFeatureKey({{QStringLiteral("NAME"), QString::fromUtf8(name)}}, keys, nullptr).code,
                  QString::fromLatin1(code));
}

TEST(ForeignMaps, KeysComeFromIsoCodesInEveryForm)
{
    ASSERT_FALSE(isoCountryTable().path.isEmpty()) << "iso-codes' iso_3166-1.json not found";
    const LayerKeys keys = detectLayerKeys({QStringLiteral("ISO_N3"), QStringLiteral("ISO_A2"), QStringLiteral("NAME")}, {}, nullptr);
    const auto code = [&keys](const char *field, const char *value) {
        return resolveFeatureKey({{QString::fromLatin1(field), QString::fromUtf8(value)}}, keys, nullptr).code;
    };
    EXPECT_EQ(code("ISO_N3", "688"), QStringLiteral("SRB"));
    EXPECT_EQ(code("ISO_N3", "8"), QStringLiteral("ALB"));
    EXPECT_EQ(code("ISO_N3", "-99"), QString());
    EXPECT_EQ(code("ISO_A2", "XK"), QStringLiteral("XKX"));
    EXPECT_EQ(code("ISO_A2", "RS"), QStringLiteral("SRB"));
    EXPECT_EQ(code("NAME", "Bosnia and Herz."), QStringLiteral("BIH"));
    EXPECT_EQ(code("NAME", "Dem. Rep. Congo"), QStringLiteral("COD"));
    EXPECT_EQ(code("NAME", "Côte d'Ivoire"), QStringLiteral("CIV"));
    // UI-language names through state_names.csv, as the document passes them.
    const auto doc = loadWithMap(mapFixture("balkans_name_id.shp"));
    ASSERT_TRUE(doc.ok()) << joinProblems(doc.errors).toStdString();
}

// The full-size sources, when a folder with them is given (not in CI: tens of MB).
namespace {

struct FullSource {
    const char *file;      // relative to $ATLAS_FOREIGN_MAPS_DIR
    int minUnMembers;      // UN members drawn at least
};

class FullSizeForeignMap : public ::testing::TestWithParam<FullSource> {};

} // namespace

TEST_P(FullSizeForeignMap, LoadsWithMostUnMembersAndNoBand)
{
    const QByteArray dir = qgetenv("ATLAS_FOREIGN_MAPS_DIR");
    const QString path = QDir(QString::fromLocal8Bit(dir)).filePath(QString::fromLatin1(GetParam().file));
    if (dir.isEmpty() || !QFileInfo::exists(path))
        GTEST_SKIP() << "set ATLAS_FOREIGN_MAPS_DIR to a folder with " << GetParam().file;
    const auto r = loadWithMap(path);
    ASSERT_TRUE(r.ok()) << joinProblems(r.errors).toStdString();
    EXPECT_GE(unMembersDrawn(*r.value), GetParam().minUnMembers);
    const CountryShapes &shapes = r.value->shapes();
    std::cout << GetParam().file << ": layer " << shapes.layer.toStdString() << ", key " << shapes.keyColumn.toStdString()
              << ", " << shapes.featureCount << " features, " << shapes.unmatchedNames.size() << " unmatched ("
              << shapes.unmatchedNames.join(QStringLiteral(", ")).toStdString() << "), " << unMembersDrawn(*r.value)
              << " UN members drawn\n" << joinProblems(r.warnings).toStdString() << "\n";
    EXPECT_FALSE(mentions(r.warnings, ".prj is not"));
    expectNoBandAcrossTheMap(r.value->shapes());
    EXPECT_GE(r.value->link().featureIndexOfState(stateIndex("XKX")), 0);
    EXPECT_GE(r.value->link().featureIndexOfState(stateIndex("SRB")), 0);
}

INSTANTIATE_TEST_SUITE_P(Sources, FullSizeForeignMap,
                         ::testing::Values(FullSource{"countries-50m.json", 192}, FullSource{"countries-10m.json", 193},
                                           FullSource{"ne10m_name_id.shp", 193}, FullSource{"world_map.gpkg", 190},
                                           FullSource{"naturalearth_lowres.shp", 165}),
                         [](const ::testing::TestParamInfo<FullSource> &source) {
                             std::string name = source.param.file;
                             for (char &c : name)
                                 if (!std::isalnum(static_cast<unsigned char>(c)))
                                     c = '_';
                             return name;
                         });
