// The command line is a public contract: flags, CSV headers, status words, exit codes and messages.
// These tests run the real kosovo-atlas executable on the shipped data.
#include "atlasdocument.h"
#include "recognitiondataset.h"
#include "regionpresets.h"
#include "testsupport.h"
#include "tourreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <unistd.h>

#include <gtest/gtest.h>

using namespace atlas;
using namespace atlas::test;


TEST(Cli, ListHasOneRowPerStateWithContractHeaderAndWords)
{
    const AtlasRun r = runAtlas({QStringLiteral("--list"), QStringLiteral("--date"), QStringLiteral("2013-02-17")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList lines = r.lines();
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_EQ(lines.first(), QStringLiteral("iso_a3,name,status,since,source"));
    EXPECT_EQ(lines.size() - 1, shippedAtlas().dataset().states.size());
    EXPECT_TRUE(lines.contains(QStringLiteral("XKX,Kosovo,self,,")) || r.out.contains(QStringLiteral("\nXKX,Kosovo,self,")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("\nFRA,France,recognizes,2008-02-18,")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("\nESP,Spain,does_not_recognize,,")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("\nSTP,São Tomé and Príncipe,withdrawal_claimed,2013-01-07,")));
    int statuses = 0;
    for (const char *word : {",self,", ",recognizes,", ",withdrawal_claimed,", ",does_not_recognize,"})
        statuses += int(r.out.count(QString::fromLatin1(word)));
    EXPECT_EQ(statuses, lines.size() - 1);
}

TEST(Cli, StatsCountsGroupsWithMembershipOfTheDate)
{
    const AtlasRun r = runAtlas({QStringLiteral("--stats"), QStringLiteral("--date"), QStringLiteral("2013-02-17")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.lines().first(), QStringLiteral("group,members,recognizing,withdrawal_claimed"));
    EXPECT_TRUE(r.lines().contains(QStringLiteral("EU,27,22,0")));
    EXPECT_TRUE(r.lines().contains(QStringLiteral("NATO,28,24,0")));
    for (const char *group : {"UN,", "EU,", "NATO,", "AU,", "OIC,", "G20,"})
        EXPECT_TRUE(r.out.contains(QLatin1Char('\n') + QString::fromLatin1(group))) << group;
}

TEST(Cli, EventsAllCarryASource)
{
    const AtlasRun r = runAtlas({QStringLiteral("--events"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray events = QJsonDocument::fromJson(r.out.toUtf8()).array();
    EXPECT_EQ(events.size(), shippedAtlas().dataset().events.size());
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        EXPECT_FALSE(e[QStringLiteral("source")].toString().isEmpty()) << e[QStringLiteral("iso_a3")].toString().toStdString();
        EXPECT_TRUE(e[QStringLiteral("disputed")].toString() == QLatin1String("yes")
                    || e[QStringLiteral("disputed")].toString() == QLatin1String("no"));
    }
    const AtlasRun csv = runAtlas({QStringLiteral("--events")});
    EXPECT_TRUE(csv.out.startsWith(QStringLiteral("iso_a3,name,event,date,claimed_by,disputed,source")));
}

TEST(Cli, StatsAsJsonHasNumbers)
{
    const AtlasRun r = runAtlas({QStringLiteral("--stats"), QStringLiteral("--format"), QStringLiteral("json"),
                            QStringLiteral("--date"), QStringLiteral("2014-01-01")});
    ASSERT_EQ(r.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    const auto eu = std::find_if(rows.begin(), rows.end(), [](const QJsonValue &v) {
        return v.toObject()[QStringLiteral("group")].toString() == QLatin1String("EU");
    });
    ASSERT_NE(eu, rows.end());
    EXPECT_EQ(eu->toObject()[QStringLiteral("members")].toInt(), 28);
    EXPECT_EQ(eu->toObject()[QStringLiteral("recognizing")].toInt(), 23);
}

TEST(Cli, ExportWritesAPngOfTheRequestedSize)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("balkans.png"));
    const AtlasRun r = runAtlas({QStringLiteral("--export"), out, QStringLiteral("--size"), QStringLiteral("800x500"),
                            QStringLiteral("--region"), QStringLiteral("balkans"), QStringLiteral("--projection"),
                            QStringLiteral("robinson"), QStringLiteral("--date"), QStringLiteral("2008-03-01")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QImage img(out);
    ASSERT_FALSE(img.isNull());
    EXPECT_EQ(img.size(), QSize(800, 500));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 1);  // no temporary left behind
}

namespace {

struct BadInput {
    QStringList arguments;
    int exitCode;
    const char *message;  // part of stderr
};

std::ostream &operator<<(std::ostream &os, const BadInput &b) { return os << b.arguments.join(QLatin1Char(' ')).toStdString(); }

class CliRefuses : public ::testing::TestWithParam<BadInput> {};

} // namespace

TEST_P(CliRefuses, WithAMessageAnExitCodeAndNoFile)
{
    QTemporaryDir dir;
    QStringList args;
    for (QString a : GetParam().arguments)
        args << a.replace(QStringLiteral("@TMP"), dir.path()).replace(QStringLiteral("@DATA"), QStringLiteral(ATLAS_FIXTURE_DIR));
    const AtlasRun r = runAtlas(args);
    EXPECT_EQ(r.exitCode, GetParam().exitCode) << r.err.toStdString();
    const QString expected = QString::fromLatin1(GetParam().message)
                                 .replace(QStringLiteral("@DATA"), QStringLiteral(ATLAS_FIXTURE_DIR))
                                 .replace(QStringLiteral("@TMP"), dir.path());
    EXPECT_NE(r.err.indexOf(expected), -1) << r.err.toStdString();
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty()) << "a file was left behind";
}

INSTANTIATE_TEST_SUITE_P(
    BadInput, CliRefuses,
    ::testing::Values(
        BadInput{{QStringLiteral("--list"), QStringLiteral("--date"), QStringLiteral("2013-13-45")}, 2, "--date: '2013-13-45' is not a valid date"},
        BadInput{{QStringLiteral("--list"), QStringLiteral("--date"), QStringLiteral("2008-02-30")}, 2, "--date: '2008-02-30' is not a valid date"},
        BadInput{{QStringLiteral("--list"), QStringLiteral("--date"), QStringLiteral("2001-01-01")}, 2, "is outside 2008-02-17"},
        BadInput{{QStringLiteral("--export"), QStringLiteral("@TMP/x.png"), QStringLiteral("--size"), QStringLiteral("12x9000000")}, 2, "--size: '12x9000000'"},
        BadInput{{QStringLiteral("--export"), QStringLiteral("@TMP/x.png"), QStringLiteral("--projection"), QStringLiteral("mercator")}, 2, "--projection: 'mercator'"},
        BadInput{{QStringLiteral("--export"), QStringLiteral("@TMP/x.png"), QStringLiteral("--region"), QStringLiteral("mars")}, 2, "--region: 'mars'"},
        BadInput{{QStringLiteral("--list"), QStringLiteral("--format"), QStringLiteral("xml")}, 2, "--format: 'xml'"},
        BadInput{{QStringLiteral("--list"), QStringLiteral("--stats")}, 2, "choose one of"},
        BadInput{{QStringLiteral("--bogus")}, 2, "Unknown option 'bogus'"},
        BadInput{{QStringLiteral("--export"), QStringLiteral("@TMP/x.png"), QStringLiteral("--map"), QStringLiteral("@DATA/bad/missing.shp")}, 1, "@DATA/bad/missing.shp: map file does not exist"},
        BadInput{{QStringLiteral("--export"), QStringLiteral("@TMP/x.png"), QStringLiteral("--map"), QStringLiteral("@DATA/bad/garbage.shp")}, 1, "@DATA/bad/garbage.shp: not a readable vector map"},
        BadInput{{QStringLiteral("--export"), QStringLiteral("@TMP/x.png"), QStringLiteral("--map"), QStringLiteral("@DATA/bad/truncated.shp")}, 1, "@DATA/bad/truncated.shp"},
        BadInput{{QStringLiteral("--list"), QStringLiteral("--data"), QStringLiteral("@DATA/bad_dataset")}, 1, "@DATA/bad_dataset/events.csv:3: date: '2008-02-30' is not a valid date"},
        BadInput{{QStringLiteral("--export"), QStringLiteral("@TMP/no/such/dir/x.png")}, 1, "@TMP/no/such/dir/x.png: cannot write"}));

TEST(Cli, UnwritableExportLeavesNoFile)
{
    // Root ignores permission bits, so as root the folder is a read-only tmpfs instead.
    QTemporaryDir dir;
    const bool root = ::geteuid() == 0;
    if (root && QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                                            QStringLiteral("-o"), QStringLiteral("ro,size=64k"),
                                                            QStringLiteral("tmpfs"), dir.path()}) != 0)
        GTEST_SKIP() << "cannot mount a read-only tmpfs here";
    if (!root)
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
    const QString out = dir.filePath(QStringLiteral("x.png"));
    const AtlasRun r = runAtlas({QStringLiteral("--export"), out});
    const bool exists = QFile::exists(out);
    if (root)
        QProcess::execute(QStringLiteral("umount"), {dir.path()});
    else
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.indexOf(QStringLiteral("x.png: cannot write")), -1) << r.err.toStdString();
    EXPECT_FALSE(exists);
}

TEST(Cli, ExportFailsCleanlyWhenTheDiskIsFull)
{
    // A 64 KiB tmpfs cannot hold a 1920x1080 map: the write fails part-way and nothing may remain.
    QTemporaryDir dir;
    QProcess mount;
    mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                         QStringLiteral("size=64k"), QStringLiteral("tmpfs"), dir.path()});
    if (!mount.waitForFinished(10000) || mount.exitCode() != 0)
        GTEST_SKIP() << "cannot mount a small tmpfs here";
    const AtlasRun r = runAtlas({QStringLiteral("--export"), dir.filePath(QStringLiteral("full.png"))});
    const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    QProcess::execute(QStringLiteral("umount"), {dir.path()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.indexOf(QStringLiteral("full.png: cannot write")), -1) << r.err.toStdString();
    EXPECT_TRUE(left.isEmpty()) << left.join(QLatin1Char(' ')).toStdString();
}

TEST(Cli, HelpAndVersion)
{
    const AtlasRun help = runAtlas({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    for (const char *flag : {"--export", "--list", "--stats", "--events", "--date", "--size", "--projection", "--region",
                             "--format", "--map", "--data", "--labels"})
        EXPECT_TRUE(help.out.contains(QString::fromLatin1(flag))) << flag;
    const AtlasRun version = runAtlas({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("kosovo-atlas ")));
}

TEST(Cli, HelpNamesTheProgram)
{
    const AtlasRun help = runAtlas({QStringLiteral("--help")});
    ASSERT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.startsWith(QStringLiteral("Usage: kosovo-atlas [options]"))) << help.out.left(80).toStdString();
    EXPECT_FALSE(help.out.contains(QStringLiteral("<executable_name>")));
}

TEST(Cli, ABadDateWinsOverABadMap)
{
    // The date is checked against the dataset before the map is read: a usage error (exit 2)
    // names the date, never the broken map behind it.
    QTemporaryDir dir;
    const AtlasRun r = runAtlas({QStringLiteral("--export"), dir.filePath(QStringLiteral("x.png")), QStringLiteral("--date"),
                                 QStringLiteral("2001-01-01"), QStringLiteral("--map"), badFixture(QStringLiteral("garbage.shp"))});
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    EXPECT_NE(r.err.indexOf(QStringLiteral("--date: 2001-01-01 is outside 2008-02-17")), -1) << r.err.toStdString();
    EXPECT_EQ(r.err.indexOf(QStringLiteral("garbage.shp")), -1) << r.err.toStdString();
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    // A good date on the same map: now the map is the problem, exit 1.
    const AtlasRun map = runAtlas({QStringLiteral("--export"), dir.filePath(QStringLiteral("x.png")), QStringLiteral("--date"),
                                   QStringLiteral("2013-02-17"), QStringLiteral("--map"), badFixture(QStringLiteral("garbage.shp"))});
    EXPECT_EQ(map.exitCode, 1) << map.err.toStdString();
    EXPECT_NE(map.err.indexOf(QStringLiteral("garbage.shp")), -1) << map.err.toStdString();
}

TEST(Cli, TheDatasetDecidesTheFirstDay)
{
    DatasetCopy data;
    data.replaceLine(QStringLiteral("subject.csv"), 2, "XKX,Kosovo,2010-01-01,test-edition,2026-12-01,https://example.org");
    const AtlasRun early = runAtlas({QStringLiteral("--list"), QStringLiteral("--date"), QStringLiteral("2009-06-01"),
                                     QStringLiteral("--data"), data.path()});
    EXPECT_EQ(early.exitCode, 2) << early.err.toStdString();
    EXPECT_NE(early.err.indexOf(QStringLiteral("is outside 2010-01-01")), -1) << early.err.toStdString();
    const AtlasRun version = runAtlas({QStringLiteral("--version"), QStringLiteral("--data"), data.path()});
    EXPECT_EQ(version.lines().value(1), QStringLiteral("dataset test-edition (as of 2026-12-01)")) << version.out.toStdString();
}

TEST(Cli, VersionNamesTheShippedDatasetEdition)
{
    const AtlasRun version = runAtlas({QStringLiteral("--version")});
    ASSERT_EQ(version.exitCode, 0);
    ASSERT_EQ(version.lines().size(), 2) << version.out.toStdString();
    const DatasetSubject &subject = shippedAtlas().subject();
    EXPECT_EQ(version.lines()[1], QStringLiteral("dataset %1 (as of %2)").arg(subject.version, subject.asOf.toString(Qt::ISODate)));
}

TEST(Cli, TheTourIsForTheWindow)
{
    QTemporaryDir dir;
    const AtlasRun r = runAtlas({QStringLiteral("--export"), dir.filePath(QStringLiteral("x.png")), QStringLiteral("--tour")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.indexOf(QStringLiteral("--tour and --tour-file open the window's guided tour or, with --animate, animate it")), -1)
        << r.err.toStdString();
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    const AtlasRun help = runAtlas({QStringLiteral("--help")});
    EXPECT_TRUE(help.out.contains(QStringLiteral("--tour-file <file>")));
}

// --animate --tour: one picture per chapter of the shipped tour, held --chapter-seconds at --fps,
// plus the hold; the tour's own dates, so --from/--to/--step are usage errors, as are a
// --chapter-seconds without the tour and an unknown --language.
TEST(Cli, AnimateTheTour)
{
    QTemporaryDir dir;
    const QString gif = dir.filePath(QStringLiteral("tour.gif"));
    const AtlasRun r = runAtlas({QStringLiteral("--animate"), gif, QStringLiteral("--tour"), QStringLiteral("--fps"),
                                 QStringLiteral("1"), QStringLiteral("--chapter-seconds"), QStringLiteral("2"),
                                 QStringLiteral("--hold"), QStringLiteral("1"), QStringLiteral("--size"),
                                 QStringLiteral("320x180"), QStringLiteral("--language"), QStringLiteral("sq"),
                                 QStringLiteral("--verbose")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const int chapters = int(readTour(shippedTourPath(shippedDataDir()),
                                      {&shippedDocument()->dataset(), regionIds(), today()}).value.size());
    ASSERT_GE(chapters, 10);
    QImageReader reader(gif);
    EXPECT_EQ(reader.imageCount(), chapters * 2 + 1);
    EXPECT_NE(r.err.indexOf(QStringLiteral("(%1 chapters)").arg(chapters)), -1) << r.err.toStdString();

    const QList<QStringList> refused = {
        {QStringLiteral("--tour"), QStringLiteral("--step"), QStringLiteral("month")},
        {QStringLiteral("--tour"), QStringLiteral("--from"), QStringLiteral("2010-01-01")},
        {QStringLiteral("--chapter-seconds"), QStringLiteral("3")},
        {QStringLiteral("--tour"), QStringLiteral("--chapter-seconds"), QStringLiteral("0")},
        {QStringLiteral("--tour"), QStringLiteral("--language"), QStringLiteral("de")},
    };
    for (const QStringList &extra : refused) {
        const QString path = dir.filePath(QStringLiteral("refused.gif"));
        const AtlasRun bad = runAtlas(QStringList{QStringLiteral("--animate"), path} + extra);
        EXPECT_EQ(bad.exitCode, 2) << extra.join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(QFileInfo::exists(path));
    }
}

// --language writes the map's text (title, date, counter) in that language; printed tables stay English.
TEST(Cli, LanguageLocalisesTheExportedDate)
{
    QTemporaryDir dir;
    const QString svg = dir.filePath(QStringLiteral("sq.svg"));
    const AtlasRun r = runAtlas({QStringLiteral("--export"), svg, QStringLiteral("--date"), QStringLiteral("2013-02-17"),
                                 QStringLiteral("--language"), QStringLiteral("sq")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("17 shkurt 2013"))) << "Albanian month name in the title";
    EXPECT_TRUE(text.contains(QStringLiteral("Njohja e Kosovës"))) << "the title from the window's translation";
    EXPECT_FALSE(text.contains(QStringLiteral("17 February 2013")));
    const AtlasRun list = runAtlas({QStringLiteral("--list"), QStringLiteral("--language"), QStringLiteral("sr")});
    ASSERT_EQ(list.exitCode, 0);
    EXPECT_EQ(list.lines().value(0), QStringLiteral("iso_a3,name,status,since,source")) << "tables stay English";
    EXPECT_TRUE(list.out.contains(QStringLiteral(",recognizes,")));
}

// --export picks the format by the extension, case-insensitively; no extension is PNG as before.
TEST(Cli, ExportFormatFollowsTheExtension)
{
    QTemporaryDir dir;
    const auto head = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.read(64) : QByteArray();
    };
    const QStringList small{QStringLiteral("--size"), QStringLiteral("320x180"), QStringLiteral("--date"), QStringLiteral("2013-02-17")};
    for (const char *name : {"a.png", "B.PNG", "plain"}) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        const AtlasRun r = runAtlas(QStringList{QStringLiteral("--export"), path} + small);
        ASSERT_EQ(r.exitCode, 0) << name << r.err.toStdString();
        EXPECT_TRUE(head(path).startsWith("\x89PNG\r\n")) << name;
    }
    for (const char *name : {"c.svg", "D.SVG"}) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        const AtlasRun r = runAtlas(QStringList{QStringLiteral("--export"), path} + small);
        ASSERT_EQ(r.exitCode, 0) << name << r.err.toStdString();
        EXPECT_TRUE(head(path).startsWith("<?xml")) << name;  // no more PNG bytes in a .svg
        EXPECT_TRUE(head(path).contains("<svg")) << name;
    }
    const QString pdf = dir.filePath(QStringLiteral("e.Pdf"));
    const AtlasRun r = runAtlas(QStringList{QStringLiteral("--export"), pdf} + small);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(head(pdf).startsWith("%PDF-"));
}

TEST(Cli, ExportToAnUnknownExtensionIsAUsageErrorNamingTheFormats)
{
    QTemporaryDir dir;
    for (const char *name : {"map.txt", "map.JPG"}) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        const AtlasRun r = runAtlas({QStringLiteral("--export"), path});
        EXPECT_EQ(r.exitCode, 2) << name;
        EXPECT_TRUE(r.err.contains(QStringLiteral("'.") + QString::fromLatin1(name).section(QLatin1Char('.'), 1).toLower() + QLatin1Char('\'')))
            << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("png, svg, pdf"))) << r.err.toStdString();
        EXPECT_FALSE(QFile::exists(path)) << name;
    }
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

// --frames DIR: numbered PNGs in date order and frames.csv; silent unless --verbose.
TEST(Cli, FramesWriteNumberedPngsAndTheirTable)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("series"));
    const AtlasRun r = runAtlas({QStringLiteral("--frames"), folder, QStringLiteral("--from"), QStringLiteral("2008-01-31"),
                                 QStringLiteral("--to"), QStringLiteral("2008-04-10"), QStringLiteral("--step"),
                                 QStringLiteral("month"), QStringLiteral("--size"), QStringLiteral("320x180")});
    // 2008-01-31 is before the first day: a usage error, nothing written.
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--from"))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(folder));

    const AtlasRun ok = runAtlas({QStringLiteral("--frames"), folder, QStringLiteral("--from"), QStringLiteral("2009-01-31"),
                                  QStringLiteral("--to"), QStringLiteral("2009-04-10"), QStringLiteral("--step"),
                                  QStringLiteral("month"), QStringLiteral("--size"), QStringLiteral("320x180")});
    ASSERT_EQ(ok.exitCode, 0) << ok.err.toStdString();
    EXPECT_TRUE(ok.out.isEmpty());
    EXPECT_TRUE(ok.err.isEmpty()) << ok.err.toStdString();  // silent on success (stderr is no terminal here)
    EXPECT_EQ(QDir(folder).entryList(QDir::Files, QDir::Name),
              (QStringList{QStringLiteral("0001.png"), QStringLiteral("0002.png"), QStringLiteral("0003.png"),
                           QStringLiteral("0004.png"), QStringLiteral("frames.csv")}));
    QFile csv(QDir(folder).filePath(QStringLiteral("frames.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 5);
    EXPECT_EQ(lines[0], QStringLiteral("frame,file,date,recognizing,withdrawal_claimed,does_not_recognize,counting"));
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("1,0001.png,2009-01-31,")));
    EXPECT_TRUE(lines[2].startsWith(QStringLiteral("2,0002.png,2009-02-28,")));  // clamped to February's end
    EXPECT_TRUE(lines[3].startsWith(QStringLiteral("3,0003.png,2009-03-31,")));
    EXPECT_TRUE(lines[4].startsWith(QStringLiteral("4,0004.png,2009-04-10,")));
    EXPECT_TRUE(lines[4].endsWith(QStringLiteral(",net")));
    EXPECT_EQ(QImage(QDir(folder).filePath(QStringLiteral("0004.png"))).size(), QSize(320, 180));

    // The folder now holds files: refused with exit 2, naming it; nothing changes.
    const AtlasRun again = runAtlas({QStringLiteral("--frames"), folder, QStringLiteral("--from"), QStringLiteral("2009-01-31"),
                                     QStringLiteral("--to"), QStringLiteral("2009-02-10")});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.err.contains(folder)) << again.err.toStdString();
    EXPECT_EQ(QDir(folder).entryList(QDir::Files).size(), 5);
}

TEST(Cli, FramesPerEventIntoAnEmptyFolderWithVerbose)
{
    QTemporaryDir dir;
    const AtlasRun r = runAtlas({QStringLiteral("--frames"), dir.path(), QStringLiteral("--to"), QStringLiteral("2008-02-20"),
                                 QStringLiteral("--size"), QStringLiteral("160x90"), QStringLiteral("--verbose")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("wrote"))) << r.err.toStdString();
    QFile csv(dir.filePath(QStringLiteral("frames.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 3);
    EXPECT_TRUE(lines[1].contains(QStringLiteral(",2008-02-17,")));  // from: the dataset's first day
    EXPECT_TRUE(lines.last().contains(QStringLiteral(",2008-02-20,")));
    QStringList dates;
    for (int i = 1; i < lines.size(); ++i)
        dates << lines[i].section(QLatin1Char(','), 2, 2);
    QStringList sorted = dates;
    sorted.sort();
    sorted.removeDuplicates();
    EXPECT_EQ(dates, sorted);  // date order, distinct
}

TEST(Cli, FramesBadStepIsAUsageError)
{
    QTemporaryDir dir;
    const AtlasRun r = runAtlas({QStringLiteral("--frames"), dir.filePath(QStringLiteral("x")), QStringLiteral("--step"),
                                 QStringLiteral("fortnight")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("fortnight")));
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("x"))));
}

// --animate FILE: the format by extension; 1280x720 unless --size says otherwise.
TEST(Cli, AnimateWritesAGifAndAnMp4)
{
    QTemporaryDir dir;
    const QString gif = dir.filePath(QStringLiteral("a.gif"));
    const AtlasRun r = runAtlas({QStringLiteral("--animate"), gif, QStringLiteral("--from"), QStringLiteral("2008-02-17"),
                                 QStringLiteral("--to"), QStringLiteral("2008-05-01"), QStringLiteral("--step"),
                                 QStringLiteral("month"), QStringLiteral("--fps"), QStringLiteral("2"),
                                 QStringLiteral("--hold"), QStringLiteral("1"), QStringLiteral("--size"), QStringLiteral("320x180")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    QImageReader reader(gif);
    EXPECT_EQ(reader.imageCount(), 4 + 2);  // 17 Feb, Mar, Apr, 1 May; then 1 s at 2 fps
    EXPECT_EQ(reader.size(), QSize(320, 180));

    const QString mp4 = dir.filePath(QStringLiteral("A.MP4"));
    const AtlasRun v = runAtlas({QStringLiteral("--animate"), mp4, QStringLiteral("--to"), QStringLiteral("2008-03-01"),
                                 QStringLiteral("--step"), QStringLiteral("week"), QStringLiteral("--hold"), QStringLiteral("0")});
    ASSERT_EQ(v.exitCode, 0) << v.err.toStdString();
    if (QStandardPaths::findExecutable(QStringLiteral("ffprobe")).isEmpty())
        return;
    QProcess probe;
    probe.start(QStringLiteral("ffprobe"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
                                            QStringLiteral("stream=codec_name,width,height"), QStringLiteral("-of"),
                                            QStringLiteral("csv=p=0"), mp4});
    probe.waitForFinished(30000);
    EXPECT_EQ(QString::fromUtf8(probe.readAllStandardOutput()).trimmed(), QStringLiteral("h264,1280,720"));
}

TEST(Cli, AnimateUsageErrors)
{
    QTemporaryDir dir;
    struct Case {
        QStringList args;
        const char *message;
    };
    const QString avi = dir.filePath(QStringLiteral("a.avi")), gif = dir.filePath(QStringLiteral("a.gif"));
    for (const Case &c : {Case{{QStringLiteral("--animate"), avi}, "gif, mp4, webm"},
                          Case{{QStringLiteral("--animate"), gif, QStringLiteral("--fps"), QStringLiteral("0")}, "--fps"},
                          Case{{QStringLiteral("--animate"), gif, QStringLiteral("--hold"), QStringLiteral("x")}, "--hold"},
                          Case{{QStringLiteral("--animate"), gif, QStringLiteral("--export"), gif}, "choose one of"}}) {
        const AtlasRun r = runAtlas(c.args);
        EXPECT_EQ(r.exitCode, 2) << c.message;
        EXPECT_TRUE(r.err.contains(QString::fromLatin1(c.message))) << r.err.toStdString();
    }
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

TEST(Cli, AnimateOddSizeIsRoundedUpForVideoAndSaysSo)
{
    QTemporaryDir dir;
    const QString webm = dir.filePath(QStringLiteral("a.webm"));
    const AtlasRun r = runAtlas({QStringLiteral("--animate"), webm, QStringLiteral("--to"), QStringLiteral("2008-02-20"),
                                 QStringLiteral("--step"), QStringLiteral("day"), QStringLiteral("--size"), QStringLiteral("321x181")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("322x182"))) << r.err.toStdString();
    EXPECT_TRUE(QFileInfo::exists(webm));
}

TEST(Cli, FramesTableCountsByTheChosenRule)
{
    QTemporaryDir dir;
    const auto table = [&dir](const QStringList &extra) {
        const QString folder = dir.filePath(QString::number(extra.size()));
        const AtlasRun r = runAtlas(QStringList{QStringLiteral("--frames"), folder, QStringLiteral("--from"), QStringLiteral("2013-02-17"),
                                                QStringLiteral("--to"), QStringLiteral("2013-02-17"), QStringLiteral("--size"),
                                                QStringLiteral("160x90")}
                                    + extra);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        QFile csv(QDir(folder).filePath(QStringLiteral("frames.csv")));
        EXPECT_TRUE(csv.open(QIODevice::ReadOnly));
        return QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts).value(1).split(QLatin1Char(','));
    };
    const QStringList net = table({});
    const QStringList kosovo = table({QStringLiteral("--counting"), QStringLiteral("kosovo-mfa")});
    ASSERT_EQ(net.size(), 7);
    ASSERT_EQ(kosovo.size(), 7);
    EXPECT_EQ(net[6], QStringLiteral("net"));
    EXPECT_EQ(kosovo[6], QStringLiteral("kosovo-mfa"));
    // The same date: the status columns agree, the rule's count is the one --stats gives.
    EXPECT_EQ(kosovo[4], net[4]);
    EXPECT_EQ(kosovo[5], net[5]);
    const AtlasRun stats = runAtlas({QStringLiteral("--stats"), QStringLiteral("--counting"), QStringLiteral("kosovo-mfa"),
                                     QStringLiteral("--date"), QStringLiteral("2013-02-17")});
    EXPECT_TRUE(stats.out.contains(QStringLiteral("\nUN,193,%1,").arg(kosovo[3]))) << stats.out.toStdString();
    EXPECT_NE(kosovo[3], net[3]);
}
