// Bytes overwritten anywhere in a map: 0xff or 0x00 runs at evenly spaced offsets of each of the
// .shp, .shx and .dbf. Whatever the damage, the loader returns errors naming the map, or outlines
// that are all lon/lat; the fuzzer (tests/fuzz/) covers the random cases.
#include "countryshapesreader.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace atlas;
using namespace atlas::test;

namespace {

struct Damage {
    const char *suffix;  // which file of the map
    char byte;
    int offsets;         // evenly spaced over the file
};

std::ostream &operator<<(std::ostream &os, const Damage &d) { return os << d.suffix << '/' << int(uchar(d.byte)); }

class OverwrittenMap : public ::testing::TestWithParam<Damage> {};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return f.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

} // namespace

TEST_P(OverwrittenMap, NeverCrashesNorDrawsOutsideTheGlobe)
{
    const Damage damage = GetParam();
    const QString base = QStringLiteral(ATLAS_FIXTURE_DIR "/balkans_ne_style.");
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("map."));
    for (const char *suffix : {"shp", "shx", "dbf", "prj"})
        writeAll(copy + QLatin1String(suffix), readAll(base + QLatin1String(suffix)));
    const QByteArray original = readAll(base + QLatin1String(damage.suffix));
    const int run = 16;
    for (int k = 0; k < damage.offsets; ++k) {
        const qsizetype at = (original.size() - run) * k / (damage.offsets - 1);
        QByteArray bytes = original;
        bytes.replace(at, run, QByteArray(run, damage.byte));
        writeAll(copy + QLatin1String(damage.suffix), bytes);
        const Result<CountryShapes> r = readCountryShapes(copy + QStringLiteral("shp"));
        SCOPED_TRACE(at);
        if (!r.ok()) {
            EXPECT_EQ(r.errors.first().file, copy + QStringLiteral("shp"));
            continue;
        }
        for (const CountryShape &c : r.value.countries)
            for (const GeoPolygon &polygon : c.polygons)
                for (const QPointF &p : polygon.first())
                    ASSERT_TRUE(std::abs(p.x()) <= 180 && std::abs(p.y()) <= 90) << c.code.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Sweep, OverwrittenMap,
                         ::testing::Values(Damage{"shp", '\xff', 200}, Damage{"shp", '\0', 200},
                                           Damage{"shx", '\xff', 60}, Damage{"shx", '\0', 60},
                                           Damage{"dbf", '\xff', 120}, Damage{"dbf", '\0', 120}));
