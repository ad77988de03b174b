// kosovo-atlas on every broken map and dataset fixture: exit code 1 and a message naming the file
// when refused, 0 and a warning when the damage leaves the input unambiguous; never a crash, and
// never a PNG from a refused input. The messages themselves are checked in maptest/datatest.
#include "testsupport.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace atlas::test;

namespace {

struct Case {
    const char *fixture;
    int exitCode;
};

std::ostream &operator<<(std::ostream &os, const Case &c) { return os << c.fixture; }

class MapCli : public ::testing::TestWithParam<Case> {};
class DataCli : public ::testing::TestWithParam<Case> {};

} // namespace

TEST_P(MapCli, ExportExitsWithTheRightCodeAndNamesTheMap)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("x.png"));
    const QString map = badFixture(QString::fromLatin1(GetParam().fixture));
    const AtlasRun r = runAtlas({QStringLiteral("--export"), out, QStringLiteral("--size"), QStringLiteral("96x64"),
                            QStringLiteral("--map"), map});
    ASSERT_FALSE(r.crashed) << r.err.toStdString();
    EXPECT_EQ(r.exitCode, GetParam().exitCode) << r.err.toStdString();
    EXPECT_NE(r.err.indexOf(map), -1) << r.err.toStdString();
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), GetParam().exitCode == 0 ? 1 : 0);
}

INSTANTIATE_TEST_SUITE_P(
    Fixtures, MapCli,
    ::testing::Values(Case{"no_shx.shp", 1}, Case{"empty_shx.shp", 1}, Case{"truncated_shx.shp", 1}, Case{"no_dbf.shp", 1},
                      Case{"empty_dbf.shp", 1}, Case{"truncated_dbf.shp", 1}, Case{"bad_dbf_header.shp", 1},
                      Case{"truncated_mid.shp", 1}, Case{"header_length.shp", 1}, Case{"bad_offset.shp", 1},
Case{"bad_prj.shp", 1}, Case{"points_only.shp", 1},
                      Case{"empty_layer.shp", 1}, Case{"metres_no_prj.shp", 1}, Case{"no_prj.shp", 0},
                      Case{"empty_prj.shp", 0}, Case{"nan_vertex.shp", 0}, Case{"null_geometry.shp", 0},
                      Case{"degenerate_ring.shp", 0}));

TEST_P(DataCli, ListExitsWithTheRightCodeAndNamesTheFile)
{
    const DatasetCopy data(QString::fromLatin1(GetParam().fixture));
    const AtlasRun r = runAtlas({QStringLiteral("--list"), QStringLiteral("--data"), data.path()});
    ASSERT_FALSE(r.crashed) << r.err.toStdString();
    EXPECT_EQ(r.exitCode, GetParam().exitCode) << r.err.toStdString();
    EXPECT_NE(r.err.indexOf(data.file(replacedFile(QString::fromLatin1(GetParam().fixture)))), -1) << r.err.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Fixtures, DataCli,
    ::testing::Values(Case{"truncated_line.events.csv", 1}, Case{"truncated_last_field.key_dates.csv", 0},
                      Case{"garbage_line.states.csv", 1}, Case{"impossible_date.memberships.csv", 1},
                      Case{"unknown_code.positions.csv", 1}, Case{"empty.events.csv", 1},
                      Case{"random_bytes.events.csv", 1}, Case{"invalid_utf8.states.csv", 1},
                      Case{"duplicated.events.csv", 1}, Case{"duplicated_rows.memberships.csv", 1},
                      Case{"overlap.memberships.csv", 1}, Case{"long_field.events.csv", 1},
                      Case{"quote_left_open.key_dates.csv", 1}));

TEST(DataCli, ExportOnBrokenDataWritesNoFile)
{
    QTemporaryDir dir;
    const DatasetCopy data(QStringLiteral("garbage_line.states.csv"));
    const AtlasRun r = runAtlas({QStringLiteral("--export"), dir.filePath(QStringLiteral("x.png")), QStringLiteral("--data"),
                            data.path()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.indexOf(data.file(QStringLiteral("states.csv")) + QStringLiteral(":10: expected 3 fields")), -1)
        << r.err.toStdString();
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}
